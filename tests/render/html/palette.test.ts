import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/render/html/palette.js';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('palette contrast (WCAG AA)', () => {
  const backgrounds = [palette.page, ...palette.zones];

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('text, muted text and links reach 4.5:1 on the page and on every band zone', () => {
    for (const bg of backgrounds) {
      for (const fg of [palette.text, palette.muted, palette.link]) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('bars and markers reach 3:1 against the page and every band zone', () => {
    for (const bg of backgrounds) {
      for (const fg of palette.series) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('series are told apart by lightness too, not by hue alone', () => {
    const [first, second] = palette.series;
    expect(contrast(first, second)).toBeGreaterThanOrEqual(1.5);
  });
});
