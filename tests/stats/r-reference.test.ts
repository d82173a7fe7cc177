import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { CohortScores, type ScoredPerson } from '../helpers/row-statistics/cohort-scores.js';
import { tallyStatistics, type SectionStatistics, type ThemeCohortStatistics } from '../../src/core/stats/cohort-statistics.js';
import { cohortStatistics } from '../helpers/row-statistics/cohort-statistics.js';
import { CohortTally, TallyLayout } from '../../src/core/stats/cohort-tally.js';
import { RowScorer } from '../../src/core/score/row-scorer.js';
import { allRows } from '../helpers/row-statistics/matrix.js';
import { pairwiseCorrelation, pairwiseCovariance } from '../../src/core/stats/pairwise.js';
import { pairwiseMoments } from '../helpers/row-statistics/pairwise-moments.js';

// reference.json was computed by R psych (reference.R) from responses.csv (generate.ts); this
// test needs neither R nor the generator.
const file = (name: string) => readFileSync(fileURLToPath(new URL(`reference/${name}`, import.meta.url)), 'utf8');

interface ReferenceScale {
  id: string;
  items: string[];
  raw_alpha: number;
  std_alpha: number;
  alpha_items: string[];
  r_drop: number[];
  alpha_drop: number[];
  item_n: number[];
  item_mean: number[];
  item_sd: number[];
  cov: (number | null)[][];
  cor: (number | null)[][];
  scores: (number | null)[];
  score_n: number;
  score_mean: number;
  score_sd: number;
  score_median: number;
  score_min: number;
  score_max: number;
}
const reference = JSON.parse(file('reference.json')) as { respondents: number; scales: ReferenceScale[] };
const questionnaire = loadQuestionnaire(file('reference.yaml'), 'reference.yaml').questionnaire!;

const [header, ...lines] = file('responses.csv')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
const raw = (row: string[], item: string) => (row[header!.indexOf(item)] === '' ? null : Number(row[header!.indexOf(item)]));
const scaleOf = (id: string) => reference.scales.find((s) => s.id === id)!;

/**
 * Each respondent as the scoring engine would hand them over: keyed answers (t4 reversed on the
 * 1-5 scale: 6 - answer) and every theme and facet score, here R's scoreItems(impute = "none").
 */
const people: ScoredPerson[] = lines.map((row, r) => {
  const group = (id: string) => ({ id, score: scaleOf(id).scores[r] ?? null, band: null });
  return {
    items: questionnaire.themes
      .flatMap((t) => t.scoredItems)
      .map((item) => {
        const answer = raw(row, item.id);
        return { id: item.id, keyed: answer === null ? null : item.keyed === 'minus' ? 6 - answer : answer };
      }),
    themes: questionnaire.themes.map((t) => ({ ...group(t.id), facets: t.facets.map((f) => group(f.id)) })),
  };
});

const cohort = new CohortScores(questionnaire);
people.forEach((p) => cohort.add(p));
const statistics = cohortStatistics(cohort);
const bySection = (themes: ThemeCohortStatistics[]) => new Map<string, SectionStatistics>(themes.flatMap((t) => [[t.id, t] as const, ...t.facets.map((f) => [f.id, f] as const)]));
const groups = bySection(statistics);

/**
 * The same rows folded into a tally as `syslead report` reads them, scored by syslead (min_answered
 * 0 scores a theme from any answered item, as scoreItems(impute = "none") does).
 */
const tallied = (() => {
  const scoring = loadQuestionnaire(file('reference.yaml').replace('default_scale: five', 'default_scale: five\nscoring: { method: mean, min_answered: 0 }'), 'reference.yaml').questionnaire!;
  const scorer = new RowScorer(scoring);
  const tally = new CohortTally(new TallyLayout(scoring));
  const keyed = new Float64Array(scorer.scoredItems.length);
  const scores = new Float64Array(2 * scorer.sectionIds.length);
  const percents = new Float64Array(scorer.sectionIds.length);
  lines.forEach((row, r) => {
    scorer.score(
      Float64Array.from(scorer.scoredItems, (item) => raw(row, item.id) ?? NaN),
      keyed,
      scores,
      percents,
    );
    tally.add(keyed, scores, percents, r);
  });
  return bySection(tallyStatistics(tally));
})();

