import { escapeHtmlOnce } from './escape.js';
import { withLanguageSpans, withoutMarks } from './lang-marks.js';

/** A cell's plain text (escaped here), or markup made and escaped already (a text with its translation, each in its <span lang>). */
export type Cell = string | { html: string };

const cellHtml = (cell: Cell) => (typeof cell === 'string' ? withLanguageSpans(escapeHtmlOnce(cell)) : cell.html);

export interface Column {
  label: Cell;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
}

/**
 * A data table; the first column heads each row. Cells are plain text, escaped here. Every chart
 * has one beside it with the same numbers, for screen readers and for anyone who wants the figures.
 * A text marked with inLanguage (html/lang-marks.ts) in a cell or the caption is given its own lang.
 */
export function dataTable({ caption, captionHtml, columns, rows }: { caption: string; captionHtml?: string; columns: Column[]; rows: Cell[][] }): string {
  const cls = (i: number) => (columns[i]?.numeric ? ' class="num"' : '');
  // not said: markup
  const head = columns.map((c, i) => `<th scope="col"${cls(i)}>${cellHtml(c.label)}</th>`).join('');
  // not said: markup
  const body = rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell)}</th>` : `<td${cls(i)}>${cellHtml(cell)}</td>`)).join('')}</tr>`).join('\n');
  // A table wider than the page scrolls in its wrapper, which keyboard users reach with Tab
  // (WCAG 2.1.1): focusable, so a region named after the table.
  // not said: markup
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtmlOnce(withoutMarks(caption))}"><table>\n<caption>${captionHtml ?? withLanguageSpans(escapeHtmlOnce(caption))}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
