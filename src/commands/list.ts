import { catalogue, questionnaireSources, sameIdProblems, type LoadedFile } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import { errorsOf, type Problem } from '../core/problem.js';
import { catalogueEntry, type CatalogueEntry } from '../core/report/catalogue.js';
import { safeText } from '../core/safe-text.js';
import { renderReport } from '../render/registry.js';
import { outputTarget } from '../terminal/output-target.js';
import type { GlobalOptions } from '../cli/options.js';

export async function listCommand(opts: GlobalOptions & { questionnaires: string[]; json?: boolean }): Promise<void> {
  const errStyle = styler(process.stderr, opts.color);
  const entries: CatalogueEntry[] = [];
  const skip = (files: readonly LoadedFile[], problems: readonly Problem[]) => {
    for (const p of problems) process.stderr.write(`${renderProblem(p, errStyle)}\n`);
    for (const { file } of files) process.stderr.write(`${errStyle.yellow('skipped')} ${safeText(file)}: not a valid questionnaire\n`);
  };
  // One entry per id, from the first folder that has it, as when a questionnaire is named by id.
  for (const { files } of await catalogue(questionnaireSources(opts.questionnaires))) {
    const { file, source, questionnaire: q, problems } = files[0]!;
    if (files.length > 1) skip(files, sameIdProblems(files));
    else if (!q) skip(files, errorsOf(problems));
    else entries.push(catalogueEntry(q, file, source.builtIn));
  }
  process.stdout.write(await renderReport('list', entries, opts.json ? 'json' : 'text', outputTarget(process.stdout, { toFile: false, color: opts.color })));
}
