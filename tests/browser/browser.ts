import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Browser as Chromium, type Page } from 'playwright-core';
import { toolPath } from '../helpers/requirements.js';
import { afterAll, beforeAll } from 'vitest';

/** Screenshots and PDFs of the reports, kept for people to look at (git-ignored). */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Screenshots and PDFs are written only when asked for with SYSLEAD_ARTIFACTS=1, so a test run leaves nothing behind. */
const KEEP_ARTIFACTS = process.env.SYSLEAD_ARTIFACTS === '1';

/** Playwright's `path` option for an artifact of this name: where to keep it, or none when none are asked for. */
export function artifactTarget(name: string): { path?: string } {
  return KEEP_ARTIFACTS ? { path: join(ARTIFACTS, name) } : {};
}

/** A full-page screenshot in test-artifacts/ when asked for; nothing otherwise, as no check reads it. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (KEEP_ARTIFACTS) await page.screenshot({ ...artifactTarget(name), fullPage: true });
}

// No network, no first-run or background traffic of the browser's own, so any request seen is the page's.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  /** A folder for the reports under test. */
  dir: string;
  close(): Promise<void>;
}

let running: Promise<Chromium> | undefined;
/**
 * Headless Chromium ($SYSLEAD_BROWSER, or Debian's at /usr/bin/chromium), one for every file this
 * process runs (vitest.config.ts runs the browser files one after another in a worker): starting it
 * cost more CPU than many a file's checks. Playwright closes it on the SIGTERM with which vitest ends the worker.
 */
function runningChromium(): Promise<Chromium> {
  running ??= chromium.launch({ executablePath: toolPath('chromium'), args: ARGS, headless: true }).then((started) => {
    started.on('disconnected', () => {
      running = undefined;
    });
    return started;
  });
  return running;
}

/** A context of its own in headless Chromium, with no cookies, storage or cache of any other, and an empty folder for the reports. */
export async function startBrowser(): Promise<Browser> {
  const dir = await mkdtemp(join(tmpdir(), 'syslead-html-'));
  if (KEEP_ARTIFACTS) await mkdir(ARTIFACTS, { recursive: true });
  const context = await (await runningChromium()).newContext({ viewport: { width: 1024, height: 800 } });
  return {
    context,
    dir,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The browser of a file's tests: started before them, closed after (not at all when they are skipped). */
export function browserPerFile(): Browser {
  let started: Browser | undefined;
  beforeAll(async () => {
    started = await startBrowser();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('the browser is started before the tests run');
    return started;
  };
  return {
    get context() {
      return current().context;
    },
    get dir() {
      return current().dir;
    },
    close: () => current().close(),
  };
}

export interface OpenedReport {
  page: Page;
  url: string;
  /** Every request the page made, the report's own file: URL included. */
  requests: string[];
  /** Requests for anything but the report itself, which were refused. */
  refused: string[];
  /** Console messages and uncaught errors. */
  console: string[];
  errors: string[];
}

/** Writes the HTML to a file and opens it in a new tab that may load that file and nothing else. */
export async function openReport(browser: Browser, name: string, html: string): Promise<OpenedReport> {
  const file = join(browser.dir, name);
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.context.newPage();
  const opened: OpenedReport = { page, url, requests: [], refused: [], console: [], errors: [] };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('console', (m) => opened.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) return route.continue();
    opened.refused.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}
