import { escapeHtmlOnce } from './escape.js';
import { withLanguageSpans, withoutMarks } from './lang-marks.js';

export interface Column {
  label: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
}

/**
 * A data table; the first column heads each row. Cells are plain text, escaped here. Every chart
 * has one beside it with the same numbers, for screen readers and for anyone who wants the figures.
 * A text marked with inLanguage (html/lang-marks.ts) in a cell or the caption is given its own lang.
 */
export function dataTable({ caption, columns, rows }: { caption: string; columns: Column[]; rows: string[][] }): string {
  const cls = (i: number) => (columns[i]?.numeric ? ' class="num"' : '');
  // not said: markup
  const head = columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtmlOnce(c.label)}</th>`).join('');
  const cell = (text: string) => withLanguageSpans(escapeHtmlOnce(text));
  // not said: markup
  const body = rows.map((row) => `<tr>${row.map((text, i) => (i === 0 ? `<th scope="row">${cell(text)}</th>` : `<td${cls(i)}>${cell(text)}</td>`)).join('')}</tr>`).join('\n');
  // A table wider than the page scrolls in its wrapper, which keyboard users reach with Tab
  // (WCAG 2.1.1): focusable, so a region named after the table.
  // not said: markup
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtmlOnce(withoutMarks(caption))}"><table>\n<caption>${withLanguageSpans(escapeHtmlOnce(caption))}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
