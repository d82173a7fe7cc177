import { describe, expect, it } from 'vitest';
import { likertBar, likertCells, likertGlyphs, likertReach } from '../../src/render/likert.js';
import { likertChart, likertColours } from '../../src/render/html/charts/likert.js';

describe('diverging stacked bars (Heiberger & Robbins), hand-worked', () => {
  // 10 answers on five points: 1, 2, 2, 3, 2: 30% below the middle, 20% at it, 50% above.
  const bar = likertBar([1, 2, 2, 3, 2])!;

  it('puts the low points left of the centre, the high ones right, and splits the middle point half each side', () => {
    expect([bar.n, bar.low, bar.middle, bar.high]).toEqual([10, 30, 20, 50]);
    expect(bar.segments.map((s) => [s.point, s.from, s.to, s.neutral])).toEqual([
      [0, -40, -30, false],
      [1, -30, -10, false],
      [2, -10, 0, true],
      [2, 0, 10, true],
      [3, 10, 40, false],
      [4, 40, 60, false],
    ]);
  });

  it('has no middle on a scale of an even number of points, and no bar without answers', () => {
    const even = likertBar([1, 1, 0, 2])!;
    expect([even.low, even.middle, even.high]).toEqual([50, 0, 50]);
    expect(even.segments.map((s) => [s.point, s.from, s.to])).toEqual([
      [0, -50, -25],
      [1, -25, 0],
      [3, 0, 50],
    ]);
    expect(likertBar([0, 0, 0])).toBeNull();
  });

  it('scales both sides to the furthest any bar reaches, rounded up to ten', () => {
    // The bar above reaches 40 left and 60 right.
    expect(likertReach([bar, null])).toBe(60);
    expect(likertReach([likertBar([0, 10, 0])])).toBe(50);
    expect(likertReach([])).toBe(10);
  });

  it('draws it in terminal blocks, each point its own glyph, the cells adding up', () => {
    expect(likertGlyphs(5)).toEqual(['▓', '▒', '░', '▆', '█']);
    expect(likertGlyphs(4)).toEqual(['▓', '▒', '▆', '█']);
    // 10 cells each side of the centre for 100%: -40..-30 is cell 6, -30..-10 cells 7-8, the middle one cell each side.
    expect(likertCells(bar, 10, 100)).toBe('      ▓▒▒░│░▆▆▆██    ');
  });

  it('draws it as SVG with the statement as its label, the n beside it, and text escaped', () => {
    const svg = likertChart({ id: 'x', title: 'Answers', desc: 'd' }, [{ label: 'I <b>listen</b>', bar }], 60);
    expect(svg).toContain('I &lt;b&gt;listen&lt;/b&gt;');
    expect(svg).toContain('>n 10</text>');
    expect(svg.match(/<rect class="segment"/g)).toHaveLength(6);
    expect(svg).toContain(`fill="${likertColours(5)[2]}"`);
    // The low side's colours differ from the high side's.
    const colours = likertColours(5);
    expect(new Set([colours[0], colours[4], colours[2]]).size).toBe(3);
  });
});
