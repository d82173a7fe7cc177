import { describe, expect, it } from 'vitest';
import type { Band } from '../../../src/core/questionnaire/model.js';
import { bandZones, cutOffs, radarAngle, radarPoint } from '../../../src/render/html/charts/geometry.js';
import { radarChart } from '../../../src/render/html/charts/radar.js';
import { barChart } from '../../../src/render/html/charts/bars.js';
import { distributionChart } from '../../../src/render/html/charts/distribution.js';
import { num, wrapWords } from '../../../src/render/html/charts/svg.js';
import { zoneLegend } from '../../../src/render/html/figure.js';

const bands: Band[] = [
  { id: 'emerging', label: 'Early days', below: 40 },
  { id: 'developing', label: 'Growing', below: 70 },
  { id: 'established', label: 'A settled habit' },
];
const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** The position and size of every <rect> of a class, in document order. */
function shapes(svg: string, cls: string): Box[] {
  return [...svg.matchAll(new RegExp(`<rect class="${cls}"([^>]*)/>`, 'g'))].map((m) => {
    const attr = (name: string) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(m[1]!)![1]);
    return { x: attr('x'), y: attr('y'), width: attr('width'), height: attr('height') };
  });
}

describe('radar geometry', () => {
  const centre = { x: 200, y: 150 };

  it('puts the first axis straight up and the rest clockwise at equal angles', () => {
    expect(radarAngle(0, 4)).toBe(-90);
    expect(radarAngle(1, 4)).toBe(0);
    expect(radarAngle(2, 3)).toBe(150);
  });

  it('places percent p at p% of the radius along its axis', () => {
    const top = radarPoint(100, 0, 4, 100, centre);
    expect(top.x).toBeCloseTo(200, 9);
    expect(top.y).toBeCloseTo(50, 9);
    const right = radarPoint(50, 1, 4, 100, centre);
    expect(right.x).toBeCloseTo(250, 9);
    expect(right.y).toBeCloseTo(150, 9);
    const lowerLeft = radarPoint(60, 2, 3, 100, centre);
    expect(lowerLeft.x).toBeCloseTo(200 + 60 * Math.cos((150 * Math.PI) / 180), 9);
    expect(lowerLeft.y).toBeCloseTo(150 + 60 * Math.sin((150 * Math.PI) / 180), 9);
  });

  it('puts 0% at the centre and holds percents outside 0-100 to the web', () => {
    expect(radarPoint(0, 2, 5, 100, centre)).toEqual(centre);
    expect(radarPoint(140, 0, 4, 100, centre).y).toBeCloseTo(50, 9);
    expect(radarPoint(-10, 0, 4, 100, centre).y).toBeCloseTo(150, 9);
  });
});

describe('band zones', () => {
  it('meet at the cut-offs and cover 0 to 100', () => {
    expect(bandZones(bands).map((z) => [z.band.id, z.from, z.to])).toEqual([
      ['emerging', 0, 40],
      ['developing', 40, 70],
      ['established', 70, 100],
    ]);
    expect(cutOffs(bands)).toEqual([40, 70]);
  });

  it('name their range in the legend', () => {
    expect(zoneLegend(bands).map((e) => e.label)).toEqual(['Early days: under 40', 'Growing: 40 to under 70', 'A settled habit: 70 and over']);
  });
});

describe('wrapWords and num', () => {
  it('wraps at spaces and keeps a long word whole', () => {
    expect(wrapWords('Outcomes for service users', 16)).toEqual(['Outcomes for', 'service users']);
    expect(wrapWords('Interdependencies', 5)).toEqual(['Interdependencies']);
  });

  it('writes at most two decimals and never -0', () => {
    expect(num(1 / 3)).toBe('0.33');
    expect(num(-0.001)).toBe('0');
    expect(num(12)).toBe('12');
  });
});

