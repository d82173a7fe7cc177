import { lineWidth, wrappedLines } from './wrap-text.js';

/** Text wrapped to `width` columns, its lines indented; the first line may have an indent of its own (a bullet). */
export function wrapIndented(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines = wrappedLines(text, width - lineWidth(indent));
  let wrapped = firstIndent + lines[0];
  for (let i = 1; i < lines.length; i++) wrapped += `\n${indent}${lines[i]}`;
  return wrapped;
}
