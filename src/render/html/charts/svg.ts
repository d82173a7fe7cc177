import { escapeHtml } from '../../../core/safe-text.js';
import { escapeHtmlOnce } from '../escape.js';

/** A number for an SVG attribute: at most 2 decimals, no trailing zeros, never "-0". */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** A label's text in one language, with its language tag (none: the chart's own). */
export interface LabelPart {
  text: string;
  lang?: string;
}

/** One line of a label (label-lines.ts lays them out): its pieces, each in one language, shown with a space between them. */
export type LabelLine = readonly LabelPart[];

/** A chart's text: in the chart's language, or its parts each in its own (a label and its translation). */
export type ChartText = string | readonly LabelPart[];

/** The parts of a chart's text: a text in the chart's language is one part without a lang. */
export function partsOf(text: ChartText): readonly LabelPart[] {
  return typeof text === 'string' ? [{ text }] : text;
}

export interface ChartLabel {
  /** Unique in the page: the <title> and <desc> ids derive from it. */
  id: string;
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** What the chart shows, in words; the table beside it has the numbers. */
  desc: string;
  /**
   * The title and description in each language of a bilingual report (the first first, each with its
   * tag): the first becomes the <title> and <desc>, the others more <desc>s, each with its lang, all
   * of them the chart's name and description. Without, `title` and `desc` alone, as before.
   */
  languages?: readonly { title: string; desc: string; tag: string }[];
}

/**
 * The outer <svg>: role="img" with its <title> and <desc> as its accessible name and description.
 * The width and height are the natural size; the page's CSS lets it shrink to a phone's width.
 */
export function svgChart({ id, title, desc, languages }: ChartLabel, width: number, height: number, content: string): string {
  const safeId = escapeHtml(id);
  if (languages !== undefined && languages.length > 1) {
    const ids = languages.map((_, i) => (i === 0 ? [`${safeId}-title`, `${safeId}-desc`] : [`${safeId}-title-${i + 1}`, `${safeId}-desc-${i + 1}`]));
    const labels = languages
      .map((l, i) => {
        const lang = ` lang="${escapeHtml(l.tag)}"`;
        const [titleId, descId] = ids[i]!;
        return i === 0
          ? // not said: markup
            `<title id="${titleId}"${lang}>${escapeHtml(l.title)}</title><desc id="${descId}"${lang}>${escapeHtml(l.desc)}</desc>`
          : // not said: markup
            `<desc id="${titleId}"${lang}>${escapeHtml(l.title)}</desc><desc id="${descId}"${lang}>${escapeHtml(l.desc)}</desc>`;
      })
      .join('');
    return (
      // not said: markup
      `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" ` +
      // not said: markup
      `role="img" aria-labelledby="${ids.flat().join(' ')}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
      `${labels}\n${content}</svg>`
    );
  }
  return (
    // not said: markup
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" ` +
    // not said: markup
    `role="img" aria-labelledby="${safeId}-title ${safeId}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    // not said: markup
    `<title id="${safeId}-title">${escapeHtml(title)}</title><desc id="${safeId}-desc">${escapeHtml(desc)}</desc>\n${content}</svg>`
  );
}

/**
 * Splits a label into lines of at most `maxChars` characters at spaces (a longer word keeps a line of
 * its own), as SVG text does not wrap by itself.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextOptions {
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'normal' | 'bold';
  fill: string;
  /** Line height for wrapped lines, in user units. */
  lineHeight?: number;
}

/** A <text> of one or more lines of the chart's language (escaped here); the first line's baseline is at y. */
export function svgText(lines: readonly string[], x: number, y: number, options: TextOptions): string {
  return svgLabel(
    lines.map((text) => [{ text }]),
    x,
    y,
    options,
  );
}

/**
 * A <text> of lines whose pieces may each be in a language of their own (a label and its
 * translation): a piece not in the chart's language has its lang, on the line's <tspan> when it is
 * the line's only piece, else on a <tspan> of its own. The first line's baseline is at y.
 */
export function svgLabel(lines: readonly LabelLine[], x: number, y: number, { anchor = 'start', size = 14, weight = 'normal', fill, lineHeight = size * 1.2 }: TextOptions): string {
  const langOf = (tag: string | undefined) => (tag === undefined ? '' : ` lang="${escapeHtmlOnce(tag)}"`);
  const only = (line: LabelLine) => (line.length === 1 ? line[0]! : undefined);
  // A label's texts are mostly a questionnaire's, the same in every report of a batch.
  const pieces = (line: LabelLine) =>
    only(line) ? escapeHtmlOnce(line[0]!.text) : line.map((p) => (p.lang === undefined ? escapeHtmlOnce(p.text) : `<tspan${langOf(p.lang)}>${escapeHtmlOnce(p.text)}</tspan>`)).join(' ');
  const attrs = `x="${num(x)}" y="${num(y)}" font-size="${num(size)}" fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${weight === 'bold' ? ' font-weight="bold"' : ''}`;
  if (lines.length === 1) return `<text ${attrs}${langOf(only(lines[0]!)?.lang)}>${pieces(lines[0]!)}</text>`;
  const spans = lines.map((line, i) => `<tspan x="${num(x)}"${i === 0 ? '' : ` dy="${num(lineHeight)}"`}${langOf(only(line)?.lang)}>${pieces(line)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}
