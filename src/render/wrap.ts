import { textWidth } from './text-width.js';
import { wrappedLines } from './wrap-text.js';

interface Wrapped {
  width: number;
  indent: string;
  firstIndent: string;
  text: string;
}
/**
 * Texts already wrapped, by text: `score --out-dir` wraps the same questionnaire texts (titles,
 * descriptions, reflections, items, resources) for every person, at the same width and indents,
 * and the wrapping took a third of a text report's time. Emptied when it holds MAX_SEEN texts, so
 * that the texts of each person (names, notes) cannot make it grow with the respondents.
 */
const seen = new Map<string, Wrapped[]>();
const MAX_SEEN = 4096;

/** Text wrapped to `width` columns, its lines indented; the first line may have an indent of its own (a bullet). */
export function wrapIndented(text: string, width: number, indent = '', firstIndent = indent): string {
  const earlier = seen.get(text);
  const found = earlier?.find((w) => w.width === width && w.indent === indent && w.firstIndent === firstIndent);
  if (found) return found.text;
  const lines = wrappedLines(text, width - textWidth(indent));
  let wrapped = firstIndent + lines[0];
  for (let i = 1; i < lines.length; i++) wrapped += `\n${indent}${lines[i]}`;
  if (earlier) earlier.push({ width, indent, firstIndent, text: wrapped });
  else {
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(text, [{ width, indent, firstIndent, text: wrapped }]);
  }
  return wrapped;
}

/**
 * A screen of lines, each wrapped to `columns` with its continuation lines indented as the line
 * itself is (its leading spaces), so that no wrapped line begins with a space. The run's prompts
 * are drawn by @inquirer/core, whose own wrapping (wrap-ansi with trim off) starts every
 * continuation line with the space it broke at; a screen wrapped here first fits, and it wraps
 * nothing more.
 */
export function wrapScreen(screen: string, columns: number): string {
  return screen
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0];
      const rest = line.slice(indent.length);
      if (rest === '' || columns - indent.length < 1) return line;
      return wrapIndented(rest, columns, indent);
    })
    .join('\n');
}
