import { describe, expect, it } from 'vitest';
import type { Band } from '../../../src/core/questionnaire/model.js';
import { barChart } from '../../../src/render/html/charts/bars.js';
import { compactBarChart } from '../../../src/render/html/charts/compact-bars.js';
import { labelLines, lineText } from '../../../src/render/html/charts/label-lines.js';
import { likertChart } from '../../../src/render/html/charts/likert.js';
import { svgLabel } from '../../../src/render/html/charts/svg.js';
import { likertBar } from '../../../src/render/likert.js';

// Issue 22: a chart's label in two languages, Welsh first, each part with its own lang, laid out
// in lines the chart measures by their characters.
const cy = (text: string) => ({ text, lang: 'cy' });
const en = (text: string) => ({ text, lang: 'en' });
const bands: Band[] = [
  { id: 'low', label: 'Low', below: 50 },
  { id: 'high', label: 'High' },
];

describe('labelLines', () => {
  it('lays a text out again for each layout and each language, however often asked', () => {
    const text = 'Working across organisational boundaries';
    for (let round = 0; round < 2; round++) {
      expect(labelLines(text, { maxChars: 16 }).map(lineText)).toEqual(['Working across', 'organisational', 'boundaries']);
      expect(labelLines(text, { maxChars: 62 }).map(lineText)).toEqual([text]);
      expect(labelLines([en(text)], { maxChars: 62 })).toEqual([[en(text)]]);
      expect(labelLines(text, { maxChars: 62 })).toEqual([[{ text }]]);
      expect(labelLines([cy('Cryfderau'), en('Strengths')], { maxChars: 62, blocks: true })).toEqual([[cy('Cryfderau')], [en('Strengths')]]);
    }
  });

  it('keeps a label of one language as wrapWords wraps it', () => {
    expect(labelLines([{ text: 'Outcomes for service users' }], { maxChars: 16 })).toEqual([[{ text: 'Outcomes for' }], [{ text: 'service users' }]]);
  });

  it('puts both on one line, joined by " / ", when they fit', () => {
    // "Gweledigaeth / Vision" is 21 characters.
    const lines = labelLines([cy('Gweledigaeth'), en('Vision')], { maxChars: 21 });
    expect(lines).toEqual([[cy('Gweledigaeth'), { text: '/' }, en('Vision')]]);
    expect(lineText(lines[0]!)).toBe('Gweledigaeth / Vision');
  });

  it('starts the second on a line of its own when they do not fit, the " /" ending the first', () => {
    // "Gwerthoedd a" (12) + " rennir" would be 19 > 16; "rennir /" is 8.
    expect(labelLines([cy('Gwerthoedd a rennir'), en('Shared values')], { maxChars: 16 })).toEqual([[cy('Gwerthoedd a')], [cy('rennir'), { text: '/' }], [en('Shared values')]]);
  });

  it('opens the second with the "/" when the first has no room for it', () => {
    // At 12: "Canolbwyntio" (12), "ar" ("ar ganlyniadau" is 14), "ganlyniadau" (11: with " /" 13);
    // then "/ Outcome" (9; with " focus" 15), "focus".
    expect(labelLines([cy('Canolbwyntio ar ganlyniadau'), en('Outcome focus')], { maxChars: 12 })).toEqual([[cy('Canolbwyntio')], [cy('ar')], [cy('ganlyniadau')], [{ text: '/' }, en('Outcome')], [en('focus')]]);
  });

  it('joins with "//" when a part holds " / " itself', () => {
    expect(labelLines([cy('Thema / agwedd'), en('Theme / facet')], { maxChars: 40 })).toEqual([[cy('Thema / agwedd'), { text: '//' }, en('Theme / facet')]]);
  });

  it('gives each part whole on lines of its own as blocks (statements)', () => {
    // "Rwy'n gwrando ar" is 16, with " bartneriaid." 29; "I listen to" 11, with " partners." 21.
    expect(labelLines([cy("Rwy'n gwrando ar bartneriaid."), en('I listen to partners.')], { maxChars: 20, blocks: true })).toEqual([
      [cy("Rwy'n gwrando ar")],
      [cy('bartneriaid.')],
      [en('I listen to')],
      [en('partners.')],
    ]);
  });

  it('cuts each part to its lines with an ellipsis', () => {
    // At 9 "one two three four five six" takes four lines: "one two", "three", "four five", "six".
    expect(labelLines([{ text: 'one two three four five six' }], { maxChars: 9, linesPerPart: 2 })).toEqual([[{ text: 'one two' }], [{ text: 'three…' }]]);
    // Each part cut alone: "un dau", "tri", "pedwar", "pump" to "un dau", "tri…".
    expect(labelLines([cy('un dau tri pedwar pump'), en('one two three four five six')], { maxChars: 9, linesPerPart: 2 }).map(lineText)).toEqual(['un dau', 'tri… /', 'one two', 'three…']);
  });
});

