import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { changeTestResults } from '../helpers/change-test-results.js';

// Issue 22: `evaluate` and `compare` with --lang cy,en: syslead's words in Welsh, then English;
// the questionnaire's titles in both when a form in the second language is found (here a Welsh
// translation of the evaluate tests' questionnaire); JSON and CSV in one language, as before.
const BILINGUAL = fixture('evaluate/bilingual');

/** Where `first` is, checked to come before `second`. */
function inOrder(output: string, first: string, second: string): void {
  const a = output.indexOf(first);
  const b = output.indexOf(second);
  expect(a, first).toBeGreaterThanOrEqual(0);
  expect(b, second).toBeGreaterThan(a);
}

describe('syslead evaluate --lang cy,en', () => {
  const evaluate = (args: string[], questionnaire = fixture('evaluate/change.yaml')) =>
    runCli(['evaluate', '--match-by', 'Email', '-q', questionnaire, fixture('evaluate/before.csv'), fixture('evaluate/after.csv'), '--min-group', '3', '--per-respondent', ...args]);
  const translated = (args: string[]) => evaluate(['--questionnaires', BILINGUAL, ...args], 'change-test');

  it('gives the text in Welsh, then English; the titles once when there is no Welsh form', async () => {
    const { stdout } = await evaluate(['--lang', 'cy,en']);
    inOrder(stdout, 'Gwerthuso rhaglen: Change test', 'Programme evaluation: Change test');
    for (const words of ['Cyn / Before', 'Wedyn / After', 'Newid [CI 95%] / Change [95% CI]', 'Wedi gwella / Improved', 'dim newid dibynadwy / no reliable change', 'Unigolyn / Person']) expect(stdout).toContain(words);
    inOrder(stdout, 'Parwyd 10 o bobl yn ôl "Email"', 'Matched 10 people by "Email"');
    inOrder(stdout, 'Fesul unigolyn (--per-respondent)', 'Per person (--per-respondent)');
    expect(stdout).toMatch(/^ {2}Listening +10/m);
    expect(stdout).not.toContain('Reaching out / Reaching out');
    // A text holding " / " itself is told apart from its translation by " // ".
    expect(stdout).toContain('Thema / agwedd // Theme / facet');
  });

  it('gives the questionnaire titles in both when the Welsh form is found', async () => {
    const text = await translated(['--lang', 'cy,en']);
    expect(text.stdout).toContain('Gwerthuso rhaglen: Prawf newid');
    expect(text.stdout).toContain('Programme evaluation: Change test');
    expect(text.stdout).toContain('Estyn allan / Reaching out');
    expect(text.stdout).toMatch(/^ {2}Gwrando \/ Listening +10/m);
    const english = await translated(['--lang', 'en,cy']);
    inOrder(english.stdout, 'Programme evaluation: Change test', 'Gwerthuso rhaglen: Prawf newid');
    expect(english.stdout).toContain('Reaching out / Estyn allan');
  });

  it('gives Markdown in both languages', async () => {
    const { stdout } = await translated(['--lang', 'cy,en', '--format', 'md']);
    expect(stdout).toContain('# Gwerthuso rhaglen: Prawf newid / Programme evaluation: Change test');
    expect(stdout).toContain('| ↳ Gwrando / Listening | 10 |');
    expect(stdout).toContain('## Fesul unigolyn / Per person');
    inOrder(stdout, '- Trothwy anhysbysrwydd: 3', '- Anonymity floor: 3');
  });

  it('gives HTML with each language in its own lang', async () => {
    const { stdout: html } = await translated(['--lang', 'cy,en', '--format', 'html']);
    expect(html).toMatch(/<html lang="cy-GB">/);
    expect(html).toContain('<h1><span lang="cy-GB">Gwerthuso rhaglen: Prawf newid</span> / <span lang="en-GB">Programme evaluation: Change test</span></h1>');
    expect(html).toContain('<th scope="row"><span lang="cy-GB">Estyn allan</span> / <span lang="en-GB">Reaching out</span></th>');
    expect(html).toContain('<th scope="col" class="num"><span lang="cy-GB">Cyn</span> / <span lang="en-GB">Before</span></th>');
    expect(html).toContain('<li lang="en-GB">Anonymity floor: 3 matched people');
    expect(html).toContain('<th scope="col"><span lang="cy-GB">Thema / agwedd</span> // <span lang="en-GB">Theme / facet</span></th>');
    const { stdout: untranslated } = await evaluate(['--lang', 'cy,en', '--format', 'html']);
    expect(untranslated).toContain('<h1><span lang="cy">Gwerthuso rhaglen: <span lang="en-GB">Change test</span></span> / <span lang="en-GB">Programme evaluation: Change test</span></h1>');
    expect(untranslated).toContain('<th scope="row"><span lang="en-GB">Reaching out</span></th>');
  });

  it('says a withheld figure in both languages', async () => {
    const { stdout } = await evaluate(['--lang', 'cy,en', '--min-group', '20']);
    inOrder(stdout, "Wedi ei atal: 10 o bobl wedi eu paru, llai na'r trothwy anhysbysrwydd o 20", 'Withheld: 10 matched people, fewer than the anonymity floor of 20');
  });

  it('keeps JSON and CSV in one language', async () => {
    expect((await translated(['--lang', 'cy,en', '--format', 'json'])).stdout).toBe((await translated(['--lang', 'en', '--format', 'json'])).stdout);
    expect((await translated(['--lang', 'cy,en', '--format', 'csv'])).stdout).toBe((await translated(['--lang', 'cy', '--format', 'csv'])).stdout);
    expect((await translated(['--lang', 'en,cy', '--format', 'csv'])).stdout).toBe((await translated(['--lang', 'en', '--format', 'csv'])).stdout);
  });
});

