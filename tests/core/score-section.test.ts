import { describe, expect, it } from 'vitest';
import { scoreSection, scoringSections, type SectionFigures } from '../../src/core/score/section.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const q = questionnaireFrom(
  `${header({ scoring: 'scoring: { method: mean, min_answered: 0.5 }\n' })}  - id: t
    title: Theme t
    method: sum
    items: [{ id: a, text: X, weight: 2 }]
    facets:
      - id: f
        title: Facet f
        items: [{ id: b, text: X }, { id: c, text: X }, { id: d, text: X }]
  - id: u
    title: Theme u
    items: [{ id: e, text: X }]
`,
);

describe('scoringSections: the sections every score is made of', () => {
  it('lists the themes in order, each followed by its facets, a facet scored by its theme method, items by position', () => {
    const { scoredItems, sections } = scoringSections(q);
    expect(scoredItems.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sections.map((g) => [g.id, g.method, [...g.positions], g.needed, g.totalWeight])).toEqual([
      ['t', 'sum', [0, 1, 2, 3], 2, 5],
      ['f', 'sum', [1, 2, 3], 2, 3],
      ['u', 'mean', [4], 1, 1],
    ]);
  });
});

describe('scoreSection: the one arithmetic of a theme or facet score', () => {
  const { sections } = scoringSections(q);
  const figures = (section: number, keyed: number[]): SectionFigures => {
    const out: SectionFigures = { answered: -1, score: -1, percent: -1 };
    scoreSection(sections[section]!, Float64Array.from(keyed), out);
    return out;
  };

  it('a pro-rated weighted sum: the weighted mean of the answered items times the total weight', () => {
    // a 5 (w 2), b 3, c 4, d skipped: (10 + 3 + 4) / 4 * 5 = 21.25; percent 100 * (8 + 2 + 3) / (8 + 4 + 4) = 81.25
    expect(figures(0, [5, 3, 4, NaN, 1])).toEqual({ answered: 3, score: 21.25, percent: 81.25 });
  });

  it('NaN score and percent with too few answers, and the answers counted', () => {
    expect(figures(1, [5, 3, NaN, NaN, 1])).toEqual({ answered: 1, score: NaN, percent: NaN });
    expect(figures(2, [5, 3, 4, 2, NaN])).toEqual({ answered: 0, score: NaN, percent: NaN });
  });

  it('a mean over the answered items only', () => {
    expect(figures(2, [NaN, NaN, NaN, NaN, 2])).toEqual({ answered: 1, score: 2, percent: 25 });
  });
});
