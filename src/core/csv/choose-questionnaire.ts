import type { Questionnaire } from '../questionnaire/model.js';
import { mapColumns, type MapOptions } from './columns.js';

export interface ChooseOptions extends Pick<MapOptions, 'aliases'> {
  /** Per candidate, the columns an export map names (see export-map.ts), if any. */
  mappedFor?: ((q: Questionnaire) => MapOptions['mapped']) | undefined;
}

/**
 * The questionnaire a survey export's header was made from (one text per column, as headerRows
 * combines several header rows, with their aliases in `options`), when none is named: one with a column
 * for every scored item comes first (so the quick form's export is not read as the full form,
 * whose items it shares), then the one with the most item columns, then `preferredId`, then the
 * first candidate. Undefined when no candidate has a single item column.
 *
 * Forms that share item ids, such as the self and observer forms, cannot be told apart by an
 * export with item ids as headers: `preferredId` (the default, self, form) is taken, because the
 * header alone cannot say otherwise; an observer export is told by its item texts (written about
 * the person rated), or named with --questionnaire.
 */
export function chooseQuestionnaire(header: readonly string[], candidates: readonly Questionnaire[], preferredId: string, options: ChooseOptions = {}): Questionnaire | undefined {
  let best: Questionnaire | undefined;
  let bestRank: number[] = [];
  for (const questionnaire of candidates) {
    const scored = questionnaire.items.filter((item) => item.kind === 'likert').length;
    const matched = mapColumns(header, questionnaire, '', 1, { aliases: options.aliases, mapped: options.mappedFor?.(questionnaire) }).columns.filter((c) => c.kind === 'item' && c.item.kind === 'likert').length;
    if (matched === 0) continue;
    const rank = [matched === scored ? 1 : 0, matched, questionnaire.id === preferredId ? 1 : 0];
    if (!best || isHigher(rank, bestRank)) {
      best = questionnaire;
      bestRank = rank;
    }
  }
  return best;
}

function isHigher(rank: readonly number[], than: readonly number[]): boolean {
  const at = rank.findIndex((value, i) => value !== than[i]);
  return at >= 0 && rank[at]! > than[at]!;
}
