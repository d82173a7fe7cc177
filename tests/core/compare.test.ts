import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { compareResults, comparisonReport, describeChange, inTimeOrder, type Comparison } from '../../src/core/compare.js';
import { comparisonSchema } from '../../src/core/compare-schema.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { renderCompareText } from '../../src/render/compare-text.js';
import { renderCompareMarkdown } from '../../src/render/compare-markdown.js';
import { answerSet, header, questionnaireFrom } from '../helpers/questionnaire.js';

process.env.TZ = 'UTC';

// Theme "values" has its own item and a facet "listening"; percent of maximum = 100 * (answer - 1) / 4 per item.
const q = questionnaireFrom(`${header()}  - id: values
    title: Shared values
    items: [{ id: v1, text: V1 }]
    facets:
      - id: listening
        title: Listening
        items: [{ id: l1, text: L1 }, { id: l2, text: L2 }]
  - id: outcomes
    title: Outcomes
    items: [{ id: o1, text: O1 }, { id: o2, text: O2 }]
`);

const result = (answers: Record<string, number>, completed: string) => scoreAnswers(q, answerSet(q, answers, { completed }));
const before = result({ v1: 2, l1: 2, l2: 3, o1: 4, o2: 4 }, '2026-10-01T09:00:00Z');
const after = result({ v1: 4, l1: 5, l2: 5, o1: 4, o2: 3 }, '2026-11-25T10:30:00Z');
const comparison = compareResults({ source: 'a.json', result: before }, { source: 'b.json', result: after });

describe('inTimeOrder', () => {
  const at = (completed: string | null, source: string) => ({ source, result: { ...before, completed } });
  it.each([
    ['the first completed first', '2026-01-10T09:00:00Z', '2026-06-10T09:00:00Z', 'as-given', ['first', 'second']],
    ['the second completed first', '2026-06-10T09:00:00Z', '2026-01-10T09:00:00Z', 'swapped', ['second', 'first']],
    ['by the instant, not the text', '2026-01-10T09:00:00+02:00', '2026-01-10T08:00:00Z', 'as-given', ['first', 'second']],
    ['the same instant written two ways', '2026-01-10T09:00:00Z', '2026-01-10T10:00:00+01:00', 'same-time', ['first', 'second']],
    ['the first undated', null, '2026-01-10T09:00:00Z', 'undated', ['first', 'second']],
    ['the second undated', '2026-06-10T09:00:00Z', null, 'undated', ['first', 'second']],
  ] as const)('puts %s in order', (_, a, b, order, sources) => {
    const ordered = inTimeOrder(at(a, 'first'), at(b, 'second'));
    expect([ordered.before.source, ordered.after.source]).toEqual(sources);
    expect(ordered.order).toBe(order);
  });
});

