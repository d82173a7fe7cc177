import { describe, expect, it } from 'vitest';
import { likertChart, likertColours, textOn } from '../../src/render/html/charts/likert.js';
import { likertBar } from '../../src/render/likert.js';

const contrast = (a: string, b: string) => {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('likertChart: readable without its colours', () => {
  it("names each segment wide enough by its point's number, in scale order", () => {
    // 5 points, 10/20/40/20/10 of 100 answers, reach 100%: half the plot (286 px) is 100%, so the
    // narrowest segments (10%) are 28.6 px wide, and the middle point's 40% is split 20% a side.
    const svg = likertChart({ id: 'l', title: 'T', desc: 'D' }, [{ label: 'A statement', bar: likertBar([10, 20, 40, 20, 10]) }], 100);
    const numbers = [...svg.matchAll(/<text [^>]*text-anchor="middle"[^>]*>(\d)<\/text>/g)].map((m) => m[1]);
    expect(numbers).toEqual(['1', '2', '3', '3', '4', '5']);
  });

  it('leaves a segment too narrow for a number unlabelled', () => {
    // 1 answer of 100 on point 1: 2.86 px.
    const svg = likertChart({ id: 'l', title: 'T', desc: 'D' }, [{ label: 'A statement', bar: likertBar([1, 0, 0, 0, 99]) }], 100);
    expect([...svg.matchAll(/<text [^>]*text-anchor="middle"[^>]*>(\d)<\/text>/g)].map((m) => m[1])).toEqual(['5']);
  });

  it.each([2, 3, 4, 5, 6, 7])('writes every number of a %i-point scale at WCAG AA contrast (4.5:1) on its shade', (k) => {
    for (const colour of likertColours(k)) expect(contrast(textOn(colour), colour)).toBeGreaterThanOrEqual(4.5);
  });
});
