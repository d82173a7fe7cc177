import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/evaluate/build.js';
import { fixture, runCli } from '../helpers/cli.js';

const questionnaire = fixture('evaluate/change.yaml');
const HEADER = 'Email,Name,l1,l2,l3,a1,a2,a3,f1,f2,f3';
const dir = mkdtempSync(join(tmpdir(), 'syslead-evaluate-'));
let files = 0;
function csv(rows: string[]): string {
  const file = join(dir, `wave-${files++}.csv`);
  writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  return file;
}
const evaluateJson = async (before: string, after: string, extra: string[] = []) => {
  const result = await runCli(['evaluate', '--match-by', 'Email', '-q', questionnaire, before, after, '--format', 'json', ...extra]);
  return { ...result, model: result.stdout === '' ? undefined : (JSON.parse(result.stdout) as Evaluation) };
};
const row = (email: string, name: string, answers: string) => `${email},${name},${answers}`;

describe('syslead evaluate: matching', () => {
  it('matches keys ignoring case and surrounding spaces, and counts the unmatched on each side', async () => {
    const before = csv([row('a@x.org', 'Ann', '1,2,3,4,5,4,3,2,1'), row('b@x.org', 'Ben', '2,2,2,2,2,2,2,2,2'), row('c@x.org', 'Cy', '3,3,3,3,3,3,3,3,3')]);
    const after = csv([row('  A@X.ORG ', 'Ann', '2,2,3,4,5,4,3,2,1'), row('B@x.org', 'Ben', '3,2,2,2,2,2,2,2,2'), row('d@x.org', 'Di', '3,3,3,3,3,3,3,3,3')]);
    const { code, model, stderr } = await evaluateJson(before, after, ['--min-group', '1']);
    expect(code).toBe(0);
    expect(model!.matching).toMatchObject({ matched: 2, before: { respondents: 3, matched: 2, unmatched: 1, withoutKey: 0, duplicated: 0 }, after: { respondents: 3, matched: 2, unmatched: 1 } });
    expect(stderr).toContain('matched 2 people by "Email"');
    expect(stderr).toContain('BEFORE: 3 respondents: 2 matched, 1 not in AFTER');
  });

  it('matches nobody whose key is met twice in a wave, says why, and exits 1', async () => {
    const before = csv([row('a@x.org', 'Ann', '1,2,3,4,5,4,3,2,1'), row('a@x.org', 'Ann again', '2,2,2,2,2,2,2,2,2'), row('', 'Nobody', '3,3,3,3,3,3,3,3,3'), row('b@x.org', 'Ben', '3,3,3,3,3,3,3,3,3')]);
    const after = csv([row('a@x.org', 'Ann', '2,2,3,4,5,4,3,2,1'), row('b@x.org', 'Ben', '3,2,2,2,2,2,2,2,2')]);
    const { code, model, stderr } = await evaluateJson(before, after, ['--min-group', '1']);
    expect(code).toBe(1);
    expect(model!.matching).toMatchObject({
      matched: 1,
      before: { respondents: 4, duplicated: 2, duplicateKeys: 1, withoutKey: 1, matched: 1, unmatched: 0, duplicatedInOther: 0 },
      after: { unmatched: 0, duplicatedInOther: 1 },
    });
    expect(stderr).toContain('2 sharing a value with another of this wave (1 value: none of them matched)');
    expect(stderr).toContain('1 without a value in "Email"');
  });

  it('writes nothing with --strict when a row could not be matched for a reason other than absence', async () => {
    const before = csv([row('a@x.org', 'Ann', '1,2,3,4,5,4,3,2,1'), row('', 'Nobody', '3,3,3,3,3,3,3,3,3')]);
    const after = csv([row('a@x.org', 'Ann', '2,2,3,4,5,4,3,2,1')]);
    const result = await runCli(['evaluate', '--match-by', 'Email', '-q', questionnaire, before, after, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });
});

it('matches by a column read as the respondent name (Name)', async () => {
  const before = csv([row('a@x.org', 'Ann Ames', '1,2,3,4,5,4,3,2,1'), row('b@x.org', 'Ben Bo', '2,2,2,2,2,2,2,2,2')]);
  const after = csv([row('z@x.org', ' ann  AMES', '2,2,3,4,5,4,3,2,1'), row('y@x.org', 'Ben Bo', '3,2,2,2,2,2,2,2,2')]);
  const result = await runCli(['evaluate', '--match-by', 'Name', '-q', questionnaire, before, after, '--format', 'json', '--min-group', '1']);
  expect(result.code).toBe(0);
  expect((JSON.parse(result.stdout) as Evaluation).matching.matched).toBe(2);
});

describe('syslead evaluate: anonymity', () => {
  const people = ['Annabel Quist', 'Benedict Yarrow', 'Cyrielle Vantongeren', 'Dimitra Okonkwo'];
  const before = csv(people.map((n, i) => row(`${n.split(' ')[0]}@x.org`, n, `${1 + i},2,3,${1 + i},2,3,3,${2 + (i % 2)},1`)));
  const after = csv(people.map((n, i) => row(`${n.split(' ')[0]}@x.org`, n, `${2 + (i % 3)},2,3,${2 + i},2,4,3,3,${1 + i}`)));

  it('withholds every figure, with the reason, when fewer people matched than --min-group', async () => {
    const { code, model, stderr } = await evaluateJson(before, after, ['--min-group', '5', '--per-respondent']);
    expect(code).toBe(0);
    expect(model!.withheld).toMatch(/4 matched people, fewer than the anonymity floor of 5/);
    expect(model!.people).toBeNull();
    for (const s of model!.sections) {
      expect([s.meanBefore, s.change, s.effect, s.reliableChange]).toEqual([null, null, null, null]);
      expect(s.changeWithheld).toBe(model!.withheld);
    }
    expect(stderr).toContain('fewer than the anonymity floor');
  });

  it('withholds a theme with fewer people scored in both waves than the floor, keeping the others', async () => {
    const skipsFocus = csv(people.map((n, i) => row(`${n.split(' ')[0]}@x.org`, n, i === 0 ? '3,2,3,4,2,4,,,' : `${2 + (i % 3)},2,3,${2 + i},2,4,3,3,${1 + i}`)));
    const { code, model } = await evaluateJson(before, skipsFocus, ['--min-group', '4']);
    expect(code).toBe(0);
    const focus = model!.sections.find((s) => s.id === 'focus')!;
    expect(focus).toMatchObject({ pairs: 3, change: null, changeWithheld: '3 people with a score in both waves, fewer than the anonymity floor of 4' });
    expect(model!.sections.find((s) => s.id === 'reach')!.change).not.toBeNull();
  });

  it.each(['text', 'md', 'json', 'csv', 'html'])('names nobody in %s without --per-respondent, and names them with it', async (format) => {
    const args = ['evaluate', '--match-by', 'Email', '-q', questionnaire, before, after, '--format', format];
    const hidden = await runCli(args);
    expect(hidden.code).toBe(0);
    for (const n of people) {
      expect(hidden.stdout).not.toContain(n);
      expect(hidden.stdout.toLowerCase()).not.toContain(`${n.split(' ')[0]!.toLowerCase()}@x.org`);
    }
    const shown = await runCli([...args, '--per-respondent']);
    for (const n of people) expect(shown.stdout).toContain(n);
  });
});
