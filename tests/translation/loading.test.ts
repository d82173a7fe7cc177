import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { QUICK, WELSH, welshText } from './helpers.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-translation-'));
const ANSWERS = 'questionnaire: systems-leadership-quick\nversion: 1\nanswers: {sv2: 4, sv3: 3, sv4: 5, sv5: 2, of1: 4, of3: 3, of4: 2, of5: 1, mp1: 5, mt1: 4, mr4: 2, md2: 3, mb5: 1}\n';

function answerFile(): string {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, ANSWERS);
  return file;
}

describe('loading a translation', () => {
  it('validate checks a translation against its source', async () => {
    const { code, stderr } = await runCli(['validate', WELSH]);
    const status = welshText().split('\n').indexOf('status: draft') + 1;
    expect(stderr).toBe(
      `${WELSH}:${status}:1: warning: a draft translation: to be reviewed by a speaker of cy-GB before use (then set status: reviewed)\n✓ ${WELSH} is valid (a cy-GB translation of systems-leadership-quick: 3 themes, 13 scored items, 1 warning)\n`,
    );
    expect(code).toBe(0);
  });

  it('reads answers given in the source language with -q ID.LANG, to the same scores: a cohort answering in both', async () => {
    const file = join(tempDir(), 'english.yaml');
    writeFileSync(file, ANSWERS.replace('sv2: 4', 'sv2: Usually').replace('of4: 2', 'of4: sometimes'));
    const scores = async (q: string) => {
      const { code, stdout, stderr } = await runCli(['score', '--format', 'json', '-q', q, file]);
      expect(code, stderr).toBe(0);
      return (JSON.parse(stdout) as { themes: { id: string; score: number }[] }).themes.map(({ id, score }) => ({ id, score }));
    };
    expect(await scores('systems-leadership-quick.cy')).toEqual(await scores('systems-leadership-quick'));
  });

  it('validate warns when the source has a version other than the one translated', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'systems-leadership-quick.yaml'), readFileSync(QUICK, 'utf8').replace(/^version: 1$/m, 'version: 2'));
    const file = join(dir, 'systems-leadership-quick.cy.yaml');
    writeFileSync(file, welshText());
    const { code, stderr } = await runCli(['validate', file]);
    const line = welshText().split('\n').indexOf('source_version: 1') + 1;
    expect(stderr).toContain(`${file}:${line}:1: warning: this translates version 1 of systems-leadership-quick, which is now version 2: check that every text still says what the source says`);
    expect(code).toBe(0);
  });

  it('validate refuses a translation of a translation (or of itself) at its translation_of', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mid.yaml'), 'translation_of: systems-leadership-quick\nlanguage: cy-GB\nstatus: draft\n');
    writeFileSync(join(dir, 'top.yaml'), 'status: draft\ntranslation_of: mid\nlanguage: cy-GB\n');
    const { code, stderr } = await runCli(['validate', join(dir, 'top.yaml')]);
    expect(stderr).toBe(`${join(dir, 'top.yaml')}:2:1: error: translation_of names "mid", and ${join(dir, 'mid.yaml')} is a translation itself: name the questionnaire that holds the scoring\n`);
    expect(code).toBe(1);
  });

  it('validate refuses a scoring field at its line, with the source found beside the translation', async () => {
    const dir = tempDir();
    copyFileSync(QUICK, join(dir, 'systems-leadership-quick.yaml'));
    const file = join(dir, 'quick.cy.yaml');
    writeFileSync(file, welshText().replace(/^( {6}sv5: .*)$/m, '$1\n    reverse: [sv5]'));
    const { code, stderr } = await runCli(['validate', file]);
    const line =
      welshText()
        .split('\n')
        .findIndex((l) => l.startsWith('      sv5: ')) + 2;
    expect(stderr).toBe(`${file}:${line}:5: error: a translation may not change scoring: remove \`reverse\`; it is set in the source questionnaire\n`);
    expect(code).toBe(1);
  });

  it('validate says when no folder has the questionnaire translated', async () => {
    const file = join(tempDir(), 'other.cy.yaml');
    writeFileSync(file, 'translation_of: no-such-form\nlanguage: cy-GB\n');
    const { code, stderr } = await runCli(['validate', file]);
    expect(stderr).toContain(`${file} is a translation of "no-such-form", which no questionnaire folder has`);
    expect(code).toBe(1);
  });

  it('score reads answers against ID.LANG: the same scores in Welsh words', async () => {
    const answers = answerFile();
    const en = await runCli(['score', '--format', 'json', answers]);
    const cy = await runCli(['score', '--format', 'json', '-q', 'systems-leadership-quick.cy', answers]);
    // The one thing said: the Welsh form is a draft, once, in the language it chooses.
    expect(cy.stderr).toMatch(/^\S+systems-leadership-quick\.cy\.yaml:\d+:1: warning: cyfieithiad drafft: [^\n]+\n$/);
    const percents = (json: string) => (JSON.parse(json) as { themes: { id: string; percent: number }[] }).themes.map((t) => [t.id, t.percent]);
    expect(percents(cy.stdout)).toEqual(percents(en.stdout));
    expect(percents(cy.stdout)).toEqual([
      ['shared-values', 75],
      ['outcome-focus', 62.5],
      ['mindset', 80],
    ]);
    const text = await runCli(['score', '-q', 'systems-leadership-quick.cy-GB', answers]);
    expect(text.stdout).toContain('Arweinyddiaeth systemau: hunanasesiad cyflym');
    expect(text.stdout).toContain('GWERTHOEDD A RENNIR');
  });

  it('finds a translation by its file path, and one in a --questionnaires folder by ID.LANG', async () => {
    const answers = answerFile();
    const byPath = await runCli(['score', '-q', WELSH, answers]);
    expect(byPath.stdout).toContain('Meddylfryd');
    const dir = tempDir();
    writeFileSync(join(dir, 'quick.fr.yaml'), welshText().replace('language: cy-GB', 'language: fr-FR').replace('title: "Arweinyddiaeth systemau: hunanasesiad cyflym"', 'title: Leadership systémique'));
    const inFolder = await runCli(['score', '--questionnaires', dir, '-q', 'systems-leadership-quick.fr', answers]);
    expect(inFolder.stdout).toContain('Leadership systémique');
    const unknown = await runCli(['score', '-q', 'systems-leadership-quick.de', answers]);
    expect(unknown.stderr).toContain('unknown questionnaire "systems-leadership-quick.de"');
    expect(unknown.code).toBe(1);
  });

  it('neutralises hostile texts of a translation as those of any questionnaire', async () => {
    const dir = tempDir();
    const hostile = welshText().replace('title: "Arweinyddiaeth systemau: hunanasesiad cyflym"', 'title: "Teitl \\e]0;pwned\\a \\u202Eexe \\e[2J"');
    const file = join(dir, 'quick.cy.yaml');
    writeFileSync(file, hostile);
    const { stdout, code } = await runCli(['score', '-q', file, answerFile()]);
    expect(code).toBe(0);
    expect(stdout).toContain('Teitl \\u001b]0;pwned\\u0007 \\u202eexe \\u001b[2J');
    expect(stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('a translation is no questionnaire of its own in list', async () => {
    const { stdout } = await runCli(['list', '--json']);
    expect((JSON.parse(stdout) as { id: string }[]).map((e) => e.id)).toEqual(['systems-leadership', 'systems-leadership-observer', 'systems-leadership-quick']);
  });
});