describe('svgLabel', () => {
  it('gives each piece of a line its lang, and a line of one piece the lang on its own tspan', () => {
    expect(svgLabel([[cy('Gweledigaeth'), { text: '/' }, en('Vision')]], 4, 20, { size: 12, fill: '#000' })).toBe(
      '<text x="4" y="20" font-size="12" fill="#000"><tspan lang="cy">Gweledigaeth</tspan> / <tspan lang="en">Vision</tspan></text>',
    );
    // Line height 1.2 × 12 = 14.4.
    expect(svgLabel([[cy('Gwerthoedd a')], [cy('rennir'), { text: '/' }], [en('Shared values')]], 4, 20, { size: 12, fill: '#000' })).toBe(
      '<text x="4" y="20" font-size="12" fill="#000"><tspan x="4" lang="cy">Gwerthoedd a</tspan><tspan x="4" dy="14.4"><tspan lang="cy">rennir</tspan> /</tspan><tspan x="4" dy="14.4" lang="en">Shared values</tspan></text>',
    );
    expect(svgLabel([[en('Vision')]], 0, 10, { fill: '#000' })).toBe('<text x="0" y="10" font-size="14" fill="#000" lang="en">Vision</text>');
  });

  it('escapes every piece', () => {
    expect(svgLabel([[cy('<b>'), { text: '/' }, en('&')]], 0, 0, { fill: '#000' })).toContain('<tspan lang="cy">&lt;b&gt;</tspan> / <tspan lang="en">&amp;</tspan>');
  });
});

/** The y of every <rect> of a class and the baseline of every bold <text>, in document order. */
const ys = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => Number(m[1]));

describe('the charts make room for a label in two languages', () => {
  it('puts the bars below every line of their label (bars.ts)', () => {
    // At 62 characters: the Welsh (73) takes "… sefydliadau a" (54), then "gwasanaethau lleol /" (20),
    // the English (39) a line of its own: three lines of 17, then 6, so the first bar is at
    // 34 + 51 + 6 = 91; the next label's baseline at 91 + 16 + 4 + 14 (the row's gap) + 14 (font) = 139,
    // on one line ("Ffyrdd o ganfod / Ways of perceiving" is 36), its bar at 125 + 17 + 6 = 148.
    const long = 'Arweinyddiaeth systemau ar draws ffiniau sefydliadau a gwasanaethau lleol';
    const svg = barChart(
      { id: 'b', title: 'T', desc: 'D' },
      [
        { label: [cy(long), en('Systems leadership across organisations')], percents: [50] },
        { label: [cy('Ffyrdd o ganfod'), en('Ways of perceiving')], percents: [25] },
      ],
      [{ label: 'score', colour: '#123456' }],
      bands,
      'en',
    );
    expect(ys(svg, /<rect class="bar" x="[\d.]+" y="([\d.]+)"/g)).toEqual([91, 148]);
    expect(ys(svg, /<text x="12" y="([\d.]+)"[^>]*font-weight="bold"/g)).toEqual([48, 139]);
    expect(svg).toContain(`<tspan x="12" lang="cy">Arweinyddiaeth systemau ar draws ffiniau sefydliadau a</tspan>`);
    expect(svg).toContain(`<tspan x="12" dy="17"><tspan lang="cy">gwasanaethau lleol</tspan> /</tspan><tspan x="12" dy="17" lang="en">Systems leadership across organisations</tspan>`);
  });

  it('makes a row beside its bars as tall as its label (compact-bars.ts)', () => {
    // At 34 characters: "Canolbwyntio ar ganlyniadau /" (29), "Outcome focus": two lines of 14 = 28
    // from y 30, the bar (11) centred in them at 30 + 8.5; the next row at 30 + 28 + 5 = 63, one
    // line (14) high, its bar at 63 + 1.5.
    const svg = compactBarChart(
      { id: 'c', title: 'T', desc: 'D' },
      [
        { label: [cy('Canolbwyntio ar ganlyniadau'), en('Outcome focus')], values: [{ percent: 40, text: '40%' }] },
        { label: 'Mindset', values: [{ percent: 60, text: '60%' }] },
      ],
      [{ label: 'mean', colour: '#123456' }],
      bands,
    );
    expect(ys(svg, /<rect class="bar" x="[\d.]+" y="([\d.]+)"/g)).toEqual([38.5, 64.5]);
    expect(ys(svg, /<text x="4" y="([\d.]+)"[^>]*font-weight="bold"/g)).toEqual([42.5, 75.5]);
    expect(svg).toContain('<tspan x="4"><tspan lang="cy">Canolbwyntio ar ganlyniadau</tspan> /</tspan><tspan x="4" dy="14" lang="en">Outcome focus</tspan>');
  });

  it('gives a statement whole in each language above its bar (likert.ts)', () => {
    // Two lines of 13 from y 26, then 2: the bar at 26 + 26 + 2 = 54.
    const svg = likertChart({ id: 'l', title: 'T', desc: 'D' }, [{ label: [cy('Rwy’n gwrando.'), en('I listen.')], bar: likertBar([1, 1, 1, 1, 1]) }], 100, 'en');
    expect(ys(svg, /<rect class="segment" x="[\d.]+" y="([\d.]+)"/g)[0]).toBe(54);
    expect(svg).toContain('<tspan x="4" lang="cy">Rwy’n gwrando.</tspan><tspan x="4" dy="13" lang="en">I listen.</tspan>');
  });
});
