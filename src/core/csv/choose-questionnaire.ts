import type { Questionnaire } from '../questionnaire/model.js';
import type { ColumnRole } from './column-role.js';
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
 * Forms that share the ids of their scored items, such as the self and observer forms, are told
 * apart by the columns they do not share, before `preferredId`: the one whose other columns also
 * match (its free-text items, its importance questions, and for an observer form a subject or
 * relationship column) is taken, so an observer export with item ids as headers keeps its
 * comments. Without such a column `preferredId` (the default, self, form) is taken, because the
 * header cannot say otherwise; an observer export is then told by its item texts (written about
 * the person rated), or named with --questionnaire.
 */
export function chooseQuestionnaire(header: readonly string[], candidates: readonly Questionnaire[], preferredId: string, options: ChooseOptions = {}): Questionnaire | undefined {
  let best: Questionnaire | undefined;
  let bestRank: number[] = [];
  for (const questionnaire of candidates) {
    const scored = questionnaire.items.filter((item) => item.kind === 'likert').length;
    const { columns } = mapColumns(header, questionnaire, '', 1, { aliases: options.aliases, mapped: options.mappedFor?.(questionnaire) });
    const matched = columns.filter((c) => c.kind === 'item' && c.item.kind === 'likert').length;
    if (matched === 0) continue;
    const rank = [matched === scored ? 1 : 0, matched, columns.filter((c) => isOwnColumn(c, questionnaire)).length, questionnaire.id === preferredId ? 1 : 0];
    if (!best || isHigher(rank, bestRank)) {
      best = questionnaire;
      bestRank = rank;
    }
  }
  return best;
}

/** A column that is not a scored item and that only some forms have: a sign that the export is of this one. */
function isOwnColumn(column: ColumnRole, questionnaire: Questionnaire): boolean {
  if (column.kind === 'item') return column.item.kind === 'text';
  if (column.kind === 'importance') return true;
  // Whom the answers are about, and how the rater knows them: a question of the observer form.
  return questionnaire.form === 'observer' && (column.kind === 'subject' || column.kind === 'role');
}

function isHigher(rank: readonly number[], than: readonly number[]): boolean {
  const at = rank.findIndex((value, i) => value !== than[i]);
  return at >= 0 && rank[at]! > than[at]!;
}
