import type { GlobalOptions } from '../cli/options.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import type { translateImportCommand } from '../cli/commands/translate.js';
import { ProblemError } from '../core/failure.js';
import { safeText } from '../core/safe-text.js';
import { readXliff } from '../core/translation/xliff-read.js';
import { translationYaml } from '../core/translation/write-yaml.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { displayName, readFileOrStdin } from '../io/read.js';
import type { CommandIO } from '../terminal/io.js';

/** As `syslead translate import` declares them (cli/commands/translate.ts), with the XLIFF file. */
export type TranslateImportOptions = GlobalOptions & OptionsOf<typeof translateImportCommand> & { file: string };

const MAX_LISTED = 5;

/** `syslead translate import FILE`: the translation file from an XLIFF file filled in by a translator. */
export async function run(opts: TranslateImportOptions, io: CommandIO): Promise<void> {
  await refuseToReplace(opts.out, opts.force);
  const name = displayName(opts.file);
  const { doc, untranslated, problems } = readXliff(await readFileOrStdin(opts.file, io.stdin), name);
  if (!doc) throw new ProblemError(problems, `${safeText(name)}: the XLIFF file cannot be imported`);
  let written: ReturnType<typeof translationYaml>;
  try {
    written = translationYaml(doc, name);
  } catch (error) {
    throw new ProblemError([{ file: name, line: 1, column: 1, severity: 'error', message: error instanceof Error ? error.message : String(error) }], `${safeText(name)}: the XLIFF file cannot be imported`);
  }
  await deliver(written.yaml, opts.out, io);
  const given = doc.texts.length - written.leftOut.length;
  const noTarget = untranslated.length === 0 ? '' : `; ${untranslated.length} without a target, left out (${listed(untranslated)})`;
  const partLists = written.leftOut.length === 0 ? '' : `; ${written.leftOut.length} left out with them, as a list is given whole or not at all (${listed(written.leftOut)})`;
  io.stderr.write(`${doc.translationOf} in ${safeText(doc.language)} (${doc.status}): ${given} texts${noTarget}${partLists}\n`);
}

function listed(ids: readonly string[]): string {
  return `${ids.slice(0, MAX_LISTED).join(', ')}${ids.length > MAX_LISTED ? ', ...' : ''}`;
}
