import { EXIT, ExitError } from '../errors.js';
import { styler } from '../cli/colour.js';
import type { GlobalOptions } from '../cli/program.js';
import { compareResults, type Comparison } from '../core/compare.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { safeJson, safeText } from '../core/safe-text.js';
import { dataDir } from '../io/data-dir.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { DEFAULT_QUESTIONNAIRE, questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { loadResult } from '../io/results.js';
import { resultFiles } from '../io/run-store.js';
import { renderCompareText } from '../render/compare-text.js';
import { renderCompareMarkdown } from '../render/compare-markdown.js';

export const COMPARE_FORMATS = ['text', 'md', 'json', 'html'] as const;

export interface CompareOptions extends GlobalOptions {
  questionnaire?: string;
  questionnaires: string[];
  format: (typeof COMPARE_FORMATS)[number];
  out?: string;
  force?: boolean;
}

/** Columns for text that is not going to a terminal. */
const PLAIN_WIDTH = 80;

/**
 * `syslead compare [A B]`: the change from result A to result B per theme and facet. Without files,
 * the two most recent saved results of the questionnaire (default: the built-in one).
 */
export async function compareCommand(files: string[], opts: CompareOptions): Promise<void> {
  if (files.length !== 0 && files.length !== 2) {
    throw new ExitError(`compare takes two result files (earlier, then later) or none, got ${files.length}`, { exitCode: EXIT.usage });
  }
  await refuseToReplace(opts.out, opts.force);
  const sources = questionnaireSources(opts.questionnaires);
  const given = opts.questionnaire ? (await resolveQuestionnaire(opts.questionnaire, sources)).questionnaire : undefined;
  const [earlier, later] = files.length === 2 ? files : await twoLatest(given?.id ?? DEFAULT_QUESTIONNAIRE);

  const before = await loadResult(earlier!, sources, given);
  const after = await loadResult(later!, sources, given ?? before.questionnaire);
  if (before.questionnaire.id !== after.questionnaire.id) {
    throw new ExitError(`${safeText(earlier!)} and ${safeText(later!)} answer different questionnaires ("${safeText(before.questionnaire.id)}" and "${safeText(after.questionnaire.id)}"): compare results of one questionnaire`);
  }
  const comparison = compareResults({ source: earlier!, result: before.result }, { source: later!, result: after.result });
  const output = await render(comparison, after.questionnaire, opts);
  await deliver(output, opts.out);
}

/** The comparison in its format, with the bands of the later result's questionnaire. */
async function render(comparison: Comparison, questionnaire: Questionnaire, opts: CompareOptions): Promise<string> {
  const bands = new Map(questionnaire.bands.map((b) => [b.id, b.label] as const));
  const bandLabel = (id: string) => bands.get(id) ?? id;
  switch (opts.format) {
    case 'json':
      return safeJson(comparison);
    case 'md':
      return renderCompareMarkdown(comparison, { bandLabel });
    case 'html':
      // Loaded only when asked for: the charts and page shell are not needed for the other formats.
      return (await import('../render/compare-html.js')).renderCompareHtml(comparison, { questionnaire });
    case 'text': {
      // A file gets plain text: no colour, 80 columns.
      const toTerminal = !opts.out && process.stdout.isTTY;
      const width = toTerminal ? (process.stdout.columns ?? PLAIN_WIDTH) : PLAIN_WIDTH;
      return renderCompareText(comparison, { bandLabel, style: styler(process.stdout, opts.out ? false : opts.color), width });
    }
  }
}

/** The two most recent saved results of a questionnaire, earlier first. */
async function twoLatest(questionnaireId: string): Promise<[string, string]> {
  const home = dataDir();
  const [newest, previous] = await resultFiles(home, questionnaireId);
  if (!newest || !previous) {
    const count = newest ? 'only one' : 'none';
    throw new ExitError(`compare needs two saved results of "${safeText(questionnaireId)}" and there is ${count} in ${safeText(home)}: take it again with "syslead run ${safeText(questionnaireId)}", or give two result files`);
  }
  return [previous, newest];
}
