/**
 * A statement's answers as a diverging stacked bar (Heiberger & Robbins 2014): the points below the
 * scale's middle to the left of a centre line, those above to the right, and a middle point (on a
 * scale of an odd number of points) split half each side. Pure geometry, shared by the HTML and
 * terminal charts.
 */

export interface LikertSegment {
  /** Index of the scale point, from the lowest (0). */
  point: number;
  /** Where the segment starts and ends, in percent of the answers: negative left of the centre. */
  from: number;
  to: number;
  /** The middle point, drawn half each side. */
  neutral: boolean;
}

export interface LikertBar {
  /** Points on the scale. */
  points: number;
  n: number;
  /** Percent of the answers below the middle point, and above it (the middle point in neither). */
  low: number;
  high: number;
  /** Percent at the middle point; 0 on a scale of an even number of points. */
  middle: number;
  /** Left to right. */
  segments: LikertSegment[];
}

/** The bar of a statement's answer counts, lowest point first; null when nobody answered. */
export function likertBar(counts: readonly number[]): LikertBar | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const k = counts.length;
  const half = Math.floor(k / 2);
  const odd = k % 2 === 1;
  const share = (c: number) => (100 * c) / n;
  const middle = odd ? share(counts[half]!) : 0;
  const segments: LikertSegment[] = [];
  // Left of the centre, from the centre outwards: the middle point's half, then the points below it.
  let at = 0 - middle / 2;
  const left: LikertSegment[] = [];
  if (odd && counts[half]! > 0) left.push({ point: half, from: at, to: 0, neutral: true });
  for (let p = half - 1; p >= 0; p--) {
    const width = share(counts[p]!);
    if (width > 0) left.push({ point: p, from: at - width, to: at, neutral: false });
    at -= width;
  }
  segments.push(...left.reverse());
  at = middle / 2;
  if (odd && counts[half]! > 0) segments.push({ point: half, from: 0, to: at, neutral: true });
  for (let p = odd ? half + 1 : half; p < k; p++) {
    const width = share(counts[p]!);
    if (width > 0) segments.push({ point: p, from: at, to: at + width, neutral: false });
    at += width;
  }
  const low = counts.slice(0, half).reduce((a, c) => a + share(c), 0);
  const high = counts.slice(odd ? half + 1 : half).reduce((a, c) => a + share(c), 0);
  return { points: k, n, low, high, middle, segments };
}

/** The most a side of any of these bars reaches, in percent, rounded up to a tenth: the charts' scale each side of the centre. */
export function likertReach(bars: readonly (LikertBar | null)[]): number {
  const most = Math.max(0, ...bars.map((b) => (b ? Math.max(b.low + b.middle / 2, b.high + b.middle / 2) : 0)));
  return Math.min(100, Math.max(10, Math.ceil(most / 10) * 10));
}

const LOW_GLYPHS = ['▓', '▒'];
const HIGH_GLYPHS = ['█', '▆'];
const MIDDLE_GLYPH = '░';

/**
 * The glyph of each point of a scale of `k` points in a terminal's diverging bar: the lowest points
 * dark shade, the highest full blocks, the middle light shade; the point nearest the middle on each
 * side the lighter of its pair.
 */
export function likertGlyphs(k: number): string[] {
  const half = Math.floor(k / 2);
  return Array.from({ length: k }, (_, p) => {
    if (k % 2 === 1 && p === half) return MIDDLE_GLYPH;
    if (p < half) return LOW_GLYPHS[p === half - 1 && half > 1 ? 1 : 0]!;
    const fromTop = k - 1 - p;
    return HIGH_GLYPHS[fromTop === half - 1 && half > 1 ? 1 : 0]!;
  });
}

/**
 * A diverging bar in `cells` cells each side of a centre line "│", each side scaled to `reach`
 * percent: every segment's ends rounded to the nearest cell, so the cells add up.
 */
export function likertCells(bar: LikertBar, cells: number, reach: number): string {
  const glyphs = likertGlyphs(bar.points);
  const cell = (x: number) => Math.round((Math.max(-reach, Math.min(reach, x)) / reach) * cells);
  const left = new Array<string>(cells).fill(' ');
  const right = new Array<string>(cells).fill(' ');
  for (const s of bar.segments) {
    const glyph = glyphs[s.point] ?? '█';
    for (let c = cell(s.from); c < cell(s.to); c++) {
      if (c < 0) left[cells + c] = glyph;
      else right[c] = glyph;
    }
  }
  return `${left.join('')}│${right.join('')}`;
}
