/// <reference lib="dom" />
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
