import { catalogue, questionnaireSources, sameIdProblems, type LoadedFile } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import { errorsOf, type Problem } from '../core/problem.js';
import { catalogueEntry, type CatalogueEntry } from '../core/report/catalogue.js';
import { safeText } from '../core/safe-text.js';
import { renderReport } from '../render/registry.js';
import { outputTarget } from '../terminal/output-target.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';
import type { GlobalOptions } from '../cli/options.js';
import type { listCommand } from '../cli/commands/list.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import { questionnaireWarnings } from './questionnaire-warnings.js';

/** As `syslead list` declares them (cli/commands/list.ts). */
export type ListOptions = GlobalOptions & OptionsOf<typeof listCommand>;

/** `syslead list`: the questionnaires found, one per id, as a table or JSON. */
export async function run(opts: ListOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(opts.lang, io);
  const errStyle = styler(io.stderr, opts.color, io.env);
  const entries: CatalogueEntry[] = [];
  // A questionnaire listed is one a command may load: its warnings (a draft translation) are said, as every command says them.
  const sayWarnings = questionnaireWarnings(io, opts.color);
  const skip = (files: readonly LoadedFile[], problems: readonly Problem[]) => {
    for (const p of problems) io.stderr.write(`${renderProblem(p, errStyle)}\n`);
    for (const { file } of files) io.stderr.write(`${errStyle.yellow(say('results.list.skipped'))} ${say('results.list.notValid', { file: safeText(file) })}\n`);
  };
  // One entry per id, from the first folder that has it, as when a questionnaire is named by id.
  for (const { files } of await catalogue(questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr)))) {
    const { file, source, questionnaire: q, problems } = files[0]!;
    if (files.length > 1) skip(files, sameIdProblems(files));
    else if (!q) skip(files, errorsOf(problems));
    else {
      sayWarnings(problems);
      entries.push(catalogueEntry(q, file, source.builtIn));
    }
  }
  io.stdout.write(await renderReport('list', entries, opts.json ? 'json' : 'text', outputTarget(io, { toFile: false, color: opts.color })));
}
