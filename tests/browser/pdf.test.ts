import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browsersLaunched, openPrinter, requestsRefused, type PdfPrinter } from '../../src/io/pdf-printer.js';
import { renderFeedbackHtml } from '../../src/render/feedback-html.js';
import { renderPersonHtml } from '../../src/render/person-html.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { feedbackReport, personReport } from '../pdf/reports.js';
import { needs, toolPath } from '../helpers/requirements.js';
import { answersFor, builtIn, HOSTILE } from './fixtures.js';

// Chromium prints; poppler-utils (as .ci/run installs it) gives page counts and the text of each page.
const { describe } = needs('chromium', 'pdfinfo', 'pdftotext');
let CHROMIUM: string;
let PDFINFO: string;
let PDFTOTEXT: string;

let dir: string;
let printer: PdfPrinter;
beforeAll(async () => {
  [CHROMIUM, PDFINFO, PDFTOTEXT] = [toolPath('chromium'), toolPath('pdfinfo'), toolPath('pdftotext')];
  dir = await mkdtemp(join(tmpdir(), 'syslead-pdf-'));
  printer = await openPrinter({ browser: CHROMIUM, paper: 'a4' });
});
afterAll(async () => {
  await printer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** An answer file as syslead reads one, from the answers the browser tests make. */
function answerFile(a: AnswerSet): string {
  const { questionnaire, texts, answers, ...rest } = a;
  return JSON.stringify({ ...rest, questionnaire: questionnaire.id, version: questionnaire.version, answers: { ...answers, ...texts } });
}

async function saved(name: string, pdf: Uint8Array): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, pdf);
  return file;
}
const info = (file: string) => execFileSync(PDFINFO, [file], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(info(file))![1]);
/** The text of one page, lines of text only. */
const pageLines = (file: string, page: number, mode = '-layout') =>
  execFileSync(PDFTOTEXT, [mode, '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() !== '');

/**
 * Within budget, and no page but the last less than a quarter full: a page's lines of text against
 * the fullest page's (a page of a table or a list of links holds fewer lines than one of prose, so
 * the fullest is the measure rather than a fixed count).
 */
function expectPagesWithin(file: string, budget: number): string[][] {
  const pages = Array.from({ length: pageCount(file) }, (_, i) => pageLines(file, i + 1));
  expect(pages.length).toBeLessThanOrEqual(budget);
  const fullest = Math.max(...pages.map((p) => p.length));
  pages.slice(0, -1).forEach((lines, i) => expect(lines.length, `page ${i + 1} of ${pages.length}`).toBeGreaterThanOrEqual(fullest / 4));
  return pages;
}

describe('PDF reports printed by Chromium', () => {
  it('prints the full form within 6 pages, each with the running header and "page N of M"', async () => {
    const report = personReport('systems-leadership');
    const file = await saved('full.pdf', await printer.print(renderPersonHtml([report])));
    const pages = expectPagesWithin(file, 6);
    const title = `${report.title}: Sam Patel`;
    pages.forEach((lines, i) => {
      expect(lines[0]!.trim()).toBe(title);
      expect(lines.at(-1)!.trim()).toBe(`page ${i + 1} of ${pages.length}`);
    });
    // Every theme is there, and the resources' addresses are printed after their titles.
    // In the order it is drawn (-raw), which is the page's: two columns are not interleaved.
    const text = pages.map((_, i) => pageLines(file, i + 1, '-raw').join('\n')).join('\n');
    for (const theme of report.themes) expect(text).toContain(theme.title);
    const url = report.themes.flatMap((t) => t.resources).find((r) => r.url)!.url!;
    expect(text.replace(/\s+/g, '')).toContain(`(${url})`);
  });

  it('prints the quick form within 3 pages and a 360 report within 8', async () => {
    expectPagesWithin(await saved('quick.pdf', await printer.print(renderPersonHtml([personReport('systems-leadership-quick')]))), 3);
    expectPagesWithin(await saved('feedback.pdf', await printer.print(renderFeedbackHtml(feedbackReport()))), 8);
  });

  it('gives the PDF its title and language, tagged, on A4', async () => {
    const report = personReport('systems-leadership-quick');
    const file = await saved('meta.pdf', await printer.print(renderPersonHtml([report])));
    const meta = info(file);
    expect(meta).toMatch(new RegExp(`^Title:\\s+${report.title}: Sam Patel$`, 'm'));
    expect(meta).toMatch(/^Tagged:\s+yes$/m);
    expect(meta).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect((await readFile(file)).toString('latin1')).toContain(`/Lang (${report.presentation.language})`);
  });

  it('prints on US letter with --paper letter', async () => {
    const letter = await openPrinter({ browser: CHROMIUM, paper: 'letter' });
    try {
      const file = await saved('letter.pdf', await letter.print(renderPersonHtml([personReport('systems-leadership-quick')])));
      expect(info(file)).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    } finally {
      await letter.close();
    }
  });

  it('shows hostile text as text in the header', async () => {
    const html = renderPersonHtml([{ ...personReport('systems-leadership-quick'), title: `${HOSTILE.script} Quick` }]);
    const file = await saved('hostile.pdf', await printer.print(html));
    expect(pageLines(file, 1)[0]).toContain('<script>window.__pwned');
  });

  it("refuses every request a page makes, even one without the reports' Content-Security-Policy", async () => {
    const before = requestsRefused();
    const page = '<!doctype html><title>t</title><img src="http://example.org/x.png"><link rel="stylesheet" href="https://example.org/x.css"><p>text</p>';
    const file = await saved('requests.pdf', await printer.print(page));
    expect(requestsRefused() - before).toBe(2);
    expect(pageLines(file, 1, '-raw')).toContain('text');
  });
});

describe('score --out-dir --format pdf', () => {
  it('prints every report through one browser', async () => {
    const q = builtIn('systems-leadership-quick');
    const inputs = join(dir, 'answers');
    await rm(inputs, { recursive: true, force: true });
    await execFileSync('mkdir', ['-p', inputs]);
    const names = ['Ana Silva', 'Ben Okafor', 'Cat Jones'];
    for (const [i, name] of names.entries()) await writeFile(join(inputs, `${i}.json`), answerFile(answersFor(q, { seed: i, respondent: name })));
    const out = join(dir, 'reports');
    const before = browsersLaunched();
    const r = await runCli(['score', '--format', 'pdf', '--out-dir', out, inputs], { env: { SYSLEAD_BROWSER: CHROMIUM } });
    expect(r.stderr).toContain('wrote 3 reports and index.html');
    expect(r.code).toBe(0);
    expect(browsersLaunched() - before).toBe(1);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['ana-silva.pdf', 'ben-okafor.pdf', 'cat-jones.pdf', 'index.html']);
    for (const [i, name] of names.entries()) expect(pageLines(join(out, files[i]!), 1)[0]!.trim()).toBe(`${q.title}: ${name}`);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('href="ana-silva.pdf"');
  });

  it('writes one PDF to stdout when it is not a terminal', async () => {
    const q = builtIn('systems-leadership-quick');
    const file = join(dir, 'one.json');
    await writeFile(file, answerFile(answersFor(q)));
    const r = await runCli(['score', '--format', 'pdf', file], { env: { SYSLEAD_BROWSER: CHROMIUM } });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('%PDF-')).toBe(true);
  });

  it('prints compare and report to PDF too, titled as their pages are', async () => {
    const q = builtIn('systems-leadership-quick');
    const before = join(dir, 'before.json');
    const after = join(dir, 'after.json');
    await writeFile(before, answerFile(answersFor(q, { seed: 0, completed: '2026-05-01T10:00:00Z' })));
    await writeFile(after, answerFile(answersFor(q, { seed: 2, completed: '2026-11-01T10:00:00Z' })));
    const change = join(dir, 'change.pdf');
    const compared = await runCli(['compare', before, after, '--format', 'pdf', '--out', change], { env: { SYSLEAD_BROWSER: CHROMIUM } });
    expect(compared.code).toBe(0);
    expect(info(change)).toMatch(new RegExp(`^Title:\\s+What changed: ${q.title}$`, 'm'));
    const cohort = join(dir, 'cohort.pdf');
    const reported = await runCli(['report', before, after, '--format', 'pdf', '--out', cohort, '--min-group', '1'], { env: { SYSLEAD_BROWSER: CHROMIUM } });
    expect(reported.code).toBe(0);
    expect(pageLines(cohort, 1).at(-1)!.trim()).toBe(`page 1 of ${pageCount(cohort)}`);
  });

  it("prints a 15-person cohort's board summary within 2 pages, and an evaluation", async () => {
    const q = builtIn('systems-leadership');
    const inputs = join(dir, 'fifteen');
    await mkdir(inputs);
    for (let r = 0; r < 15; r++) await writeFile(join(inputs, `p${r}.json`), answerFile(answersFor(q, { seed: r * 7 + (r % 4), respondent: `Person ${r}` })));
    const summary = join(dir, 'summary.pdf');
    const reported = await runCli(['report', inputs, '--format', 'pdf', '--title', 'Cohort 3', '--out', summary], { env: { SYSLEAD_BROWSER: CHROMIUM } });
    expect(reported.code, reported.stderr).toBe(0);
    expect(pageCount(summary)).toBeLessThanOrEqual(2);
    expect(pageLines(summary, 1).join(' ')).toContain('15 people took part.');
    const fixtures = join(ROOT, 'tests/fixtures/evaluate');
    const evaluation = join(dir, 'evaluation.pdf');
    const evaluated = await runCli(['evaluate', '--match-by', 'Email', '-q', join(fixtures, 'change.yaml'), join(fixtures, 'before.csv'), join(fixtures, 'after.csv'), '--format', 'pdf', '--out', evaluation], {
      env: { SYSLEAD_BROWSER: CHROMIUM },
    });
    expect(existsSync(evaluation), evaluated.stderr).toBe(true);
    expect(pageCount(evaluation)).toBeGreaterThan(0);
  });
});
