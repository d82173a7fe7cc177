import type { CatalogueEntry } from '../core/report/catalogue.js';
import { safeText } from '../core/safe-text.js';
import type { RenderOptions } from './options.js';
import { textWidth } from './text-width.js';

const HEADER = ['ID', 'TITLE', 'STATEMENTS', 'QUESTIONS', 'FREE TEXT', 'MINUTES', 'SOURCE'];
/** The columns of numbers, aligned to the right. */
const NUMERIC = new Set([2, 3, 4, 5]);

/** The questionnaires as a table for a terminal, one line each. */
export function renderListText(entries: readonly CatalogueEntry[], { style }: RenderOptions): string {
  const rows = entries.map((e) => [e.id, safeText(e.title), String(e.statements), String(e.questions), String(e.textPrompts), String(e.minutes), e.builtIn ? 'built-in' : safeText(e.file)]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => textWidth(r[i]!))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i]! - textWidth(c));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (NUMERIC.has(i) ? pad(c, i) + c : c + pad(c, i)))
      .join('  ')
      .trimEnd();
  return `${style.bold(line(HEADER))}\n${rows.map(line).join('\n')}\n`;
}
