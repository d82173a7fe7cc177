import { betweenOf } from '../../bilingual.js';
import { partsOf, wrapWords, type ChartText, type LabelLine, type LabelPart } from './svg.js';
import { rememberedBy } from '../../../core/remembered.js';

/**
 * A chart's label laid out in lines: pure, so that a two-language label's lines can be tested as
 * text. SVG text does not wrap, so the charts measure a line as they always have, by its characters.
 */

export interface LabelLayout {
  /** At most this many characters on a line (a longer word keeps a line of its own). */
  maxChars: number;
  /**
   * Each part on lines of its own, the first's then the second's (a statement, given whole in each
   * language), instead of one after the other joined by " / " as the HTML reports join short texts.
   */
  blocks?: boolean;
  /**
   * At most this many lines of each part's text wrapped alone, the last cut with an ellipsis (the
   * table beside the chart has it whole); the "/" opening a part may give it one line more.
   */
  linesPerPart?: number;
}

/**
 * Labels laid out already, by layout and text: every report of a batch labels its charts with the
 * same titles.
 */
const laidOut = rememberedBy<readonly LabelLine[]>();

/** A label of one text, or of the same text in two languages, the first first (never no part); the lines are shared, not to be changed. */
export function labelLines(text: ChartText, layout: LabelLayout): readonly LabelLine[] {
  const parts = typeof text === 'string' ? text : text.map((p) => `${p.lang === undefined ? '-' : `+${p.lang}`}\u0000${p.text}`).join('\u0001');
  const key = `${layout.maxChars},${layout.blocks === true},${layout.linesPerPart ?? ''},${typeof text === 'string' ? 's' : 'p'}:${parts}`;
  return laidOut(key, () => layOut(text, layout));
}

function layOut(text: ChartText, { maxChars, blocks = false, linesPerPart }: LabelLayout): LabelLine[] {
  const cut = partsOf(text).map((part) => ({ ...part, text: cutToLines(part.text, maxChars, linesPerPart).join(' ') }));
  if (blocks) return cut.flatMap((part) => wrapWords(part.text, maxChars).map((line) => [piece(line, part.lang)]));
  // The parts on one line when they fit there, joined by " / " ("//" when one holds "/"), as the
  // HTML reports join short texts; else each part from a line of its own, so that no line mixes
  // the two but for the " / " ending the first (or opening the second when it has no room).
  const between = betweenOf(cut.map((p) => p.text)).trim();
  const wordsOf = (part: LabelPart) =>
    part.text
      .split(/\s+/)
      .filter(Boolean)
      .map((text) => piece(text, part.lang));
  const all = cut.flatMap((part, i) => [...(i > 0 ? [{ text: between }] : []), ...wordsOf(part)]);
  if (lineLength(all) <= maxChars) return [joinPieces(all)];
  const lines: LabelPart[][] = [];
  cut.forEach((part, i) => {
    const words = wordsOf(part);
    const last = lines.at(-1);
    if (last !== undefined && lineLength([...last, { text: between }]) <= maxChars) last.push({ text: between });
    else if (i > 0) words.unshift({ text: between });
    lines.push(...wrapPieces(words, maxChars));
  });
  return lines.map(joinPieces);
}

/** Words on lines of at most `maxChars` characters, a space between words (a longer word on a line of its own). */
function wrapPieces(words: readonly LabelPart[], maxChars: number): LabelPart[][] {
  const lines: LabelPart[][] = [];
  for (const word of words) {
    const line = lines.at(-1);
    if (line === undefined || lineLength([...line, word]) > maxChars) lines.push([word]);
    else line.push(word);
  }
  return lines;
}

function lineLength(words: readonly LabelPart[]): number {
  return words.reduce((sum, w, i) => sum + (i > 0 ? 1 : 0) + w.text.length, 0);
}

/** The words of a line run together into one piece per language in turn. */
function joinPieces(words: readonly LabelPart[]): LabelLine {
  const pieces: LabelPart[] = [];
  for (const word of words) {
    const last = pieces.at(-1);
    if (last !== undefined && last.lang === word.lang) last.text = `${last.text} ${word.text}`;
    else pieces.push({ ...word });
  }
  return pieces;
}

function piece(text: string, lang: string | undefined): LabelPart {
  return lang === undefined ? { text } : { text, lang };
}

/** A text's lines, at most `most` of them, the last cut with an ellipsis when there were more. */
function cutToLines(text: string, maxChars: number, most: number | undefined): string[] {
  const lines = wrapWords(text, maxChars);
  if (most === undefined || lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  kept[most - 1] = `${kept[most - 1]!.slice(0, maxChars - 3)}…`;
  return kept;
}

/** The plain text of a line, as a reader sees it. */
export function lineText(line: LabelLine): string {
  return line.map((p) => p.text).join(' ');
}
