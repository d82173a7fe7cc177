import type { Evaluation } from '../core/evaluate/build.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { notes, personColumns, personRows, sectionColumns, sectionTable, titleOf, wordsOf } from './evaluate-rows.js';
import { escapeMarked, inLanguage, otherLanguage } from './html/lang-marks.js';

/**
 * The evaluation as a self-contained page: the table per theme and facet, its notes, the people with
 * --per-respondent. The page is in the report's language; the questionnaire's title and its theme and
 * facet titles carry their own lang where theirs differs.
 */
export function renderEvaluationHtml(model: Evaluation): string {
  const language = wordsOf(model);
  const pageTag = wordsTag(model.presentation, language);
  const mark = (text: string) => inLanguage(otherLanguage(pageTag, model.presentation.language), text);
  const columns = sectionColumns(language).map((label, i) => ({ label, numeric: i > 0 }));
  const body = [`<header>\n<h1>${escapeMarked(sayIn(language, 'evaluate.title', { title: mark(model.questionnaire.title) }))}</h1>`];
  if (model.withheld !== null) body.push(`<p class="caution">${escapeHtml(sayIn(language, 'evaluate.withheld', { why: model.withheld }))}</p>`);
  const { rows, reasons } = sectionTable(model);
  // A facet's title is indented by spaces in the first cell, as in the text table.
  const titled = rows.map(([name, ...cells]) => [name!.replace(/^( *)(.*)$/s, (_all, indent: string, title: string) => `${indent}${mark(title)}`), ...cells]);
  body.push('</header>', dataTable({ caption: sayIn(language, 'evaluate.tableCaption'), columns, rows: titled }));
  if (reasons.length > 0) body.push(`<p>${reasons.map((r) => escapeHtml(r)).join('<br>')}</p>`);
  body.push(
    `<ul>${notes(model)
      .map((n) => `<li>${escapeHtml(n)}</li>`)
      .join('')}</ul>`,
  );
  if (model.people !== null)
    body.push(
      dataTable({
        caption: sayIn(language, 'evaluate.perPerson'),
        columns: personColumns(language).map((label, i) => ({ label, numeric: i > 1 && i < 6 })),
        rows: personRows(model).map(([person, title, ...cells]) => [person!, mark(title!), ...cells]),
      }),
    );
  return htmlPage({ language: pageTag, title: titleOf(model), body: body.join('\n') });
}
