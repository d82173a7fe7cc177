import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { RowScorer } from '../../src/core/score/row-scorer.js';
import { tallyStatistics } from '../../src/core/stats/cohort-statistics.js';
import { CohortTally, TallyLayout } from '../../src/core/stats/cohort-tally.js';
import { sectionCorrelations, sectionExtras } from '../../src/core/stats/section-extras.js';

// reference.json was computed by R 4.2 with psych 2.2.9 (psych-extras/reference.R) from bfi.csv and
// ability.csv, psych's own data; this test needs no R.
const file = (name: string) => readFileSync(fileURLToPath(new URL(`psych-extras/${name}`, import.meta.url)), 'utf8');

interface ReferenceSection {
  id: string;
  rows: number;
  raw_alpha: number;
  std_alpha: number;
  g6: number;
  average_r: number;
  signal_noise: number;
  ase: number;
  median_r: number;
  feldt: [number, number];
  duhachek: [number, number];
  raw_r: number[];
  std_r: number[];
  r_cor: number[];
  r_drop: number[];
  score_n: number;
  score_mean: number;
  mean_se: number;
  mean_ci: [number, number];
}
interface ReferenceSet {
  respondents: number;
  sections: ReferenceSection[];
  correlations: { a: string; b: string; n: number; r: number; corrected: number }[];
}
const reference = JSON.parse(file('reference.json')) as Record<'bfi' | 'ability', ReferenceSet> & {
  bfi_complete: { respondents: number; rows: number[]; cor: number[][]; corrected: number[][] };
};

/** The CSV's rows folded into a tally as `syslead report` reads them, scored by syslead. */
function tallied(name: 'bfi' | 'ability', only?: readonly number[]) {
  const questionnaire = loadQuestionnaire(file(`${name}.yaml`), `${name}.yaml`).questionnaire!;
  const [header, ...lines] = file(`${name}.csv`)
    .trim()
    .split('\n')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').toLowerCase().replace('.', '-')));
  const scorer = new RowScorer(questionnaire);
  const tally = new CohortTally(new TallyLayout(questionnaire));
  const keyed = new Float64Array(scorer.scoredItems.length);
  const scores = new Float64Array(2 * scorer.sectionIds.length);
  const percents = new Float64Array(scorer.sectionIds.length);
  const columns = scorer.scoredItems.map((item) => header!.indexOf(item.id));
  expect(columns).not.toContain(-1);
  const keep = only ? new Set(only.map((r) => r - 1)) : undefined;
  lines.forEach((row, r) => {
    if (keep && !keep.has(r)) return;
    scorer.score(
      Float64Array.from(columns, (c) => (row[c] === '' ? NaN : Number(row[c]))),
      keyed,
      scores,
      percents,
    );
    tally.add(keyed, scores, percents, r);
  });
  const themes = tallyStatistics(tally);
  const sections = themes.flatMap((t) => [t, ...t.facets]);
  const extras = sectionExtras(tally, themes);
  return { tally, sections, extras, correlations: sectionCorrelations(tally, themes) };
}

const TOLERANCE = 1e-9;
const close = (actual: number | null | undefined, expected: number, what: string) => {
  expect(actual, what).not.toBeNull();
  expect(actual, what).not.toBeUndefined();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThan(TOLERANCE);
};

describe.each(['bfi', 'ability'] as const)('psych 2.2.9 on %s', (name) => {
  const ref = reference[name];
  const { tally, sections, extras, correlations } = tallied(name);

  it('has every section and respondent', () => {
    expect(tally.rows).toBe(ref.respondents);
    expect(sections.map((s) => s.id)).toEqual(ref.sections.map((s) => s.id));
  });

  describe.each(ref.sections.map((s, g) => [s.id, s, g] as const))('%s', (_id, section, g) => {
    const stats = sections[g]!;
    const extra = extras[g]!;

    it('has alpha as before, and G6(smc), average_r, median_r and S/N as psych::alpha', () => {
      close(stats.alpha, section.raw_alpha, 'raw_alpha');
      close(stats.alphaStandardized, section.std_alpha, 'std.alpha');
      close(extra.g6, section.g6, 'G6(smc)');
      close(extra.averageR, section.average_r, 'average_r');
      close(extra.medianR, section.median_r, 'median_r');
      close(extra.signalNoise, section.signal_noise, 'S/N');
      expect(extra.reasons).toEqual({});
    });

    it("has psych's ase and the Feldt and Duhachek 95% intervals of alpha", () => {
      close(extra.alphaSE, section.ase, 'ase');
      close(extra.alphaFeldt?.lower, section.feldt[0], 'Feldt lower');
      close(extra.alphaFeldt?.upper, section.feldt[1], 'Feldt upper');
      close(extra.alphaDuhachek?.lower, section.duhachek[0], 'Duhachek lower');
      close(extra.alphaDuhachek?.upper, section.duhachek[1], 'Duhachek upper');
    });

    it('has raw.r, std.r, r.cor and r.drop per item', () => {
      stats.items.forEach((item, i) => {
        close(extra.items[i]!.rawR, section.raw_r[i]!, `${item.id} raw.r`);
        close(extra.items[i]!.stdR, section.std_r[i]!, `${item.id} std.r`);
        close(extra.items[i]!.rCor, section.r_cor[i]!, `${item.id} r.cor`);
        close(item.rDrop, section.r_drop[i]!, `${item.id} r.drop`);
        expect(extra.items[i]!.reasons).toEqual({});
      });
    });

    it("has the mean score's standard error and t-based 95% CI as t.test", () => {
      expect(stats.n).toBe(section.score_n);
      close(stats.mean, section.score_mean, 'mean');
      close(extra.meanSE, section.mean_se, 'se');
      close(extra.meanCI?.lower, section.mean_ci[0], 'CI lower');
      close(extra.meanCI?.upper, section.mean_ci[1], 'CI upper');
    });
  });

  it('has the correlations of the person scores, pairwise, raw and corrected for attenuation', () => {
    expect(correlations.map((c) => [c.a, c.b])).toEqual(ref.correlations.map((c) => [c.a, c.b]));
    correlations.forEach((c, i) => {
      const expected = ref.correlations[i]!;
      expect(c.n).toBe(expected.n);
      close(c.r, expected.r, `${c.a}-${c.b} r`);
      close(c.corrected, expected.corrected, `${c.a}-${c.b} corrected`);
    });
  });
});

describe('psych 2.2.9 scoreItems on the complete rows of bfi', () => {
  const complete = reference.bfi_complete;
  const { tally, sections, correlations } = tallied('bfi', complete.rows);

  it('prints the same correlations, raw and corrected for attenuation, and alpha on the diagonal', () => {
    expect(tally.rows).toBe(complete.respondents);
    const index = new Map(sections.map((s, i) => [s.id, i] as const));
    sections.forEach((s, i) => close(s.alpha, complete.corrected[i]![i]!, `${s.id} alpha`));
    for (const c of correlations) {
      const [i, j] = [index.get(c.a)!, index.get(c.b)!];
      close(c.r, complete.cor[i]![j]!, `${c.a}-${c.b} r`);
      close(c.corrected, complete.corrected[i]![j]!, `${c.a}-${c.b} corrected`);
    }
  });
});
