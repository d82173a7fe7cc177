import type { GlobalOptions } from '../cli/options.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import type { translateImportCommand } from '../cli/commands/translate.js';
import { ProblemError } from '../core/failure.js';
import { safeText } from '../core/safe-text.js';
import { readXliff } from '../core/translation/xliff-read.js';
import { translationYaml } from '../core/translation/write-yaml.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { displayName, readFileOrStdin } from '../io/read.js';
import { stdinWhenRead, type CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead translate import` declares them (cli/commands/translate.ts), with the XLIFF file. */
export type TranslateImportOptions = GlobalOptions & OptionsOf<typeof translateImportCommand> & { file: string };

const MAX_LISTED = 5;

/** `syslead translate import FILE`: the translation file from an XLIFF file filled in by a translator. */
export async function run(opts: TranslateImportOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(undefined, io);
  await refuseToReplace(opts.out, opts.force);
  const name = displayName(opts.file);
  const { doc, untranslated, problems } = readXliff(await readFileOrStdin(opts.file, stdinWhenRead(io)), name);
  if (!doc) throw new ProblemError(problems, say('authoring.translate.cannotImport', { file: safeText(name) }));
  let written: ReturnType<typeof translationYaml>;
  try {
    written = translationYaml(doc, name);
  } catch (error) {
    throw new ProblemError([{ file: name, line: 1, column: 1, severity: 'error', message: error instanceof Error ? error.message : String(error) }], say('authoring.translate.cannotImport', { file: safeText(name) }));
  }
  await deliver(written.yaml, opts.out, io);
  const given = doc.texts.length - written.leftOut.length;
  // The counts as before: written as they are, without separators.
  const noTarget = untranslated.length === 0 ? '' : say('authoring.translate.noTarget', { number: String(untranslated.length), ids: listed(untranslated) });
  const partLists = written.leftOut.length === 0 ? '' : say('authoring.translate.leftOut', { number: String(written.leftOut.length), ids: listed(written.leftOut) });
  io.stderr.write(`${say('authoring.translate.imported', { id: doc.translationOf, language: safeText(doc.language), status: doc.status, number: String(given), noTarget, partLists })}\n`);
}

function listed(ids: readonly string[]): string {
  return `${ids.slice(0, MAX_LISTED).join(', ')}${ids.length > MAX_LISTED ? ', ...' : ''}`;
}
