import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/evaluate/build.js';
import { evaluationSchema } from '../../src/core/evaluate/schema.js';
import { fixture, runCli } from '../helpers/cli.js';

// Reference figures computed by R 4.2.2 with psych 2.2.9 from the same two CSVs:
// tests/fixtures/evaluate/reference.R wrote tests/fixtures/evaluate/reference.json
// (t.test(after, before, paired = TRUE); d_z's CI by uniroot over pt(t, n - 1, ncp), tol 1e-14;
// RCI from sd() of every BEFORE respondent's percent and psych::alpha's raw_alpha of BEFORE).
interface Reference {
  n: number;
  meanBefore: number;
  meanAfter: number;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  statistic: number;
  df: number;
  pValue: number;
  dz: number;
  dzLower: number;
  dzUpper: number;
  alpha: number;
  baselineSd: number;
  seDiff: number;
  improved: number;
  noReliableChange: number;
  declined: number;
  rci: Record<string, number>;
}
const reference = JSON.parse(readFileSync(fixture('evaluate/reference.json'), 'utf8')) as { matched: number } & Record<string, Reference>;
const args = ['evaluate', '--match-by', 'Email', '-q', fixture('evaluate/change.yaml'), fixture('evaluate/before.csv'), fixture('evaluate/after.csv'), '--format', 'json'];

const close = (actual: number | null | undefined, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
};

describe('syslead evaluate against R', async () => {
  const result = await runCli([...args, '--per-respondent']);
  const model = JSON.parse(result.stdout) as Evaluation;

  it('is valid by its JSON schema', () => {
    expect(evaluationSchema.safeParse(model).success).toBe(true);
  });

  it('matches the people R matches', () => {
    expect(model.matching.matched).toBe(reference.matched);
    expect(model.people).toHaveLength(reference.matched);
  });

  it.each(['reach', 'listen', 'act', 'focus'])('%s: t.test, d_z with its noncentral-t CI and RCI equal R to 1e-9', (id) => {
    const r = reference[id]!;
    const s = model.sections.find((x) => x.id === id)!;
    expect(s.pairs).toBe(r.n);
    close(s.meanBefore, r.meanBefore);
    close(s.meanAfter, r.meanAfter);
    close(s.change?.estimate, r.estimate);
    close(s.change?.ciLower, r.ciLower);
    close(s.change?.ciUpper, r.ciUpper);
    close(s.change?.statistic, r.statistic);
    expect(s.change?.df).toBe(r.df);
    close(s.change?.pValue, r.pValue);
    close(s.effect?.dz, r.dz);
    close(s.effect?.ciLower, r.dzLower);
    close(s.effect?.ciUpper, r.dzUpper);
    close(s.reliableChange?.alpha, r.alpha);
    close(s.reliableChange?.baselineSd, r.baselineSd);
    close(s.reliableChange?.seDiff, r.seDiff);
    expect([s.reliableChange?.improved, s.reliableChange?.noReliableChange, s.reliableChange?.declined]).toEqual([r.improved, r.noReliableChange, r.declined]);
    for (const person of model.people!) close(person.sections.find((x) => x.id === id)!.rci, r.rci[person.name]!);
  });
});
