import type { Evaluation } from '../core/evaluate/build.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { betweenOf, blocksHtml, langSpan, pairHtml, type Said } from './bilingual.js';
import {
  cellText,
  inEach,
  linesEach,
  notes,
  notesEach,
  personColumns,
  personColumnsEach,
  personRows,
  personRowsEach,
  sectionColumns,
  sectionColumnsEach,
  sectionTable,
  sectionTableEach,
  titleOf,
  wordsOf,
} from './evaluate-rows.js';
import { escapeMarked, inLanguage, otherLanguage } from './html/lang-marks.js';

/**
 * The evaluation as a self-contained page: the table per theme and facet, its notes, the people with
 * --per-respondent. The page is in the report's language; the questionnaire's title and its theme and
 * facet titles carry their own lang where theirs differs.
 */
export function renderEvaluationHtml(model: Evaluation): string {
  if (model.alongside !== undefined) return bilingualHtml(model);
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

/**
 * A bilingual evaluation's page (--lang cy,en): each heading, column and cell in the first language,
 * then in the second, each in a <span lang> of its own; each note and reason whole in the first,
 * then whole in the second, each block with its lang where it is not the page's.
 */
function bilingualHtml(model: Evaluation): string {
  const pageTag = wordsTag(model.presentation, wordsOf(model));
  const cell = (said: readonly Said[]) => {
    const indent = /^ */.exec(said[0]?.text ?? '')![0];
    return {
      html: `${indent}${pairHtml(
        said.map((s) => ({ ...s, text: s.text.trimStart() })),
        pageTag,
      )}`,
    };
  };
  // Each language's title in its <span lang>, the questionnaire's title in it marked where its language differs.
  const title = inEach(model)
    .map((m) => {
      const tag = wordsTag(m.presentation, wordsOf(m));
      return langSpan(tag, escapeMarked(sayIn(wordsOf(m), 'evaluate.title', { title: inLanguage(otherLanguage(tag, m.presentation.language), m.questionnaire.title) })));
    })
    .join(betweenOf(inEach(model).map(titleOf)));
  const body = [`<header>\n<h1>${title}</h1>`];
  if (model.withheld !== null)
    body.push(
      blocksHtml(
        linesEach(model, (m, language) => sayIn(language, 'evaluate.withheld', { why: m.withheld ?? '' })),
        pageTag,
        'p class="caution"',
      ),
    );
  const { rows, reasons } = sectionTableEach(model);
  const caption = linesEach(model, (_m, language) => sayIn(language, 'evaluate.tableCaption'));
  body.push(
    '</header>',
    dataTable({
      caption: cellText(caption),
      captionHtml: pairHtml(caption, pageTag),
      columns: sectionColumnsEach(model).map((label, i) => ({ label: cell(label), numeric: i > 0 })),
      rows: rows.map((r) => r.map(cell)),
    }),
  );
  if (reasons.length > 0) body.push(`<p>${reasons.map((r) => pairHtml(r, pageTag, escapeHtml, '<br>')).join('<br>')}</p>`);
  body.push(
    `<ul>${notesEach(model)
      .map((n) => blocksHtml(n, pageTag, 'li'))
      .join('')}</ul>`,
  );
  if (model.people !== null) {
    const perPerson = linesEach(model, (_m, language) => sayIn(language, 'evaluate.perPerson'));
    body.push(
      dataTable({
        caption: cellText(perPerson),
        captionHtml: pairHtml(perPerson, pageTag),
        columns: personColumnsEach(model).map((label, i) => ({ label: cell(label), numeric: i > 1 && i < 6 })),
        rows: personRowsEach(model).map((r) => r.map(cell)),
      }),
    );
  }
  return htmlPage({ language: pageTag, title: cellText(linesEach(model, (m) => titleOf(m))), body: body.join('\n') });
}