describe('compareResults', () => {
  it('gives the change per theme and facet in percentage points, with direction, size and bands', () => {
    const [values, outcomes] = comparison.themes;
    // values: (1 + 1 + 2) / 12 = 33.3% -> (3 + 4 + 4) / 12 = 91.7%
    expect(values).toMatchObject({ id: 'values', bandBefore: 'emerging', bandAfter: 'established', direction: 'up', size: 'large' });
    expect(values!.change).toBeCloseTo(58.333, 3);
    // listening: (1 + 2) / 8 = 37.5% -> 100%
    expect(values!.facets).toEqual([
      {
        id: 'listening',
        title: 'Listening',
        before: 37.5,
        after: 100,
        bandBefore: 'emerging',
        bandAfter: 'established',
        change: 62.5,
        direction: 'up',
        size: 'large',
        judgement: expect.objectContaining({ method: 'rule-of-thumb', rci: null }),
      },
    ]);
    // outcomes: 75% -> 62.5%
    expect(outcomes).toMatchObject({ before: 75, after: 62.5, change: -12.5, direction: 'down', size: 'moderate', facets: [] });
    expect(comparison.before).toEqual({ source: 'a.json', completed: '2026-10-01T09:00:00Z' });
    expect(comparison.after).toEqual({ source: 'b.json', completed: '2026-11-25T10:30:00Z' });
  });

  it('has no change where either result has no score, and keeps themes found in only one result', () => {
    const sparse = result({ v1: 3, l1: 3, l2: 3 }, '2026-12-01T00:00:00Z');
    const withoutOutcomes = { ...after, themes: after.themes.filter((t) => t.id !== 'outcomes') };
    const c = compareResults({ source: 'a', result: sparse }, { source: 'b', result: withoutOutcomes });
    expect(c.themes.map((t) => [t.id, t.before, t.after, t.change, t.direction, t.size])).toEqual([
      ['values', 50, expect.closeTo(91.667, 3), expect.closeTo(41.667, 3), 'up', 'large'],
      ['outcomes', null, null, null, null, null],
    ]);
  });

  it('refuses results of different questionnaires', () => {
    const other = { ...after, questionnaire: { ...after.questionnaire, id: 'other' } };
    expect(() => compareResults({ source: 'a', result: before }, { source: 'b', result: other })).toThrow('different questionnaires');
  });

  it('matches the published JSON Schema', () => {
    expect(comparisonSchema.parse(JSON.parse(JSON.stringify(comparison)))).toEqual(comparison);
  });
});

describe('describeChange', () => {
  it.each([
    [0, 'same', 'negligible'],
    [0.49, 'same', 'negligible'],
    [-0.5, 'down', 'negligible'],
    [4.99, 'up', 'negligible'],
    [5, 'up', 'small'],
    [-9.99, 'down', 'small'],
    [10, 'up', 'moderate'],
    [-19.99, 'down', 'moderate'],
    [20, 'up', 'large'],
    [-100, 'down', 'large'],
  ] as const)('%d points: %s, %s', (change, direction, size) => {
    expect(describeChange(change)).toEqual({ direction, size });
  });
});

describe('compare renderers', () => {
  it('text: a line per theme and facet with both percents, the signed change and its words', () => {
    const text = renderCompareText(comparisonReport(comparison, q), { style: new Chalk({ level: 0 }), width: 80 });
    expect(text).toContain('What changed: Test');
    expect(text).toContain('  before  1 Oct 2026, 09:00  a.json');
    expect(text).toContain('  after   25 Nov 2026, 10:30  b.json');
    expect(text).toContain(
      [
        '                 BEFORE     AFTER    CHANGE',
        'Shared values       33%       91%  ▲    +58  large rise (Emerging → Established)',
        '  Listening         37%      100%  ▲    +63  large rise (Emerging → Established)',
        'Outcomes            75%       62%  ▼    -13  moderate fall (Established → Developing)',
      ].join('\n'),
    );
    expect(text).toContain('Changes are in percentage points of the maximum possible. Under 5 points is\nabout one answer moving one step');
  });

  it('Markdown: a table, with facets marked under their theme', () => {
    const md = renderCompareMarkdown(comparisonReport(comparison, q));
    expect(md).toContain('# What changed: Test');
    expect(md).toContain('| **Shared values** | 33% | 91% | +58 | large rise (Emerging → Established) |');
    expect(md).toContain('| ↳ Listening | 37% | 100% | +63 | large rise (Emerging → Established) |');
    expect(md).toContain('| **Outcomes** | 75% | 62% | -13 | moderate fall (Established → Developing) |');
  });

  it('neutralises control characters and Markdown in titles from files', () => {
    const evil: Comparison = { ...comparison, questionnaire: { ...comparison.questionnaire, title: 'T\u001b[2J *bold*' } };
    expect(renderCompareText(comparisonReport(evil, q), { style: new Chalk({ level: 0 }), width: 80 })).toContain('What changed: T\\u001b[2J *bold*');
    expect(renderCompareMarkdown(comparisonReport(evil, q))).toContain('# What changed: T\\\\u001b\\[2J \\*bold\\*');
  });
});
