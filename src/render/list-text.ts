import type { CatalogueEntry } from '../core/report/catalogue.js';
import { safeText } from '../core/safe-text.js';
import type { RenderOptions } from './options.js';
import { textWidth } from './text-width.js';
import type { MessageKey } from '../core/i18n/en.js';
import { say } from '../core/i18n/voice.js';

/** The columns' headings, said when the table is made. */
const HEADER: readonly MessageKey[] = ['results.list.id', 'results.list.title', 'results.list.statements', 'results.list.questions', 'results.list.freeText', 'results.list.minutes', 'results.list.source'];
/** The columns of numbers, aligned to the right. */
const NUMERIC = new Set([2, 3, 4, 5]);

/** The questionnaires as a table for a terminal, one line each. */
export function renderListText(entries: readonly CatalogueEntry[], { style }: RenderOptions): string {
  const header = HEADER.map((key) => say(key));
  const rows = entries.map((e) => [e.id, safeText(e.title), String(e.statements), String(e.questions), String(e.textPrompts), String(e.minutes), e.builtIn ? say('results.list.builtIn') : safeText(e.file)]);
  const widths = header.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i]!))));
  const pad = (c: string, i: number) => ' '.repeat(widths[i]! - textWidth(c));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (NUMERIC.has(i) ? pad(c, i) + c : c + pad(c, i)))
      .join('  ')
      .trimEnd();
  return `${style.bold(line(header))}\n${rows.map(line).join('\n')}\n`;
}
