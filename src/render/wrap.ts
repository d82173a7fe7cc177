import { lineWidth, wrapText } from './wrap-text.js';

/** Text wrapped to `width` columns, its lines indented; the first line may have an indent of its own (a bullet). */
export function wrapIndented(text: string, width: number, indent = '', firstIndent = indent): string {
  return wrapText(text, width - lineWidth(indent))
    .split('\n')
    .map((line, i) => (i === 0 ? firstIndent : indent) + line)
    .join('\n');
}
