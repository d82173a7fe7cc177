import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { speakIn } from '../../src/core/i18n/voice.js';
import { ROOT, runCli } from '../helpers/cli.js';

// Issue 22: every command that loads a questionnaire says each of its warnings (a draft
// translation, a source of another version) once, on stderr, FILE:LINE:COL: warning: MESSAGE,
// the word "warning" in English and the message in the command's language; stdout and the exit
// code are what they are without them.

afterEach(() => speakIn('en'));

const dir = mkdtempSync(join(tmpdir(), 'syslead-questionnaire-warnings-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const WELSH_FORM = join(ROOT, 'questionnaires/systems-leadership-quick.cy.yaml');
const WELSH_TEXT = readFileSync(WELSH_FORM, 'utf8');
const STATUS_LINE = WELSH_TEXT.split('\n').indexOf('status: draft') + 1;
/** The built-in Welsh draft's one warning, as each language says it. */
const DRAFT = {
  cy: `${WELSH_FORM}:${STATUS_LINE}:1: warning: cyfieithiad drafft: i'w adolygu gan siaradwr cy-GB cyn ei ddefnyddio (yna gosodwch status: reviewed)\n`,
  en: `${WELSH_FORM}:${STATUS_LINE}:1: warning: a draft translation: to be reviewed by a speaker of cy-GB before use (then set status: reviewed)\n`,
};
/** The English of the warnings, less their {places}: none of it is in what a Welsh command says. */
const ENGLISH = ['a draft translation: to be reviewed by a speaker of', 'before use (then set status: reviewed)', 'this translates version', 'check that every text still says what the source says'];
const noEnglish = (text: string) => expect(ENGLISH.filter((english) => text.includes(english))).toEqual([]);
const count = (text: string, part: string) => text.split(part).length - 1;

const ITEMS = ['sv2', 'sv3', 'sv4', 'sv5', 'of1', 'of3', 'of4', 'of5', 'mp1', 'mt1', 'mr4', 'md2', 'mb5'];
const answers = (i: number) => ITEMS.map((id, n) => `${id}: ${((i + n) % 5) + 1}`).join(', ');
/** An answer file given in the Welsh translation, in its words. */
const welshAnswers = (name: string, extra = '') => file(name, `questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\n${extra}answers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau}\n`);
const englishAnswers = (name: string, i: number, extra = '') => file(name, `questionnaire: systems-leadership-quick\nversion: 1\n${extra}answers: {${answers(i)}}\n`);
/** A CSV export of the quick form, one row per respondent. */
const csv = (name: string, rows: number) => file(name, `Email,${ITEMS.join(',')}\n${Array.from({ length: rows }, (_, i) => `p${i}@x.org,${ITEMS.map((_, n) => ((i + n) % 5) + 1).join(',')}`).join('\n')}\n`);

/** A folder of 50 answer files given in Welsh. */
const fifty = (() => {
  const folder = join(dir, 'fifty');
  mkdirSync(folder);
  for (let i = 0; i < 50; i++)
    writeFileSync(join(folder, `p${i}.yaml`), `questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nrespondent: P${i}\nanswers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau}\n`);
  return folder;
})();

/** A folder with the Welsh form marked reviewed: it has no warning, so what a command writes is compared with it. */
const reviewed = (() => {
  const folder = join(dir, 'reviewed');
  mkdirSync(folder);
  writeFileSync(join(folder, 'systems-leadership-quick.cy.yaml'), WELSH_TEXT.replace('status: draft', 'status: reviewed'));
  return folder;
})();

describe('score', () => {
  it('answers given in the Welsh draft, without --lang: its warning once, in Welsh', async () => {
    const r = await runCli(['score', welshAnswers('cy.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(DRAFT.cy);
    noEnglish(r.stderr);
  });

  it('--lang en: the same warning in English', async () => {
    const r = await runCli(['score', welshAnswers('cy-en.yaml'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(DRAFT.en);
  });

  it('--questionnaire names the draft: its warning, in the language it chooses, and in English with --lang en', async () => {
    const welsh = await runCli(['score', '-q', 'systems-leadership-quick.cy', englishAnswers('en.yaml', 1)]);
    expect(welsh.stderr).toBe(DRAFT.cy);
    const english = await runCli(['score', '-q', 'systems-leadership-quick.cy', englishAnswers('en2.yaml', 1), '--lang', 'en']);
    expect(english.stderr).toBe(DRAFT.en);
    expect(english.code).toBe(0);
  });

  it('50 answer files of one questionnaire: the warning once, not once per file', async () => {
    const r = await runCli(['score', '--format', 'json', fifty]);
    expect(r.code).toBe(0);
    expect(count(r.stderr, ': warning: ')).toBe(1);
    expect(r.stderr).toContain(DRAFT.cy);
  });

  it('a CSV of 50 rows read against the draft: once', async () => {
    const r = await runCli(['score', '--format', 'json', '-q', 'systems-leadership-quick.cy', csv('fifty.csv', 50)]);
    // The CSV's header has warnings of its own (columns it lacks); the form's is said once.
    expect(count(r.stderr, DRAFT.cy)).toBe(1);
  });

  it('JSON output and the exit code are those of a reviewed form, which has no warning', async () => {
    const answered = welshAnswers('cy-json.yaml');
    const draft = await runCli(['score', '--format', 'json', answered]);
    const clean = await runCli(['score', '--format', 'json', '--questionnaires', reviewed, answered]);
    expect(clean.stderr).toBe('');
    expect(draft.stdout).toBe(clean.stdout);
    expect(draft.code).toBe(clean.code);
  });

  it('--out-dir: once for all the reports', async () => {
    const r = await runCli(['score', '--out-dir', join(dir, 'out-fifty'), fifty]);
    expect(r.code).toBe(0);
    expect(count(r.stderr, ': warning: ')).toBe(1);
    expect(r.stderr).toContain(DRAFT.cy);
  });
});

describe('report', () => {
  it('50 answer files given in Welsh: once, in Welsh; stdout as with a reviewed form', async () => {
    const draft = await runCli(['report', '--format', 'json', fifty]);
    const clean = await runCli(['report', '--format', 'json', '--questionnaires', reviewed, fifty]);
    expect(draft.code).toBe(clean.code);
    expect(draft.stdout).toBe(clean.stdout);
    expect(count(draft.stderr, ': warning: ')).toBe(1);
    expect(draft.stderr).toContain(DRAFT.cy);
    expect(clean.stderr).not.toContain(': warning: ');
    noEnglish(draft.stderr);
  });

  it('a CSV of 50 rows with --questionnaire the draft: once, in English with --lang en', async () => {
    const r = await runCli(['report', '-q', 'systems-leadership-quick.cy', csv('report.csv', 50), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(count(r.stderr, DRAFT.en)).toBe(1);
  });
});

describe('evaluate', () => {
  it('two waves read against the draft: once, in the language it chooses', async () => {
    const args = ['evaluate', '--match-by', 'Email', '--min-group', '1', '-q', 'systems-leadership-quick.cy', csv('before.csv', 50), csv('after.csv', 50)];
    const welsh = await runCli(args);
    expect(count(welsh.stderr, DRAFT.cy)).toBe(1);
    noEnglish(welsh.stderr);
    const english = await runCli([...args, '--lang', 'en']);
    expect(english.code).toBe(welsh.code);
    expect(count(english.stderr, DRAFT.en)).toBe(1);
  });
});

describe('feedback', () => {
  it('a self-assessment given in Welsh: once, in Welsh; in English with --lang en', async () => {
    const self = welshAnswers('ana.yaml', 'respondent: Ana\nrole: self\n');
    const welsh = await runCli(['feedback', '--subject', 'Ana', self]);
    expect(welsh.code).toBe(0);
    expect(welsh.stderr).toBe(DRAFT.cy);
    const english = await runCli(['feedback', '--subject', 'Ana', self, '--lang', 'en']);
    expect(english.code).toBe(0);
    expect(english.stderr).toBe(DRAFT.en);
  });

  it('50 respondents: once', async () => {
    const r = await runCli(['feedback', '--out-dir', join(dir, 'feedback-fifty'), '--subject-column', 'respondent', fifty]);
    expect(count(r.stderr, ': warning: ')).toBe(1);
    expect(r.stderr).toContain(DRAFT.cy);
  });
});

describe('compare', () => {
  it('a result given in Welsh: its form warned of once, in Welsh', async () => {
    const r = await runCli(['compare', welshAnswers('before-cy.yaml', 'completed: 2026-01-05T09:00:00Z\n'), englishAnswers('after-en.yaml', 2, 'completed: 2026-03-05T09:00:00Z\n')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(DRAFT.cy);
  });

  it('--questionnaire the draft, --lang en: in English, stdout as with a reviewed form', async () => {
    const files = [englishAnswers('b.yaml', 1, 'completed: 2026-01-05T09:00:00Z\n'), englishAnswers('a.yaml', 2, 'completed: 2026-03-05T09:00:00Z\n')];
    const draft = await runCli(['compare', '-q', 'systems-leadership-quick.cy', ...files, '--lang', 'en', '--format', 'json']);
    const clean = await runCli(['compare', '--questionnaires', reviewed, '-q', 'systems-leadership-quick.cy', ...files, '--lang', 'en', '--format', 'json']);
    expect(draft.stderr).toBe(DRAFT.en);
    expect(clean.stderr).toBe('');
    expect(draft.stdout).toBe(clean.stdout);
    expect(draft.code).toBe(clean.code);
  });
});

describe('history', () => {
  it('--questionnaire the draft: its warning, in Welsh', async () => {
    const r = await runCli(['history', 'systems-leadership-quick.cy'], { env: { SYSLEAD_HOME: join(dir, 'home') } });
    expect(r.stderr).toContain(DRAFT.cy);
    expect(count(r.stderr, ': warning: ')).toBe(1);
  });
});

describe('validate', () => {
  it('--lang cy: the warning in Welsh', async () => {
    const r = await runCli(['validate', WELSH_FORM, '--lang', 'cy']);
    expect(r.code).toBe(0);
    expect(r.stderr.startsWith(DRAFT.cy)).toBe(true);
    noEnglish(r.stderr);
  });

  it('a Welsh form without --lang: said in the language validate speaks for every file, as its other lines are', async () => {
    const r = await runCli(['validate', WELSH_FORM]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${DRAFT.en}✓ ${WELSH_FORM} is valid (a cy-GB translation of systems-leadership-quick: 3 themes, 13 scored items, 1 warning)\n`);
  });
});

describe('a translation of an older version of its source', () => {
  // A translator's folder: the source, now version 2, beside the Welsh draft made from version 1.
  const folder = join(dir, 'translator');
  mkdirSync(folder);
  writeFileSync(join(folder, 'systems-leadership-quick.yaml'), readFileSync(join(ROOT, 'questionnaires/systems-leadership-quick.yaml'), 'utf8').replace(/^version: 1$/m, 'version: 2'));
  writeFileSync(join(folder, 'systems-leadership-quick.cy.yaml'), WELSH_TEXT);
  const translation = join(folder, 'systems-leadership-quick.cy.yaml');
  const versionLine = WELSH_TEXT.split('\n').indexOf('source_version: 1') + 1;
  const welshOld = `${translation}:${versionLine}:1: warning: mae hwn yn cyfieithu fersiwn 1 o systems-leadership-quick, sydd bellach yn fersiwn 2:`;
  const englishOld = `${translation}:${versionLine}:1: warning: this translates version 1 of systems-leadership-quick, which is now version 2:`;

  it('score, without --lang: both its warnings in the Welsh it chooses, found before that language was spoken', async () => {
    const r = await runCli(['score', '-q', translation, englishAnswers('v2.yaml', 3).replace('version: 1', 'version: 2')]);
    expect(r.stderr).toContain(welshOld);
    expect(r.stderr).toContain(`${translation}:${STATUS_LINE}:1: warning: cyfieithiad drafft:`);
    expect(count(r.stderr, ': warning: ')).toBe(2);
    noEnglish(r.stderr);
  });

  it('score --lang en: in English', async () => {
    const r = await runCli(['score', '-q', translation, englishAnswers('v2-en.yaml', 3), '--lang', 'en']);
    expect(r.stderr).toContain(englishOld);
  });

  it('report, without --lang: in Welsh, once for 50 rows', async () => {
    const r = await runCli(['report', '-q', translation, csv('v2.csv', 50)]);
    expect(r.code).toBe(0);
    expect(count(r.stderr, welshOld)).toBe(1);
    noEnglish(r.stderr);
  });

  it('validate --lang cy: in Welsh', async () => {
    const r = await runCli(['validate', translation, '--lang', 'cy']);
    expect(r.stderr).toContain(welshOld);
  });
});

describe("a questionnaire's own lints, found while it is validated", () => {
  // run-small in Welsh, without its first theme's reflections: themes of few items, a theme without reflections.
  const folder = join(dir, 'lints');
  mkdirSync(folder);
  const text = readFileSync(join(ROOT, 'tests/fixtures/run-small.yaml'), 'utf8')
    .replace(/^version: 1$/m, 'version: 1\nlanguage: cy-GB')
    .replace(/ {4}reflections:\n {6}low: \{ meaning: Listening[^\n]*\n {6}high: [^\n]*\n/, '');
  const form = join(folder, 'run-small.yaml');
  writeFileSync(form, text);
  const result = file('run-small-answers.yaml', 'questionnaire: run-small\nversion: 1\nanswers: {l1: 2, l2: 1, s1: 3}\n');

  it('score of a Welsh questionnaire, without --lang: its lints in Welsh, inner words too, each once', async () => {
    const r = await runCli(['score', '--questionnaires', folder, result, result]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(': warning: dim ond 2 eitem a sgorir sydd gan thema "listening"');
    expect(r.stderr).toContain(': warning: does gan thema "listening" ddim myfyrdodau ar gyfer band "low"');
    expect(r.stderr).not.toContain('has only');
    expect(r.stderr).not.toContain('has no reflections');
    expect(count(r.stderr, 'dim ond 2 eitem')).toBe(1);
  });

  it('--lang en: in English', async () => {
    const r = await runCli(['score', '--questionnaires', folder, result, '--lang', 'en']);
    expect(r.stderr).toContain(`${form}:`);
    expect(r.stderr).toContain(': warning: theme "listening" has only 2 scored items; 3 or more give a steadier score');
    expect(r.stderr).toContain(': warning: theme "listening" has no reflections for band "low"');
  });
});

describe('a form loaded only for the texts of a second language (--lang cy,en, answers in English)', () => {
  // The English answers name systems-leadership-quick; the Welsh texts come from the draft ID.cy, whose warning is said once, in the run's language.
  const english = [1, 2, 3].map((i) => englishAnswers(`second-${i}.yaml`, i, `respondent: R${i}\n`));

  it('score: the Welsh draft said once, in Welsh, the run speaking Welsh', async () => {
    const r = await runCli(['score', english[0]!, '--lang', 'cy,en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(DRAFT.cy);
  });

  it('score --lang en,cy: once, in English', async () => {
    const r = await runCli(['score', english[0]!, '--lang', 'en,cy']);
    expect(r.stderr).toBe(DRAFT.en);
  });

  it('report of three: once for all of them; none with the form reviewed, stdout the same', async () => {
    const draft = await runCli(['report', ...english, '--lang', 'cy,en', '--min-group', '1']);
    const clean = await runCli(['report', ...english, '--lang', 'cy,en', '--min-group', '1', '--questionnaires', reviewed]);
    expect(count(draft.stderr, DRAFT.cy)).toBe(1);
    expect(count(draft.stderr, ': warning: ')).toBe(1);
    expect(clean.stderr).not.toContain(': warning: ');
    expect(draft.stdout).toBe(clean.stdout);
    expect(draft.code).toBe(clean.code);
  });

  it('a form in one language only is looked up for nothing: no warning', async () => {
    const r = await runCli(['score', english[0]!, '--lang', 'en']);
    expect(r.stderr).toBe('');
  });
});

describe('list', () => {
  // run-small's theme "listening" has 2 scored items: a lint of the questionnaire listed.
  const folder = join(dir, 'list-lints');
  mkdirSync(folder);
  const form = join(folder, 'run-small.yaml');
  writeFileSync(form, readFileSync(join(ROOT, 'tests/fixtures/run-small.yaml'), 'utf8'));

  it("says a listed questionnaire's warnings once, in the language it speaks", async () => {
    const welsh = await runCli(['list', '--questionnaires', folder, '--lang', 'cy']);
    expect(welsh.code).toBe(0);
    expect(count(welsh.stderr, `${form}:`)).toBeGreaterThan(0);
    expect(count(welsh.stderr, ': warning: dim ond 2 eitem a sgorir sydd gan thema "listening"')).toBe(1);
    expect(welsh.stderr).not.toContain('has only');
    const english = await runCli(['list', '--questionnaires', folder, '--lang', 'en']);
    expect(count(english.stderr, ': warning: theme "listening" has only 2 scored items; 3 or more give a steadier score')).toBe(1);
    expect(english.stdout).toContain('run-small');
  });

  it('says the built-in questionnaires, which have no warning, without one', async () => {
    const r = await runCli(['list']);
    expect(r.stderr).toBe('');
  });
});
