/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { artifactTarget, keepScreenshot, type OpenedReport } from './browser.js';

/** The checks every HTML report must pass in the browser, whatever it reports. */

const PHONE = { width: 375, height: 812 };

/** Nothing ran, nothing was fetched, nothing went wrong: the checks every report must pass. */
export async function expectInert(report: OpenedReport): Promise<void> {
  expect(await report.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(report.requests).toEqual([report.url]);
  expect(report.refused).toEqual([]);
  expect(report.errors).toEqual([]);
  expect(report.console).toEqual([]);
  expect(await report.page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
}

/** Every chart is an image with a name and description, and sits in a figure with its table. */
export async function expectChartsWithTables(report: OpenedReport): Promise<number> {
  const { page } = report;
  const charts = await page.locator('figure svg.chart[role="img"]').count();
  expect(charts).toBeGreaterThan(0);
  expect(await page.locator('figure').count()).toBe(charts);
  expect(await page.locator('figure table').count()).toBe(charts);
  for (const svg of await page.locator('svg.chart').all()) {
    const [title, desc] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`[id="${title}"]`).textContent()).not.toBe('');
    expect(await page.locator(`[id="${desc}"]`).textContent()).not.toBe('');
  }
  return charts;
}

/** Fits a phone's width without sideways scrolling, and prints to A4 with the addresses of links. */
export async function expectPhoneAndPrint(report: OpenedReport, name: string): Promise<void> {
  const { page } = report;
  await keepScreenshot(page, `${name}-desktop.png`);
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(16);
  await keepScreenshot(page, `${name}-phone.png`);

  await page.emulateMedia({ media: 'print' });
  const link = page.locator('a[href]').first();
  if ((await link.count()) > 0) {
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
  }
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await keepScreenshot(page, `${name}-print.png`);
  // The PDF is made in memory whether kept or not: its page size is checked below.
  const pdf = await page.pdf({ ...artifactTarget(`${name}.pdf`), preferCSSPageSize: true });
  // A4 is 210 x 297 mm: 595.3 x 841.9 points.
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(Number(box?.[1])).toBeCloseTo(595, 0);
  expect(Number(box?.[2])).toBeCloseTo(842, 0);
  await page.emulateMedia({ media: 'screen' });
}

/** WCAG 2.2 AA as axe-core tags its rules (2.0, 2.1 and 2.2, levels A and AA). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * No violation of axe-core's WCAG 2.2 AA rules. axe-core is evaluated in the page through the
 * DevTools protocol, which the report's Content-Security-Policy does not govern, and adds no
 * element to it; run it after the other checks, as it leaves axe on the window.
 */
export async function expectAccessible(report: OpenedReport): Promise<void> {
  const { page } = report;
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
  }, WCAG_AA);
  expect(result, result.join('\n')).toEqual([]);
}

/** Headings in order: one h1 first, and no level skipped on the way down. */
export async function expectHeadingsInOrder(report: OpenedReport): Promise<void> {
  const levels = await report.page.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} -> h${l} at heading ${i + 1}`] : []));
  expect(skips).toEqual([]);
}
