import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Text wrapped to `width` columns, its lines indented; the first line may have an indent of its own (a bullet). */
export function wrapIndented(text: string, width: number, indent = '', firstIndent = indent): string {
  return wrapAnsi(text, width - stringWidth(indent), { hard: true, trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? firstIndent : indent) + line)
    .join('\n');
}
