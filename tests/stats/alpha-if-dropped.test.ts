import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/core/stats/alpha.js';
import type { CohortReport } from '../../src/core/report/cohort.js';
import { allRows, type ItemMatrix } from '../helpers/row-statistics/matrix.js';
import { itemStatistics } from '../helpers/row-statistics/pairwise-moments.js';
import { runCli } from '../helpers/cli.js';

// reference.json was computed by R psych 2.2.9 (drop-reference/reference.R, which also wrote
// responses.csv): alpha if dropped as psych's alpha.1 on the remaining items' covariances, where
// items d4 and d5 were never answered together. The test needs no R.
const path = (name: string) => fileURLToPath(new URL(`drop-reference/${name}`, import.meta.url));
const reference = JSON.parse(readFileSync(path('reference.json'), 'utf8')) as { items: string[]; alpha_drop: (number | null)[]; r_drop: (number | null)[] };
const [header, ...lines] = readFileSync(path('responses.csv'), 'utf8').trim().split('\n');
const rows = lines.map((line) => line.split(',').map((cell) => (cell === '' ? NaN : Number(cell))));
const matrix: ItemMatrix = { rows: rows.length, columns: rows[0]!.length, values: Float64Array.from(rows.flat()) };

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
};

describe('alpha if dropped with a pair of items never answered together (R psych 2.2.9)', () => {
  it('has the reference data it claims: d4 and d5 share no respondent', () => {
    expect(header).toBe('"d1","d2","d3","d4","d5"');
    expect(rows.some((r) => !Number.isNaN(r[3]!) && !Number.isNaN(r[4]!))).toBe(false);
    expect(reference.alpha_drop.filter((a) => a !== null)).toHaveLength(2);
  });

  it('gives each drop the alpha of the remaining items, null only where they still hold the pair', () => {
    const stats = itemStatistics(matrix, [0, 1, 2, 3, 4], allRows(matrix.rows));
    const a = cronbachAlpha(stats.covariance, 5, reference.items);
    reference.alpha_drop.forEach((expected, i) => close(a.alphaIfDropped[i]!, expected));
    reference.r_drop.forEach((expected, i) => close(a.rDrop[i]!, expected));
    expect(a.raw).toBeNull();
    expect(a.reasons.alpha).toBe('d4 and d5 were never answered together by 2 or more respondents');
    expect(a.itemReasons[0]).toEqual({ rDrop: a.reasons.alpha, alphaIfDropped: `among the other items, ${a.reasons.alpha}` });
    expect(a.itemReasons[3]).toEqual({ rDrop: a.reasons.alpha });
  });

  it('says the same in the report JSON, end to end, each null with its reason', async () => {
    const r = await runCli(['report', '--questionnaire', path('drops.yaml'), '--format', 'json', path('responses.csv')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CohortReport;
    const [theme] = report.themes;
    expect(theme!.items.map((i) => i.id)).toEqual(reference.items);
    theme!.items.forEach((item, i) => {
      close(item.alphaIfDropped, reference.alpha_drop[i]!);
      close(item.rDrop, reference.r_drop[i]!);
      // std.r and r.cor come of the whole correlation matrix, undefined too with a pair never answered together.
      expect(Object.keys(item.reasons).sort()).toEqual([...(item.alphaIfDropped === null ? ['alphaIfDropped'] : []), 'rCor', 'rDrop', 'stdR']);
    });
    expect(theme!.alpha).toBeNull();
    expect(theme!.reasons.alpha).toContain('d4 and d5');
  });
});
