import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { findTool, missingTools, skipLine } from '../helpers/tools.js';

const only = (file: string) => (candidate: string) => candidate === file;

describe('finding the programs tests need', () => {
  it("finds Debian's Chromium, or only the one SYSLEAD_BROWSER names when it is set", () => {
    expect(findTool('chromium', {}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findTool('chromium', { SYSLEAD_BROWSER: '/opt/chromium/chrome' }, only('/opt/chromium/chrome'))).toBe('/opt/chromium/chrome');
    expect(findTool('chromium', { SYSLEAD_BROWSER: '/nonexistent' }, only('/usr/bin/chromium'))).toBeUndefined();
    expect(findTool('chromium', {}, () => false)).toBeUndefined();
  });

  it("finds poppler's programs and R on PATH, the first folder first", () => {
    expect(findTool('pdftotext', { PATH: '/a:/b:/c' }, (file) => file === '/b/pdftotext' || file === '/c/pdftotext')).toBe('/b/pdftotext');
    expect(findTool('pdfinfo', { PATH: '/a:/b' }, only('/b/pdftotext'))).toBeUndefined();
    expect(findTool('Rscript', { PATH: '/usr/bin' }, only('/usr/bin/Rscript'))).toBe('/usr/bin/Rscript');
    expect(findTool('Rscript', {}, () => true)).toBeUndefined();
  });

  it('takes a program SYSLEAD_HIDE_TOOLS names, or all of them, for missing', () => {
    expect(findTool('chromium', { SYSLEAD_HIDE_TOOLS: 'pdftotext,chromium' }, () => true)).toBeUndefined();
    expect(findTool('pdftotext', { SYSLEAD_HIDE_TOOLS: 'chromium', PATH: '/b' }, () => true)).toBe('/b/pdftotext');
    expect(findTool('pdfinfo', { SYSLEAD_HIDE_TOOLS: 'all', PATH: '/b' }, () => true)).toBeUndefined();
  });

  it('says in one line how many tests each missing program kept from running, and what to install', () => {
    expect(skipLine('chromium', 7, 4, {})).toBe('skipped: 7 tests in 4 files need Chromium, not found at /usr/bin/chromium: apt-get install -y chromium (or set SYSLEAD_BROWSER to a Chromium)');
    expect(skipLine('chromium', 1, 1, { SYSLEAD_BROWSER: '/nonexistent' })).toBe(
      'skipped: 1 test in 1 file needs Chromium, not found at SYSLEAD_BROWSER=/nonexistent: apt-get install -y chromium (or set SYSLEAD_BROWSER to a Chromium)',
    );
    expect(skipLine('pdfinfo', 2, 1, {})).toBe("skipped: 2 tests in 1 file need poppler's pdfinfo, not found on PATH: apt-get install -y poppler-utils");
    expect(skipLine('Rscript', 3, 2, { SYSLEAD_HIDE_TOOLS: 'all' })).toBe('skipped: 3 tests in 2 files need R (Rscript), hidden by SYSLEAD_HIDE_TOOLS: apt-get install -y r-base-core r-cran-psych');
  });

  it('skips what is missing, unless SYSLEAD_REQUIRE_ALL=1 makes it a failure', () => {
    expect(missingTools(['chromium', 'pdftotext'], { PATH: '/b' }, only('/b/pdftotext'))).toEqual(['chromium']);
    expect(missingTools(['chromium', 'pdftotext'], { PATH: '/b', SYSLEAD_REQUIRE_ALL: '1' }, () => true)).toEqual([]);
    expect(() => missingTools(['chromium', 'pdftotext'], { PATH: '/b', SYSLEAD_REQUIRE_ALL: '1' }, () => false)).toThrow(
      'SYSLEAD_REQUIRE_ALL=1, so no test may be skipped: Chromium, not found at /usr/bin/chromium: apt-get install -y chromium (or set SYSLEAD_BROWSER to a Chromium); ' +
        "poppler's pdftotext, not found on PATH: apt-get install -y poppler-utils",
    );
  });
});

/** vitest on tests/fixtures/requirements: two files with tests gated by needs(), one test that needs nothing. */
function runFixtureSuite(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !key.startsWith('SYSLEAD_') && key !== 'NODE_ENV'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}node_modules/vitest/vitest.mjs`, 'run', '--config', `${ROOT}tests/fixtures/requirements/vitest.config.ts`], {
      cwd: ROOT,
      env: { ...inherited, NO_COLOR: '1', CI: '1', ...env },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('a run with programs missing', { timeout: 60_000 }, () => {
  it('passes, runs what needs nothing, and ends with one line per missing program', async () => {
    const { code, output } = await runFixtureSuite({ SYSLEAD_HIDE_TOOLS: 'pdftotext,chromium' });
    expect(code, output).toBe(0);
    expect(output).toMatch(/Tests\s+1 passed \| 3 skipped \(4\)/);
    expect(output.split('\n').filter((line) => line.startsWith('skipped:'))).toEqual([
      'skipped: 1 test in 1 file needs Chromium, hidden by SYSLEAD_HIDE_TOOLS: apt-get install -y chromium (or set SYSLEAD_BROWSER to a Chromium)',
      "skipped: 3 tests in 2 files need poppler's pdftotext, hidden by SYSLEAD_HIDE_TOOLS: apt-get install -y poppler-utils",
    ]);
  });

  it('fails with SYSLEAD_REQUIRE_ALL=1, naming what is missing', async () => {
    const { code, output } = await runFixtureSuite({ SYSLEAD_HIDE_TOOLS: 'pdftotext', SYSLEAD_REQUIRE_ALL: '1' });
    expect(code, output).toBe(1);
    expect(output).toContain("SYSLEAD_REQUIRE_ALL=1, so no test may be skipped: poppler's pdftotext, hidden by SYSLEAD_HIDE_TOOLS: apt-get install -y poppler-utils");
    expect(output).toMatch(/Test Files\s+2 failed/);
    expect(output).not.toMatch(/^skipped:/m);
  });
});
