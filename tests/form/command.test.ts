/** `syslead form` as a user runs it: what it writes, what it says, and what it refuses. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSubjectList } from '../../src/core/form/subject-list.js';
import { ROOT, runCli } from '../helpers/cli.js';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'syslead-form-cmd-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const folder = (name: string) => join(scratch, name);

describe('syslead form', () => {
  it('writes the import and its map into --out-dir and says what to do with each, step by step', async () => {
    const out = folder('lime');
    const r = await runCli(['form', 'systems-leadership', '--for', 'limesurvey', '--out-dir', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['systems-leadership.limesurvey.map.yaml', 'systems-leadership.limesurvey.txt']);
    expect(r.stdout).toContain(`${join(out, 'systems-leadership.limesurvey.txt')}  to import`);
    expect(r.stdout).toContain(`${join(out, 'systems-leadership.limesurvey.map.yaml')}  give it to report and feedback as --map`);
    expect(r.stdout).toMatch(/\nNext:\n {2}1\. In LimeSurvey choose Create survey → Import/);
    expect(r.stdout).toMatch(/ {2}3\. When responses are in/);
  });

  it('refuses to replace files, writing nothing, unless --force', async () => {
    const out = folder('again');
    expect((await runCli(['form', 'systems-leadership-quick', '--for', 'google', '--out-dir', out])).code).toBe(0);
    const file = join(out, 'systems-leadership-quick.google-apps-script.js');
    writeFileSync(file, 'mine');
    const again = await runCli(['form', 'systems-leadership-quick', '--for', 'google', '--out-dir', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists: add --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await runCli(['form', 'systems-leadership-quick', '--for', 'google', '--out-dir', out, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^\/\/ Builds the Google Form/);
  });

  it('offers the participants of --subject-list (a file or stdin) on the observer form', async () => {
    const out = folder('subjects');
    const r = await runCli(['form', 'systems-leadership-observer', '--for', 'qualtrics', '--out-dir', out, '--subject-list', '-'], { input: '\uFEFFSam Patel\r\n\r\n  Jo   Evans  \r\n' });
    expect(r.code).toBe(0);
    const txt = readFileSync(join(out, 'systems-leadership-observer.qualtrics.txt'), 'utf8');
    expect(txt).toContain('[[ID:subject]]\nWho are you giving feedback about?\n[[Choices]]\nSam Patel\nJo Evans\n');
  });

  it('refuses --subject-list on a self-assessment as a usage error', async () => {
    const list = join(scratch, 'people.txt');
    writeFileSync(list, 'Sam Patel\n');
    const r = await runCli(['form', 'systems-leadership', '--for', 'google', '--out-dir', folder('self'), '--subject-list', list]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--subject-list is for an observer form, and systems-leadership is a self-assessment/);
    expect(existsSync(folder('self'))).toBe(false);
  });

  it('gives each problem of the subject list at its line and column, and writes nothing', async () => {
    const list = join(scratch, 'twice.txt');
    writeFileSync(list, 'Sam Patel\n  sam  PATEL\nJo Evans\n');
    const r = await runCli(['form', 'systems-leadership-observer', '--for', 'redcap', '--out-dir', folder('twice'), '--subject-list', list]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${list}:2:3: error: "sam PATEL" is already on line 1: give each person once (names are matched ignoring case and spacing)`);
    expect(existsSync(folder('twice'))).toBe(false);
  });

  it('refuses a questionnaire whose export could not tell two statements or two themes apart, writing nothing', async () => {
    const file = join(scratch, 'alike.yaml');
    const base = readFileSync(join(ROOT, 'questionnaires/systems-leadership-quick.yaml'), 'utf8');
    const sv3 = /- id: sv3\n\s+text: (.*)\n/.exec(base)![1]!;
    writeFileSync(file, base.replace(/(- id: sv4\n\s+text: ).*\n/, `$1${sv3.toUpperCase()}\n`).replace('title: Outcome focus', 'title: Shared  values'));
    const r = await runCli(['form', file, '--for', 'google', '--out-dir', folder('alike')]);
    expect(r.stderr).toMatch(/cannot be made into a survey whose export syslead reads back: items sv3 and sv4 are worded alike, .*; themes shared-values and outcome-focus have the same title/);
    expect(r.code).toBe(1);
    expect(existsSync(folder('alike'))).toBe(false);
  });

  it('refuses an unknown platform and lists the ones it knows', async () => {
    const r = await runCli(['form', 'systems-leadership', '--for', 'typeform', '--out-dir', folder('x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are google, qualtrics, limesurvey, redcap, ms-forms, paper, csv\./);
  });

  it('refuses a questionnaire it cannot find', async () => {
    const r = await runCli(['form', 'no-such-questionnaire', '--for', 'paper', '--out-dir', folder('none')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-questionnaire/);
  });
});

describe('the subject list', () => {
  it('takes one name per line, spaces tidied, blank lines and a byte-order mark ignored', () => {
    expect(parseSubjectList('\uFEFF Sam  Patel \n\n\tJo Evans\r\nAna Ruiz', 'l.txt')).toEqual({ subjects: ['Sam Patel', 'Jo Evans', 'Ana Ruiz'], problems: [] });
  });

  it('refuses an empty list, an over-long name and more names than a drop-down holds', () => {
    expect(parseSubjectList('\n \n', 'l.txt').problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['1:1 the list names nobody: give one name per line']);
    expect(parseSubjectList(`Sam\n${'x'.repeat(201)}\n`, 'l.txt').problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['2:1 a name of at most 200 characters, please']);
    const many = Array.from({ length: 1001 }, (_, i) => `Person ${i}`).join('\n');
    expect(parseSubjectList(many, 'l.txt').problems[0]!.message).toMatch(/^1001 names: at most 1000/);
  });

  it('lists the first 100 names given twice and counts the rest (found by fuzzing: 66,670 lines of "&")', () => {
    // Line 1 names "&"; lines 2 to 151 repeat it: 100 listed, line 102 says the other 50.
    const { problems } = parseSubjectList('&\t\n'.repeat(151), 'l.txt');
    expect(problems).toHaveLength(101);
    expect(`${problems[0]!.line}:${problems[0]!.column} ${problems[0]!.message}`).toBe('2:1 "&" is already on line 1: give each person once (names are matched ignoring case and spacing)');
    expect(`${problems[100]!.line}:${problems[100]!.column} ${problems[100]!.message}`).toBe('102:1 50 more problems from here on, not shown (only the first 100 are)');
  });
});
