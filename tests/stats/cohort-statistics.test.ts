import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { CohortScores } from '../helpers/row-statistics/cohort-scores.js';
import { cohortStatistics } from '../helpers/row-statistics/cohort-statistics.js';
import { fixture } from '../helpers/cli.js';

// minimal.yaml: theme alpha with a1, a2 (keyed minus), a3 on a 1-5 scale; bands low (< 50) and high.
const questionnaire = loadQuestionnaire(readFileSync(fixture('minimal.yaml'), 'utf8'), 'minimal.yaml').questionnaire!;

const person = (keyed: (number | null)[], score: number | null, band: string | null) => ({
  items: ['a1', 'a2', 'a3'].map((id, i) => ({ id, keyed: keyed[i]! })),
  themes: [{ id: 'alpha', score, band, facets: [] }],
});

describe('cohort statistics', () => {
  const cohort = new CohortScores(questionnaire);
  cohort.add(person([1, 2, 2], 5 / 3, 'low'));
  cohort.add(person([2, 3, 3], 8 / 3, 'low'));
  cohort.add(person([4, 4, null], 4, 'high'));
  cohort.add(person([5, 5, 4], 14 / 3, 'high'));
  cohort.add(person([null, null, null], null, null));

  it('counts bands and unscored respondents, and turns keyed values back into raw answers', () => {
    const [alpha] = cohortStatistics(cohort);
    expect(cohort.size).toBe(5);
    expect({ ...alpha!.bands }).toEqual({ low: 2, high: 2 });
    expect([alpha!.n, alpha!.unscored]).toEqual([4, 1]);
    // a2 is reverse-keyed: keyed 2 3 4 5 were answered 4 3 2 1.
    expect({ ...alpha!.items[1]!.frequencies }).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 0 });
    expect(alpha!.items.map((i) => i.missing)).toEqual([1, 1, 2]);
    // As the hand-worked case with one answer missing: raw alpha 105/106.
    expect(alpha!.alpha).toBeCloseTo(105 / 106, 12);
  });

  it("computes a group's statistics from its rows only", () => {
    const [alpha] = cohortStatistics(cohort, [2, 3]);
    expect({ ...alpha!.bands }).toEqual({ low: 0, high: 2 });
    expect(alpha!.mean).toBeCloseTo((4 + 14 / 3) / 2, 12);
    expect(alpha!.items.map((i) => i.n)).toEqual([2, 2, 1]);
    // a3 has one answer among these rows, so no variance, and is left out; a1 and a2 (4 5 and 4 5)
    // have covariance matrix [[1/2, 1/2], [1/2, 1/2]]: trace 1, sum 2, alpha 2 * (1 - 1/2) = 1.
    expect(alpha!.alphaExcluded).toEqual(['a3']);
    expect(alpha!.alpha).toBeCloseTo(1, 12);
  });
});