describe('radarChart', () => {
  const svg = radarChart(
    { id: 'themes', title: 'Themes', desc: 'Percent per theme' },
    [
      { label: 'Shared values', percent: 80 },
      { label: 'Outcomes for service users', percent: 50 },
      { label: 'Working across boundaries', percent: null },
      { label: hostile, percent: 25 },
    ],
    bands,
  );

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="themes-title themes-desc"/);
    expect(svg).toContain('<title id="themes-title">Themes</title><desc id="themes-desc">Percent per theme</desc>');
  });

  it('draws one ring per band, at the cut-offs, and the scored themes as a shape', () => {
    expect(svg.match(/<polygon /g)).toHaveLength(bands.length + 1);
    // The innermost ring's first vertex is at 40% of the radius straight above the centre, the outermost at 100%.
    const rings = [...svg.matchAll(/<polygon points="([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    const [outer, middle, inner] = rings;
    const centreY = outer! + 150;
    expect(centreY - inner!).toBeCloseTo(60, 1);
    expect(centreY - middle!).toBeCloseTo(105, 1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('>no score<');
  });

  it('escapes every label', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('barChart', () => {
  const series = [
    { label: 'before', colour: '#6b7378' },
    { label: 'after', colour: '#1d4f91' },
  ];
  const svg = barChart(
    { id: 'change', title: 'Before and after', desc: 'd' },
    [
      { label: 'Shared values', percents: [25, 50] },
      { label: hostile, percents: [100, null] },
    ],
    series,
    bands,
  );

  it('draws bars whose widths are proportional to the percents', () => {
    const bars = shapes(svg, 'bar');
    expect(bars).toHaveLength(3);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(2, 2);
    expect(bars[2]!.width / bars[0]!.width).toBeCloseTo(4, 2);
    expect(new Set(bars.map((b) => b.x)).size).toBe(1);
  });

  it('shades the band zones between the cut-offs on the same scale as the bars', () => {
    const zones = shapes(svg, 'zone');
    const full = shapes(svg, 'bar')[2]!.width;
    expect(zones.map((z) => z.width / full)).toEqual([0.4, 0.3, 0.3].map((w) => expect.closeTo(w, 3)));
    expect(zones[1]!.x).toBeCloseTo(zones[0]!.x + zones[0]!.width, 2);
  });

  it('names the series beside each bar and says when there is no score', () => {
    expect(svg).toContain('>before 25%<');
    expect(svg).toContain('>after 50%<');
    expect(svg).toContain('>after no score<');
    expect(svg).not.toContain('<script');
  });
});

describe('distributionChart', () => {
  it('draws a column per non-empty bin, heights proportional to counts on one scale for all rows', () => {
    const svg = distributionChart(
      { id: 'dist', title: 'Distribution', desc: 'd' },
      [
        { label: 'A', counts: [0, 3, 0, 0, 0, 0, 0, 1, 0, 0] },
        { label: 'B', counts: [0, 0, 0, 0, 1, 0, 0, 0, 0, 1] },
      ],
      bands,
    );
    const columns = shapes(svg, 'column');
    expect(columns.map((c) => c.height)).toEqual([64, 64 / 3, 64 / 3, 64 / 3].map((h) => expect.closeTo(h, 1)));
    expect(columns[1]!.x - columns[0]!.x).toBeCloseTo(6 * (columns[0]!.width + 3), 1);
  });

  it("puts each bin at its tenth of the band zones' scale, with its count above it", () => {
    const svg = distributionChart({ id: 'dist', title: 'Distribution', desc: 'd' }, [{ label: hostile, counts: [2, 0, 0, 0, 0, 0, 0, 0, 0, 5] }], bands);
    const [first, last] = shapes(svg, 'column');
    const zones = shapes(svg, 'zone');
    const scale = zones.reduce((sum, z) => sum + z.width, 0);
    // Each column is its bin less 1.5 units of gap either side.
    expect(first!.x).toBeCloseTo(zones[0]!.x + 1.5, 1);
    expect(last!.x + last!.width).toBeCloseTo(zones[0]!.x + scale - 1.5, 1);
    expect(first!.width).toBeCloseTo(scale / 10 - 3, 1);
    expect(svg).toMatch(/>2<\/text>.*>5<\/text>/);
    expect(svg).not.toContain('<script');
  });
});

describe('charts drawn again (a batch of reports)', () => {
  const otherBands: Band[] = [
    { id: 'low', label: 'Low', below: 20 },
    { id: 'high', label: 'High' },
  ];
  const axes = [
    { label: 'Shared values', percent: 80 },
    { label: 'Outcomes', percent: 50 },
    { label: 'Working across boundaries', percent: 40 },
  ];
  const radar = (b: Band[], percent = 80) => radarChart({ id: 'r', title: 't', desc: 'd' }, [{ ...axes[0]!, percent }, ...axes.slice(1)], b, 'en');

  it('draws the same radar for the same themes and bands, and another web for other bands or themes', () => {
    expect(radar(bands)).toBe(radar(bands));
    // One ring fewer, and at the other cut-off: 20% of the radius (30) above the centre, not 40% (60).
    const rings = (svg: string) => [...svg.matchAll(/<polygon points="[\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    const [outer, inner] = rings(radar(otherBands));
    expect(rings(radar(otherBands))).toHaveLength(otherBands.length + 1);
    expect(outer! + 150 - inner!).toBeCloseTo(30, 1);
    const four = radarChart({ id: 'r', title: 't', desc: 'd' }, [...axes, { label: 'Fourth', percent: 10 }], bands, 'en');
    expect(four.match(/<line /g)).toHaveLength(4);
    expect(radar(bands).match(/<line /g)).toHaveLength(3);
  });

  it('draws the shape of each person over the same web', () => {
    const [a, b] = [radar(bands, 80), radar(bands, 20)];
    expect(a).not.toBe(b);
    expect(a.slice(0, a.indexOf('<polygon points="') + 40)).toBe(b.slice(0, b.indexOf('<polygon points="') + 40));
  });

  it('shades the zones of the bands and height of each chart', () => {
    const zones = (b: Band[], rows: number) =>
      shapes(
        barChart(
          { id: 'b', title: 't', desc: 'd' },
          Array.from({ length: rows }, (_, i) => ({ label: `Row ${i}`, percents: [50] })),
          [{ label: 'score', colour: '#000' }],
          b,
          'en',
        ),
        'zone',
      );
    const full = zones(bands, 1)[0]!.width / 0.4;
    expect(zones(otherBands, 1)[0]!.width / full).toBeCloseTo(0.2, 3);
    expect(zones(bands, 1)[0]!.width / full).toBeCloseTo(0.4, 3);
    expect(zones(bands, 3)[0]!.height).toBeGreaterThan(zones(bands, 1)[0]!.height);
  });
});
