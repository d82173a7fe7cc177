import { describe, expect, it } from 'vitest';
import { RowScorer } from '../../src/core/score/row-scorer.js';
import { tallyStatistics } from '../../src/core/stats/cohort-statistics.js';
import { CohortTally, TallyLayout } from '../../src/core/stats/cohort-tally.js';
import { sectionCorrelations, sectionExtras } from '../../src/core/stats/section-extras.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

// What sectionExtras withholds, and why; the figures themselves are checked against psych in
// psych-extras.test.ts.
const q = questionnaireFrom(`${header({ scoring: 'scoring: { method: mean, min_answered: 0 }\n' })}  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second }
      - { id: a3, text: Always three }
  - id: b
    title: Beta
    items:
      - { id: b1, text: Fourth }
      - { id: b2, text: Fifth }
`);

function tallyOf(rows: (number | null)[][]) {
  const scorer = new RowScorer(q);
  const tally = new CohortTally(new TallyLayout(q));
  const keyed = new Float64Array(scorer.scoredItems.length);
  const scores = new Float64Array(2 * scorer.sectionIds.length);
  const percents = new Float64Array(scorer.sectionIds.length);
  rows.forEach((row, r) => {
    scorer.score(
      Float64Array.from(row, (v) => v ?? NaN),
      keyed,
      scores,
      percents,
    );
    tally.add(keyed, scores, percents, r);
  });
  const themes = tallyStatistics(tally);
  return { themes, extras: sectionExtras(tally, themes), correlations: sectionCorrelations(tally, themes) };
}

describe('sectionExtras', () => {
  it("withholds raw.r when psych's total would leave out an answered item without variance", () => {
    const rows = Array.from({ length: 12 }, (_, r) => [1 + (r % 5), 1 + ((r * 3) % 5), 3, 1 + (r % 4), 1 + ((r + 1) % 5)]);
    const { themes, extras } = tallyOf(rows);
    expect(themes[0]!.alphaExcluded).toEqual(['a3']);
    const items = extras[0]!.items;
    expect(items.map((i) => i.rawR)).toEqual([null, null, null]);
    expect(items[0]!.reasons.rawR).toMatch(/leaves out a3 \(no variance\)/);
    expect(items[2]!.reasons).toMatchObject({ rawR: expect.stringMatching(/nobody varied/), stdR: expect.stringMatching(/nobody varied/), rCor: expect.stringMatching(/nobody varied/) });
    // The items with variance still have std.r and r.cor, from the covariances alone.
    expect(items[0]!.stdR).not.toBeNull();
    // Beta has no such item: its raw.r is there.
    expect(extras[1]!.items.every((i) => i.rawR !== null)).toBe(true);
  });

  it('withholds a correlation and its correction with the reason', () => {
    // Beta is answered by one respondent only: no correlation with it.
    const rows = [
      [1, 2, 3, 4, 5],
      [2, 3, 1, null, null],
      [3, 1, 2, null, null],
      [5, 4, 4, null, null],
    ];
    const { correlations } = tallyOf(rows);
    expect(correlations).toEqual([{ a: 'a', b: 'b', n: 1, r: null, corrected: null, reasons: { r: 'fewer than 2 respondents are scored on both', corrected: 'fewer than 2 respondents are scored on both' } }]);
  });
});
