import { accessSync, constants, statSync } from 'node:fs';
import { platform } from 'node:os';
import { delimiter, join } from 'node:path';
import { Failure } from '../core/failure.js';
import { say } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';

/**
 * Where a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge) that can print a
 * report to PDF is found: $SYSLEAD_BROWSER when set, else the usual places of the platform, then
 * the usual names on PATH.
 */

export type Platform = 'linux' | 'darwin' | 'win32' | (string & {});

/** The program names a Chromium-family browser goes by on PATH (Linux, BSDs). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

/** The places a browser is usually installed, most usual first. */
export function browserCandidates(os: Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (os === 'darwin') {
    const apps = [
      // not said: a program's path
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      // not said: a program's path
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      // not said: a program's path
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    // not said: a folder's name
    const homes = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return homes.flatMap((home) => apps.map((app) => `${home}/${app}`));
  }
  if (os === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
  }
  const fixed = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ];
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...fixed, ...onPath];
}

/** The browser to print with, or a Failure saying what to install; `exists` is for tests. */
export function findBrowser(env: Readonly<Record<string, string | undefined>>, os: Platform = platform(), exists: (file: string) => boolean = isExecutable): string {
  const given = env.SYSLEAD_BROWSER;
  if (given !== undefined && given !== '') {
    if (exists(given)) return given;
    throw new Failure(say('inputs.browser.notAProgram', { given: safeText(given), html: say('inputs.browser.htmlWorks') }));
  }
  const found = browserCandidates(os, env).find(exists);
  if (found) return found;
  throw new Failure(say('inputs.browser.none', { install: installHint(os), html: say('inputs.browser.htmlWorks') }));
}

function installHint(os: Platform): string {
  // not said: a command to type
  if (os === 'darwin') return 'brew install --cask chromium';
  // not said: a command to type
  if (os === 'win32') return 'winget install Google.Chrome';
  return say('inputs.browser.linuxInstall');
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
