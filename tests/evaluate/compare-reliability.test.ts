import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/compare.js';
import { fixture, runCli } from '../helpers/cli.js';
import { changeTestResults } from '../helpers/change-test-results.js';

const dir = mkdtempSync(join(tmpdir(), 'syslead-compare-rel-'));
const { a, b } = changeTestResults(dir);
const q = ['--questionnaires', fixture('evaluate')];
// R's alpha and SD of the percents of before.csv (tests/fixtures/evaluate/reference.R); all items on 1-5, so score SD = percent SD / 25.
const reference = JSON.parse(readFileSync(fixture('evaluate/reference.json'), 'utf8')) as Record<string, { alpha: number; baselineSd: number }>;

describe('syslead compare --reliability', async () => {
  const cohort = join(dir, 'cohort.json');
  const report = await runCli(['report', '-q', fixture('evaluate/change.yaml'), fixture('evaluate/before.csv'), '--format', 'json', '-o', cohort]);
  expect(report.code).toBe(0);

  it('judges each change by the RCI from the report alpha and score SD, and says so in every format', async () => {
    const r = await runCli(['compare', ...q, a, b, '--reliability', cohort, '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.reliability).toEqual({ source: cohort });
    const sections = c.themes.flatMap((t) => [t, ...t.facets]);
    // Pat's scores by hand (l2 reversed: 6 - answer): reach 13/6 -> 27/6, listen 2 -> 14/3, act 7/3 -> 13/3, focus 3 -> 10/3.
    const scores: Record<string, [number, number]> = { reach: [13 / 6, 27 / 6], listen: [2, 14 / 3], act: [7 / 3, 13 / 3], focus: [3, 10 / 3] };
    for (const s of sections) {
      const { alpha, baselineSd } = reference[s.id]!;
      const [x, y] = scores[s.id]!;
      const expected = (y - x) / ((baselineSd / 25) * Math.SQRT2 * Math.sqrt(1 - alpha));
      expect(s.judgement.method).toBe('rci');
      expect(Math.abs(s.judgement.rci! - expected)).toBeLessThan(1e-9);
      expect(s.judgement.class).toBe(expected > 1.96 ? 'improved' : expected < -1.96 ? 'declined' : 'no reliable change');
    }
    for (const format of ['text', 'md', 'html']) {
      const out = await runCli(['compare', ...q, a, b, '--reliability', cohort, '--format', format]);
      expect(out.stdout).toContain('Reliable change (4 of 4 themes and facets)');
      expect(out.stdout).toContain('RCI');
    }
  });

  it('keeps the rule of thumb without --reliability, and says so', async () => {
    const r = await runCli(['compare', ...q, a, b, '--format', 'json']);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.reliability).toBeNull();
    expect(c.themes.every((t) => t.judgement.method === 'rule-of-thumb' && t.judgement.rci === null)).toBe(true);
    expect((await runCli(['compare', ...q, a, b])).stdout).toContain('rule of thumb');
  });

  it('falls back to the rule of thumb, with the reason, where the report has no alpha', async () => {
    const small = join(dir, 'small.json');
    const csv = join(dir, 'one.csv');
    writeFileSync(csv, `${readFileSync(fixture('evaluate/before.csv'), 'utf8').split('\n').slice(0, 2).join('\n')}\n`);
    await runCli(['report', '-q', fixture('evaluate/change.yaml'), csv, '--format', 'json', '-o', small, '--min-group', '1']);
    const r = await runCli(['compare', ...q, a, b, '--reliability', small, '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    for (const t of c.themes) {
      expect(t.judgement.method).toBe('rule-of-thumb');
      expect(t.judgement.why).toMatch(/no baseline|alpha/);
    }
  });

  it('refuses a report of another questionnaire', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ questionnaire: { id: 'minimal' }, themes: [] }));
    const r = await runCli(['compare', ...q, a, b, '--reliability', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reports on "minimal"');
  });
});
