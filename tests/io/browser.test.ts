import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { browserCandidates, findBrowser } from '../../src/io/browser.js';
import { personFormatFor } from '../../src/commands/person-format.js';
import { runCli, scriptIO } from '../helpers/cli.js';
import { answersFor, builtIn } from '../browser/fixtures.js';

describe('finding a browser to print PDFs with', () => {
  it('takes SYSLEAD_BROWSER first, then the usual places of each platform', () => {
    expect(findBrowser({ SYSLEAD_BROWSER: '/opt/my/chrome' }, 'linux', (f) => f === '/opt/my/chrome' || f === '/usr/bin/chromium')).toBe('/opt/my/chrome');
    expect(findBrowser({}, 'linux', (f) => f === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ PATH: '/usr/bin:/home/sam/bin' }, 'linux', (f) => f === '/home/sam/bin/chromium')).toBe('/home/sam/bin/chromium');
    expect(findBrowser({}, 'darwin', (f) => f === '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    const windows = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    expect(findBrowser(windows, 'win32', (f) => f === 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(browserCandidates('win32', windows)[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('says what to install, and that --format html needs no browser, when none is found', () => {
    expect(() => findBrowser({}, 'linux', () => false)).toThrow(/none was found: install Chromium \(apt-get install chromium.*--format html writes the same report without a browser/);
    expect(() => findBrowser({}, 'darwin', () => false)).toThrow(/brew install --cask chromium/);
  });

  it('takes a .pdf --out of run as a PDF unless --format says otherwise', () => {
    expect(personFormatFor('report.PDF', undefined)).toBe('pdf');
    expect(personFormatFor('report.pdf', 'html')).toBe('html');
  });

  it('names a SYSLEAD_BROWSER that is not there rather than looking elsewhere', () => {
    expect(() => findBrowser({ SYSLEAD_BROWSER: '/no/such/chrome' }, 'linux', (f) => f === '/usr/bin/chromium')).toThrow(/SYSLEAD_BROWSER is \/no\/such\/chrome, which is not a program.*--format html/);
  });
});

describe('--format pdf without a browser, and on a terminal', () => {
  let dir: string;
  let answers: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'syslead-pdf-'));
    answers = join(dir, 'sam.json');
    const q = builtIn('systems-leadership-quick');
    await writeFile(answers, JSON.stringify(answersFor(q)));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['score', (out: string) => ['score', '--format', 'pdf', '--out', out, answers]],
    ['score --out-dir', (out: string) => ['score', '--format', 'pdf', '--out-dir', out, answers]],
    ['report', (out: string) => ['report', '--format', 'pdf', '--out', out, answers]],
  ])('%s: exits 1 before reading anything, saying so, when SYSLEAD_BROWSER is missing', async (_name, args) => {
    const out = join(dir, 'out.pdf');
    const r = await runCli(args(out), { env: { SYSLEAD_BROWSER: join(dir, 'missing-chrome') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing-chrome, which is not a program that can be run');
    expect(r.stderr).toContain('--format html writes the same report without a browser');
    expect(r.stdout).toBe('');
  });

  it('refuses to print a PDF on a terminal (usage, exit 2), before looking for a browser', async () => {
    const { io, stdout, stderr } = scriptIO({ env: { SYSLEAD_BROWSER: join(dir, 'missing-chrome') } });
    Object.defineProperty(stdout, 'isTTY', { value: true });
    const code = await main(['node', 'syslead', 'score', '--format', 'pdf', answers], io);
    expect(code).toBe(2);
    expect(stderr.text).toContain('a PDF is not for the terminal: add --out FILE.pdf');
    expect(stdout.text).toBe('');
  });
});
