/// <reference lib="dom" />
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bilingualChartInputs } from '../helpers/bilingual-chart-inputs.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectChartsWithTables } from './checks.js';
import { builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: the charts' labels in Welsh and English (--lang cy,en), drawn by the browser: each
// label (a <text> with a part in a lang of its own) inside its chart, clear of every bar, segment
// and column, and of every other label; the page accessible.

interface Clash {
  chart: string;
  label: string;
  with: string;
}

/** Every two-language label of every chart that leaves its chart or overlaps a bar or another label, as the browser lays them out. */
async function clashes(opened: OpenedReport): Promise<{ labels: number; clashes: Clash[] }> {
  return opened.page.evaluate(() => {
    const found: Clash[] = [];
    let labels = 0;
    const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart'))) {
      const chart = svg.getAttribute('aria-labelledby') ?? '';
      const box = svg.viewBox.baseVal;
      const texts = Array.from(svg.querySelectorAll<SVGTextElement>('text')).filter((t) => t.querySelector('[lang^="en"]') && t.querySelector('[lang^="cy"]'));
      labels += texts.length;
      const shapes = Array.from(svg.querySelectorAll<SVGGraphicsElement>('rect.bar, rect.segment, rect.column'));
      texts.forEach((text, i) => {
        const b = text.getBBox();
        const label = text.textContent ?? '';
        if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5) found.push({ chart, label, with: 'the edge of the chart' });
        for (const shape of shapes) if (overlap(b, shape.getBBox())) found.push({ chart, label, with: `a ${shape.getAttribute('class')}` });
        for (const other of texts.slice(i + 1)) if (overlap(b, other.getBBox())) found.push({ chart, label, with: other.textContent ?? '' });
      });
    }
    return { labels, clashes: found };
  });
}

const { rhian, cohort } = bilingualChartInputs(builtIn('systems-leadership'), mkdtempSync(join(tmpdir(), 'syslead-charts-bi-browser-')));

describe("the charts' labels in Welsh and English", () => {
  it('fit the person report: the radar and the facets', async () => {
    const r = await runCli(['score', rhian, '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'person-charts-cy-en.html', r.stdout);
    await expectChartsWithTables(opened);
    await expectAccessible(opened);
    const { labels, clashes: found } = await clashes(opened);
    expect(labels).toBe(9);
    expect(found).toEqual([]);
    await opened.page.close();
  });

  it('fit the cohort report: bars beside their labels, distributions, statements', async () => {
    const r = await runCli(['report', '--detail', 'full', '--lang', 'cy,en', '--format', 'html', cohort]);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'cohort-charts-cy-en.html', r.stdout);
    await expectAccessible(opened);
    const { labels, clashes: found } = await clashes(opened);
    expect(labels).toBeGreaterThan(30);
    expect(found).toEqual([]);
    await opened.page.close();
  });

  it('fit the feedback report', async () => {
    const forms = ['--questionnaires', fixture('feedback/questionnaires'), '--questionnaires', fixture('feedback/translations')];
    const r = await runCli(['feedback', ...forms, '--subject', 'Sam Patel', '--lang', 'cy,en', '--format', 'html', fixture('feedback/answers')]);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'feedback-charts-cy-en.html', r.stdout);
    await expectAccessible(opened);
    const { labels, clashes: found } = await clashes(opened);
    expect(labels).toBe(2);
    expect(found).toEqual([]);
    await opened.page.close();
  });
});
