import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

/** A file whose alias sits inside the value it names: yaml would make that value contain itself. */
const SELF_REFERENCE = 'attributes: &a {team: *a}\n';
const located = (file: string) => `${file}:3:23: error: alias *a refers to itself`;

function folders() {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-aliases-'));
  const questionnaires = join(dir, 'questionnaires');
  const answers = join(dir, 'answers');
  mkdirSync(questionnaires);
  mkdirSync(answers);
  copyFileSync(fixture('minimal.yaml'), join(questionnaires, 'minimal.yaml'));
  writeFileSync(join(questionnaires, 'cyclic.yaml'), `id: cyclic\nversion: 1\n${SELF_REFERENCE}`);
  const good = (name: string) => writeFileSync(join(answers, name), 'questionnaire: minimal\nversion: 1\nanswers: { a1: 4, a2: 2, a3: 5 }\n');
  good('a.yaml');
  good('c.yaml');
  writeFileSync(join(answers, 'b.yaml'), `questionnaire: minimal\nversion: 1\n${SELF_REFERENCE}answers: { a1: 1 }\n`);
  return { questionnaires, answers, cyclicQuestionnaire: join(questionnaires, 'cyclic.yaml'), cyclicAnswers: join(answers, 'b.yaml') };
}

describe('a self-referencing YAML alias is a located error in every command, and one such file is skipped', () => {
  it('validate', async () => {
    const { cyclicQuestionnaire } = folders();
    const r = await runCli(['validate', cyclicQuestionnaire]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(located(cyclicQuestionnaire));
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
  });

  it('list reports and skips the file, listing the others', async () => {
    const { questionnaires, cyclicQuestionnaire } = folders();
    const r = await runCli(['list', '--json', '--questionnaires', questionnaires]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(located(cyclicQuestionnaire));
    expect((JSON.parse(r.stdout) as { id: string }[]).map((q) => q.id)).toContain('minimal');
  });

  it('score', async () => {
    const { questionnaires, cyclicAnswers } = folders();
    const r = await runCli(['score', '--questionnaires', questionnaires, cyclicAnswers]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(located(cyclicAnswers));
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
  });

  it('report skips the one bad answer file and reports on the rest', async () => {
    const { questionnaires, answers, cyclicAnswers } = folders();
    const r = await runCli(['report', '--format', 'json', '--questionnaires', questionnaires, answers]);
    expect(r.stderr).toContain(located(cyclicAnswers));
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(JSON.parse(r.stdout).respondents).toMatchObject({ read: 3, scored: 2, skipped: 1 });
  });
});
