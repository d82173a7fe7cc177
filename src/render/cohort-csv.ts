import type { CohortView } from '../core/report/cohort-view.js';
import { csvText } from '../core/safe-text.js';

const num = (x: number | null) => (x === null ? '' : String(x));

/**
 * Per-respondent scores as CSV (RFC 4180, CRLF line ends): a row per respondent in the model with
 * every theme's and facet's score, percent (full precision) and band. Names, subjects and sources
 * only with --per-respondent; otherwise the model has rows only for the respondents the report
 * shows, each with the group and rater group it shows them in.
 */
export function renderCohortCsv({ report }: CohortView): string {
  const people = report.people ?? [];
  const named = people.some((p) => p.respondent !== null || p.source !== null || p.subject !== null);
  // Every questionnaire's themes and facets, the main one's first, each id once.
  const ids = [...new Set([report, ...report.otherForms].flatMap((f) => f.themes.flatMap((t) => [t.id, ...t.facets.map((x) => x.id)])))];
  const header = ['questionnaire', 'row', ...(named ? ['respondent', 'subject', 'source'] : []), 'role', ...(report.groupBy ? ['group'] : []), ...ids.flatMap((id) => [`${id} score`, `${id} percent`, `${id} band`])];
  const lines = [header.map(csvText).join(',')];
  for (const p of people) {
    const cells = [csvText(p.questionnaire), String(p.row)];
    if (named) cells.push(csvText(p.respondent ?? ''), csvText(p.subject ?? ''), csvText(p.source ?? ''));
    cells.push(p.role);
    if (report.groupBy) cells.push(csvText(p.group ?? ''));
    for (const id of ids) {
      const s = p.scores[id];
      cells.push(num(s?.score ?? null), num(s?.percent ?? null), csvText(s?.band ?? ''));
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
