import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CY } from '../../src/core/i18n/cy.js';
import { speakIn } from '../../src/core/i18n/voice.js';
import { EXIT } from '../../src/errors.js';
import { ROOT, runCli } from '../helpers/cli.js';

// Issue 22: the language is right everywhere it is chosen.

afterEach(() => speakIn('en'));

/** Every Welsh text, plural forms each. */
const WELSH = Object.entries(CY).flatMap(([key, message]) => (typeof message === 'string' ? [[key, message] as const] : Object.values(message).map((text) => [key, text] as const)));

describe('the markers error:, warning: and note: stay in English in Welsh', () => {
  it('no Welsh text has a Welsh marker (gwall:, rhybudd:, nodyn:) where the English has error:, warning:, note:', () => {
    expect(WELSH.length).toBeGreaterThan(1000);
    expect(WELSH.filter(([, text]) => /(^|syslead: |\n)(gwall|rhybudd|nodyn)( mewnol)?:/iu.test(text))).toEqual([]);
  });

  it('a usage error reads "error: <Welsh>", as commander writes it in English', async () => {
    const r = await runCli(['report', '--bogus', 'a.csv', '--lang', 'cy']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^error: opsiwn anhysbys '--bogus'\n/);
    const english = await runCli(['report', '--bogus', 'a.csv']);
    expect(english.stderr).toMatch(/^error: unknown option '--bogus'\n/);
  });

  it('a failure reads "syslead: error: <Welsh>"', async () => {
    const r = await runCli(['score', '-', '-', '--lang', 'cy']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe('syslead: error: dim ond unwaith y gellir rhoi "-" (stdin)\n');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'syslead-language-choice-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
/** Answers given in the Welsh translation of the quick form, in its words. */
const answeredInWelsh = () => file('cy.yaml', 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nanswers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau}\n');
/** Two results whose reports were written in Welsh (report_languages), of an English form. */
const recordedWelsh = () => [
  file('before.yaml', 'questionnaire: systems-leadership-quick\nversion: 1\ncompleted: 2026-01-05T09:00:00Z\nreport_languages: [cy]\nanswers: {sv2: 2, sv3: 3, sv4: 2, sv5: 2}\n'),
  file('after.yaml', 'questionnaire: systems-leadership-quick\nversion: 1\ncompleted: 2026-03-05T09:00:00Z\nreport_languages: [cy]\nanswers: {sv2: 4, sv3: 3, sv4: 5, sv5: 2}\n'),
];

describe('answers given in a translation are reported in its texts', () => {
  it("score, without --lang: a Welsh report with the Welsh form's texts", async () => {
    const r = await runCli(['score', answeredInWelsh()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Arweinyddiaeth systemau: hunanasesiad cyflym\n/);
    expect(r.stdout).toContain('Gwerthoedd a rennir');
    expect(r.stdout).toContain('CRYNODEB');
    expect(r.stdout).not.toContain('Shared values');
  });

  it('score --lang en: English words, the texts as the person read them', async () => {
    const r = await runCli(['score', answeredInWelsh(), '--lang', 'en']);
    expect(r.stdout).toContain('SUMMARY');
    expect(r.stdout).toContain('Gwerthoedd a rennir');
  });

  it("score --out-dir: each report in the Welsh form's texts", async () => {
    const out = join(dir, 'out-answered');
    const r = await runCli(['score', '--out-dir', out, answeredInWelsh()]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'cy.txt'), 'utf8')).toContain('Gwerthoedd a rennir');
  });

  it("feedback, without --lang: a Welsh report with the Welsh form's texts", async () => {
    const self = file('ana.yaml', 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nrespondent: Ana\nrole: self\nanswers: {sv2: 4, sv3: 3, sv4: 5, sv5: 2}\n');
    const r = await runCli(['feedback', '--subject', 'Ana', self]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Arweinyddiaeth systemau: hunanasesiad cyflym\n/);
    expect(r.stdout).toContain('Gwerthoedd a rennir');
    expect(r.stdout).not.toContain('Shared values');
  });
});

describe('compare of two results answered in the Welsh form', () => {
  const result = (name: string, completed: string, answers: string) => file(name, `questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\ncompleted: ${completed}\nanswers: {${answers}}\n`);

  it("reads each in the Welsh form's words, as the same points as numbers", async () => {
    const labels = await runCli([
      'compare',
      result('cmp-a.yaml', '2026-01-01T10:00:00Z', 'sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau'),
      result('cmp-b.yaml', '2026-03-01T10:00:00Z', 'sv2: Yn aml, sv3: Yn aml, sv4: Fel arfer, sv5: Fel arfer'),
    ]);
    expect(labels.stderr).not.toContain('error:');
    expect(labels.code, labels.stderr).toBe(0);
    const points = await runCli(['compare', result('cmp-a-points.yaml', '2026-01-01T10:00:00Z', 'sv2: 4, sv3: 3, sv4: 5, sv5: 2'), result('cmp-b-points.yaml', '2026-03-01T10:00:00Z', 'sv2: 3, sv3: 3, sv4: 4, sv5: 4')]);
    expect(points.code, points.stderr).toBe(0);
    expect(labels.stdout).toMatch(/^Beth newidiodd: /);
    expect(labels.stdout).toBe(points.stdout.replaceAll('cmp-a-points.yaml', 'cmp-a.yaml').replaceAll('cmp-b-points.yaml', 'cmp-b.yaml'));
  });
});

describe('the languages a result records (report_languages)', () => {
  it('compare reads them, as score does', async () => {
    const r = await runCli(['compare', ...recordedWelsh()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Beth newidiodd: /);
    expect(r.stdout).toContain('WEDYN');
    const english = await runCli(['compare', ...recordedWelsh(), '--lang', 'en']);
    expect(english.stdout).toMatch(/^What changed: /);
  });

  it('the score --out-dir index reads them, as each report does', async () => {
    const out = join(dir, 'out-recorded');
    const r = await runCli(['score', '--out-dir', out, ...recordedWelsh()]);
    expect(r.code).toBe(0);
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toContain('2 adroddiad');
    expect(index).toContain('| Adroddiad | Ffynhonnell |');
    expect(r.stderr).toContain('ysgrifennwyd 2 adroddiad');
  });
});

describe('what is found while a questionnaire loads is said in the language chosen by it', () => {
  const draft = "warning: cyfieithiad drafft: i'w adolygu gan siaradwr cy-GB cyn ei ddefnyddio";

  it('preview of a Welsh translation, without --lang: its draft warning in Welsh', async () => {
    const r = await runCli(['preview', 'systems-leadership-quick.cy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(draft);
    expect(r.stderr).not.toContain('draft translation');
  });

  it('form of a Welsh translation, without --lang: its draft warning in Welsh', async () => {
    const r = await runCli(['form', 'systems-leadership-quick.cy', '--for', 'csv', '--out-dir', join(dir, 'form-cy')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(draft);
  });

  it('an English form without --lang stays English', async () => {
    const r = await runCli(['form', 'systems-leadership-quick', '--for', 'csv', '--out-dir', join(dir, 'form-en')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Systems leadership: a quick self-assessment \(systems-leadership-quick, self form\) for csv:/);
  });

  it('validate --json: the message as said, without the data it is said from', async () => {
    const r = await runCli(['validate', '--json', '--lang', 'cy', 'questionnaires/systems-leadership-quick.cy.yaml']);
    const [problem] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(problem!).sort()).toEqual(['column', 'file', 'line', 'message', 'severity']);
    expect(problem!.message).toMatch(/^cyfieithiad drafft/);
  });

  const welshWithUnknownItem = () => file('cy-unknown.yaml', 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nanswers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau, zz9: 3}\n');
  it.each([['score'], ['report'], ['feedback', '--subject', 'x']])('%s, without --lang: a problem in answers given in Welsh is said in Welsh', async (...args) => {
    const r = await runCli([...args, welshWithUnknownItem()]);
    expect(r.stderr).toContain(': error: eitem anhysbys "zz9"');
    expect(r.stderr).not.toContain('unknown item');
  });

  it('compare, without --lang: a problem in a result given in Welsh is said in Welsh', async () => {
    const [, after] = recordedWelsh();
    const r = await runCli(['compare', welshWithUnknownItem(), after!]);
    expect(r.stderr).toContain(': error: eitem anhysbys "zz9"');
  });

  it('score --lang en: the same problem in English', async () => {
    const r = await runCli(['score', welshWithUnknownItem(), '--lang', 'en']);
    expect(r.stderr).toContain(': error: unknown item "zz9"');
  });
});

describe('the questionnaire cache keeps what validation said in each language apart', () => {
  it('a file validated in Welsh, then in English, has its problems said in English', async () => {
    const cache = join(dir, 'cache');
    const broken = file('broken.yaml', readFileSync(join(ROOT, 'tests/fixtures/broken/bad-escape.yaml'), 'utf8'));
    // Settled (older than the cache's two seconds), so that its entry is kept.
    utimesSync(broken, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const env = { SYSLEAD_CACHE_DIR: cache };
    const first = await runCli(['validate', broken, '--lang', 'cy'], { env });
    const again = await runCli(['validate', broken, '--lang', 'cy'], { env });
    const english = await runCli(['validate', broken], { env });
    const fresh = await runCli(['validate', broken], { env: { SYSLEAD_NO_CACHE: '1' } });
    expect(again.stderr).toBe(first.stderr);
    expect(english.stderr).toBe(fresh.stderr);
    expect(english.stderr).not.toBe(first.stderr);
  });
});
