import type { Evaluation } from '../core/evaluate/build.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { notes, personColumns, personRows, sectionColumns, sectionTable, titleOf, wordsOf } from './evaluate-rows.js';

/** The evaluation as a self-contained page: the table per theme and facet, its notes, the people with --per-respondent. */
export function renderEvaluationHtml(model: Evaluation): string {
  const language = wordsOf(model);
  const columns = sectionColumns(language).map((label, i) => ({ label, numeric: i > 0 }));
  const body = [`<header>\n<h1>${escapeHtml(titleOf(model))}</h1>`];
  if (model.withheld !== null) body.push(`<p class="caution">${escapeHtml(sayIn(language, 'evaluate.withheld', { why: model.withheld }))}</p>`);
  const { rows, reasons } = sectionTable(model);
  body.push('</header>', dataTable({ caption: sayIn(language, 'evaluate.tableCaption'), columns, rows }));
  if (reasons.length > 0) body.push(`<p>${reasons.map((r) => escapeHtml(r)).join('<br>')}</p>`);
  body.push(
    `<ul>${notes(model)
      .map((n) => `<li>${escapeHtml(n)}</li>`)
      .join('')}</ul>`,
  );
  if (model.people !== null) body.push(dataTable({ caption: sayIn(language, 'evaluate.perPerson'), columns: personColumns(language).map((label, i) => ({ label, numeric: i > 1 && i < 6 })), rows: personRows(model) }));
  return htmlPage({ language: wordsTag(model.presentation, language), title: titleOf(model), body: body.join('\n') });
}