describe('syslead compare --lang cy,en', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-compare-bi-'));
  const { a, b } = changeTestResults(dir);
  const compare = (args: string[], folder = BILINGUAL) => runCli(['compare', '--questionnaires', folder, a, b, ...args]);

  it('gives the text in Welsh, then English, the titles from the Welsh form', async () => {
    const { code, stdout } = await compare(['--lang', 'cy,en']);
    expect(code).toBe(0);
    inOrder(stdout, 'Beth newidiodd: Prawf newid', 'What changed: Change test');
    for (const words of ['CYN / BEFORE', 'WEDYN / AFTER', 'NEWID / CHANGE', 'Estyn allan / Reaching out', '  Gwrando / Listening', 'codiad mawr (Isel → Uchel) / large rise (Low → High)', '10 Ion 2026', '10 Jan 2026'])
      expect(stdout).toContain(words);
    inOrder(stdout, "Mae'r newidiadau mewn pwyntiau canran", 'Changes are in percentage points');
    const english = await compare(['--lang', 'en,cy']);
    inOrder(english.stdout, 'What changed: Change test', 'Beth newidiodd: Prawf newid');
    expect(english.stdout).toContain('Reaching out / Estyn allan');
    // Without a Welsh form, the questionnaire's titles once.
    const untranslated = await compare(['--lang', 'cy,en'], fixture('evaluate'));
    expect(untranslated.stdout).toContain('Beth newidiodd: Change test');
    expect(untranslated.stdout).not.toContain('Reaching out / Reaching out');
  });

  it('gives Markdown in both languages', async () => {
    const { stdout } = await compare(['--lang', 'cy,en', '--format', 'md']);
    expect(stdout).toContain('# Beth newidiodd: Prawf newid / What changed: Change test');
    expect(stdout).toContain('| Thema neu agwedd / Theme or facet | Cyn / Before | Wedyn / After | Newid (pwyntiau) / Change (points) | Mewn geiriau / In words |');
    expect(stdout).toContain('| ↳ Gwrando / Listening | 25% | 91% | +67 | codiad mawr (Isel → Uchel) / large rise (Low → High) |');
    inOrder(stdout, '- Cyn: 10 Ion 2026', '- Before: 10 Jan 2026');
  });

  it('gives HTML with each language in its own lang', async () => {
    const { stdout: html } = await compare(['--lang', 'cy,en', '--format', 'html']);
    expect(html).toMatch(/<html lang="cy-GB">/);
    expect(html).toContain('<h1><span lang="cy-GB">Beth newidiodd: Prawf newid</span> / <span lang="en-GB">What changed: Change test</span></h1>');
    expect(html).toContain('<h2 id="themes"><span lang="cy-GB">Themâu</span> / <span lang="en-GB">Themes</span></h2>');
    expect(html).toContain('<th scope="row"><span lang="cy-GB">Gwrando</span> / <span lang="en-GB">Listening</span></th>');
    expect(html).toContain('<p class="caution" lang="en-GB">Changes are in percentage points');
    expect(html).toContain('<span lang="cy-GB">Isel: o dan 50</span> / <span lang="en-GB">Low: under 50</span>');
  });

  it('keeps JSON in one language', async () => {
    expect((await compare(['--lang', 'cy,en', '--format', 'json'])).stdout).toBe((await compare(['--lang', 'en', '--format', 'json'])).stdout);
  });
});

describe('syslead score --out-dir: the index title in one language, or both', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-index-bi-'));
  const file = join(dir, 'pat.yaml');
  writeFileSync(file, 'questionnaire: change-test\nversion: 1\nrespondent: Pat\nrole: self\ncompleted: 2026-01-10T10:00:00Z\nanswers: { l1: 2, l2: 4, l3: 2, a1: 2, a2: 3, a3: 2, f1: 3, f2: 3, f3: 3 }\n');
  const index = async (lang: string, format: string) => {
    const out = mkdtempSync(join(dir, 'out-'));
    const { code, stderr } = await runCli(['score', '--questionnaires', fixture('evaluate'), file, '--out-dir', out, '--format', format, '--lang', lang]);
    expect(code, stderr).toBe(0);
    return readFileSync(join(out, `index.${format === 'md' ? 'md' : 'html'}`), 'utf8');
  };

  it('marks the questionnaire title with its own lang in a Welsh index', async () => {
    const html = await index('cy', 'html');
    expect(html).toMatch(/<html lang="cy">/);
    expect(html).toContain('<h1><span lang="en-GB">Change test</span>: 1 adroddiad</h1>');
    expect(await index('cy', 'md')).toContain('# Change test: 1 adroddiad');
  });

  it('gives the title in both languages, each in its lang', async () => {
    const html = await index('cy,en', 'html');
    expect(html).toContain('<h1><span lang="cy"><span lang="en-GB">Change test</span>: 1 adroddiad</span> / <span lang="en-GB">Change test: 1 report</span></h1>');
    expect(html).toContain('<title>Change test: 1 adroddiad / Change test: 1 report</title>');
    expect(await index('cy,en', 'md')).toContain('# Change test: 1 adroddiad / Change test: 1 report');
  });
});
