import type { Evaluation } from '../core/evaluate/build.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { notes, PERSON_COLUMNS, personRows, SECTION_COLUMNS, sectionTable, titleOf } from './evaluate-rows.js';

/** The evaluation as a self-contained page: the table per theme and facet, its notes, the people with --per-respondent. */
export function renderEvaluationHtml(model: Evaluation): string {
  const columns = SECTION_COLUMNS.map((label, i) => ({ label, numeric: i > 0 }));
  const body = [`<header>\n<h1>${escapeHtml(titleOf(model))}</h1>`];
  if (model.withheld !== null) body.push(`<p class="caution">Withheld: ${escapeHtml(model.withheld)}</p>`);
  const { rows, reasons } = sectionTable(model);
  body.push('</header>', dataTable({ caption: 'Change per theme and facet (percentage points)', columns, rows }));
  if (reasons.length > 0) body.push(`<p>${reasons.map((r) => escapeHtml(r)).join('<br>')}</p>`);
  body.push(
    `<ul>${notes(model)
      .map((n) => `<li>${escapeHtml(n)}</li>`)
      .join('')}</ul>`,
  );
  if (model.people !== null) body.push(dataTable({ caption: 'Per person (--per-respondent)', columns: PERSON_COLUMNS.map((label, i) => ({ label, numeric: i > 1 && i < 6 })), rows: personRows(model) }));
  return htmlPage({ language: model.questionnaire.language, title: titleOf(model), body: body.join('\n') });
}
