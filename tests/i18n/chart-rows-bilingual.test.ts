import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeTestResults } from '../helpers/change-test-results.js';
import { bilingualChartInputs } from '../helpers/bilingual-chart-inputs.js';
import { fixture, runCli } from '../helpers/cli.js';
import { builtInForm } from '../helpers/questionnaire.js';

// Issue 22: with --lang cy,en every report's charts name their rows in Welsh, then in English,
// each part with its own lang (the HTML's tags), from the form in each language.

/** Every <text> of the report's charts, as written. */
const chartTexts = (html: string) => [...html.matchAll(/<svg xmlns[^>]*class="chart"[\s\S]*?<\/svg>/g)].flatMap((svg) => [...svg[0].matchAll(/<text [^>]*>[\s\S]*?<\/text>/g)].map((t) => t[0]));
/** A piece of a chart's text with its lang. */
const piece = (lang: string, text: string) => new RegExp(`lang="${lang}[^"]*">${text}</tspan>`);

/** That some chart row gives `welsh` in Welsh, then `english` in English, in one <text>. */
function expectRow(html: string, welsh: string, english: string): void {
  const row = chartTexts(html).find((t) => piece('cy', welsh).test(t));
  expect(row, welsh).toBeDefined();
  expect(row).toMatch(piece('en', english));
  expect(row!.search(piece('cy', welsh))).toBeLessThan(row!.search(piece('en', english)));
}

const dir = mkdtempSync(join(tmpdir(), 'syslead-chart-rows-'));
const { rhian: RHIAN, cohort: CSV } = bilingualChartInputs(await builtInForm('systems-leadership'), dir);

describe("every report's charts name their rows in both languages", () => {
  it('the person report: the radar, and the facets as bars with the whole theme in each', async () => {
    const r = await runCli(['score', RHIAN, '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    expectRow(r.stdout, 'Gwerthoedd a', 'Shared values');
    expectRow(r.stdout, 'Ffyrdd o ganfod', 'Ways of perceiving');
    expectRow(r.stdout, 'Meddylfryd: y thema gyfan', 'Mindset: whole theme');
  });

  it('score --out-dir and compare, from the Welsh translation beside the form', async () => {
    const { a, b } = changeTestResults(dir);
    const out = mkdtempSync(join(dir, 'out-'));
    const scored = await runCli(['score', '--questionnaires', fixture('evaluate/bilingual'), a, '--out-dir', out, '--format', 'html', '--lang', 'cy,en']);
    expect(scored.code, scored.stderr).toBe(0);
    const person = readFileSync(join(out, 'pat.html'), 'utf8');
    expectRow(person, 'Estyn allan', 'Reaching out');
    expectRow(person, 'Gwrando', 'Listening');
    const compared = await runCli(['compare', '--questionnaires', fixture('evaluate/bilingual'), a, b, '--lang', 'cy,en', '--format', 'html']);
    expect(compared.code, compared.stderr).toBe(0);
    expectRow(compared.stdout, 'Estyn allan', 'Reaching out');
    expectRow(compared.stdout, 'Gweithredu gyda&#39;n gilydd', 'Acting together');
  });

  it('the cohort report: bars beside, distributions and statements, each whole in each language', async () => {
    const r = await runCli(['report', '--detail', 'full', '--lang', 'cy,en', '--format', 'html', CSV]);
    expect(r.code, r.stderr).toBe(0);
    expectRow(r.stdout, 'Canolbwyntio ar ganlyniadau', 'Outcome focus');
    expectRow(r.stdout, 'Ffyrdd o feddwl', 'Ways of thinking');
    // A statement on a line of its own in each language.
    expect(r.stdout).toMatch(
      /<tspan x="4" lang="cy">Rwy&#39;n dal ati gyda phartneriaeth anodd pan fydd cynnydd yn araf.<\/tspan><tspan x="4" dy="13" lang="en[^"]*">I keep going with a difficult partnership when progress is slow.<\/tspan>/,
    );
  });

  it('the feedback report and the cohort 360 view, from a Welsh translation of the self form', async () => {
    const forms = ['--questionnaires', fixture('feedback/questionnaires'), '--questionnaires', fixture('feedback/translations')];
    const feedback = await runCli(['feedback', ...forms, '--subject', 'Sam Patel', '--lang', 'cy,en', '--format', 'html', fixture('feedback/answers')]);
    expect(feedback.code, feedback.stderr).toBe(0);
    expectRow(feedback.stdout, 'Gwrando', 'Listening');
    expectRow(feedback.stdout, 'Ymddiriedaeth', 'Trust');
    // Its title and description in each, each with its lang, as the other reports' charts.
    expect(feedback.stdout).toMatch(/<title id="summary-chart-title" lang="cy[^"]*">[^<]+<\/title><desc id="summary-chart-desc" lang="cy[^"]*">/);
    expect(feedback.stdout).toMatch(/<desc id="summary-chart-desc-2" lang="en[^"]*">Percent of the maximum/);
    const cohort = await runCli(['report', '--detail', 'full', ...forms, '--lang', 'cy,en', '--format', 'html', fixture('feedback/answers')]);
    expect(cohort.code, cohort.stderr).toBe(0);
    const view = cohort.stdout.slice(cohort.stdout.indexOf('id="s1-chart-title"'));
    expectRow(view, 'Gwrando', 'Listening');
  });

  it('keeps the rows in one language for one language', async () => {
    const r = await runCli(['report', '--detail', 'full', '--lang', 'cy', '--format', 'html', CSV]);
    expect(r.code, r.stderr).toBe(0);
    const texts = chartTexts(r.stdout);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes('Outcome focus'))).not.toEqual([]);
    expect(texts.some((t) => t.includes('Canolbwyntio ar ganlyniadau'))).toBe(false);
    expect(texts.some((t) => / \/ <tspan|\/<\/tspan><tspan/.test(t))).toBe(false);
  });
});