const TOLERANCE = 1e-9;
const close = (actual: number | null | undefined, expected: number | null) => {
  if (expected === null) return expect(actual ?? null).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(TOLERANCE);
};

describe.each(reference.scales.flatMap((s) => [[s.id, 'rows in a matrix', s, groups] as const, [s.id, 'tallies', s, tallied] as const]))('%s against R psych, from %s', (id, _from, ref, computed) => {
  const stats = computed.get(id)!;

  it('has raw and standardized alpha as psych::alpha()', () => {
    close(stats.alpha, ref.raw_alpha);
    close(stats.alphaStandardized, ref.std_alpha);
    expect(stats.alphaExcluded).toEqual(ref.items.filter((item) => !ref.alpha_items.includes(item)));
  });

  it('has r.drop and alpha if dropped per item (null for an item alpha left out)', () => {
    for (const item of stats.items) {
      const at = ref.alpha_items.indexOf(item.id);
      close(item.rDrop, at < 0 ? null : ref.r_drop[at]!);
      close(item.alphaIfDropped, at < 0 ? null : ref.alpha_drop[at]!);
    }
  });

  it('has item n, missing, mean and SD of the keyed values', () => {
    expect(stats.items.map((i) => i.id)).toEqual(ref.items);
    expect(stats.items.map((i) => i.n)).toEqual(ref.item_n);
    expect(stats.items.map((i) => i.missing)).toEqual(ref.item_n.map((n) => reference.respondents - n));
    stats.items.forEach((item, i) => {
      close(item.mean, ref.item_mean[i]!);
      close(item.sd, ref.item_sd[i]!);
    });
  });

  it('summarises the person scores with a sample SD', () => {
    expect(stats.n).toBe(ref.score_n);
    expect(stats.unscored).toBe(reference.respondents - ref.score_n);
    close(stats.mean, ref.score_mean);
    close(stats.sd, ref.score_sd);
    close(stats.median, ref.score_median);
    close(stats.min, ref.score_min);
    close(stats.max, ref.score_max);
  });

  it('has the covariances and correlations of cov() and cor() with use = "pairwise"', () => {
    const columns = ref.items.map((item) => cohort.columnOf(item));
    const moments = pairwiseMoments(cohort.keyedItems(), columns, allRows(cohort.size));
    const cov = pairwiseCovariance(moments);
    const cor = pairwiseCorrelation(moments);
    const k = ref.items.length;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        close(Number.isNaN(cov[i * k + j]!) ? null : cov[i * k + j]!, ref.cov[i]![j]!);
        close(Number.isNaN(cor[i * k + j]!) ? null : cor[i * k + j]!, ref.cor[i]![j]!);
      }
    }
  });
});

describe('response frequencies', () => {
  it('count raw answers (before reverse keying), listing every scale point', () => {
    const t4 = groups.get('together')!.items.find((i) => i.id === 't4')!;
    const column = lines.map((row) => raw(row, 't4'));
    for (let point = 1; point <= 5; point++) expect(t4.frequencies[point]).toBe(column.filter((v) => v === point).length);
    expect(t4.missing).toBe(column.filter((v) => v === null).length);
    // Nobody answered t7 with 1: the point is still listed, with 0.
    expect(groups.get('acting')!.items.find((i) => i.id === 't7')!.frequencies[1]).toBe(0);
  });
});

describe('every figure is JSON-safe', () => {
  it('holds no NaN or infinity anywhere (null instead)', () => {
    const numbers: number[] = [];
    JSON.stringify(statistics, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});
