import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The programs beyond Node and npm that some tests need, how each is found, and what to install
 * when it is missing. Tests use them through requirements.ts (`needs`); the reporter of skips,
 * requirements-reporter.ts, through this file, which imports nothing of vitest.
 *
 * SYSLEAD_HIDE_TOOLS=chromium,pdftotext (or `all`) makes programs look missing, to check the skips;
 * SYSLEAD_BROWSER, when set, is the one browser tried.
 */

export type Tool = 'chromium' | 'pdftotext' | 'pdfinfo' | 'Rscript';

declare module '@vitest/runner' {
  interface TaskMeta {
    /** The programs a test needs that this machine lacks, so it was skipped (requirements-reporter.ts counts them). */
    missing?: Tool[];
  }
}

type Env = Readonly<Record<string, string | undefined>>;

interface ToolSpec {
  /** What a person would call it. */
  name: string;
  /** Where it was looked for, in words. */
  where: (env: Env) => string;
  /** The candidate paths, in order. */
  candidates: (env: Env) => string[];
  /** What to install, as the one command that does it on Debian. */
  install: string;
}

/** Debian's chromium, as .ci/run installs it. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const onPath = (program: string) => (env: Env) =>
  (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, program));

export const TOOLS: Record<Tool, ToolSpec> = {
  chromium: {
    name: 'Chromium',
    // SYSLEAD_BROWSER, when set, is the only browser tried: another Chromium, or a path with nothing there to hide the system's.
    where: (env) => `at ${env.SYSLEAD_BROWSER ? `SYSLEAD_BROWSER=${env.SYSLEAD_BROWSER}` : SYSTEM_CHROMIUM}`,
    candidates: (env) => [env.SYSLEAD_BROWSER || SYSTEM_CHROMIUM],
    install: 'apt-get install -y chromium (or set SYSLEAD_BROWSER to a Chromium)',
  },
  pdftotext: { name: "poppler's pdftotext", where: () => 'on PATH', candidates: onPath('pdftotext'), install: 'apt-get install -y poppler-utils' },
  pdfinfo: { name: "poppler's pdfinfo", where: () => 'on PATH', candidates: onPath('pdfinfo'), install: 'apt-get install -y poppler-utils' },
  Rscript: { name: 'R (Rscript)', where: () => 'on PATH', candidates: onPath('Rscript'), install: 'apt-get install -y r-base-core r-cran-psych' },
};

export const TOOL_NAMES = Object.keys(TOOLS) as Tool[];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hidden(tool: Tool, env: Env): boolean {
  const names = (env.SYSLEAD_HIDE_TOOLS ?? '').split(',').map((name) => name.trim());
  return names.includes('all') || names.includes(tool);
}

/** The path of the program on this machine, or undefined when it is missing (or hidden by SYSLEAD_HIDE_TOOLS). */
export function findTool(tool: Tool, env: Env = process.env, isExecutable: (file: string) => boolean = executable): string | undefined {
  if (hidden(tool, env)) return undefined;
  return TOOLS[tool].candidates(env).find(isExecutable);
}

/** The path of the program, or an error naming what to install. */
export function toolPath(tool: Tool, env: Env = process.env): string {
  const path = findTool(tool, env);
  if (path === undefined) throw new Error(`${missingText(tool, env)}: ${TOOLS[tool].install}`);
  return path;
}

/** Why the program counts as missing: "Chromium, not found at /usr/bin/chromium". */
export function missingText(tool: Tool, env: Env = process.env): string {
  const spec = TOOLS[tool];
  return `${spec.name}, ${hidden(tool, env) ? 'hidden by SYSLEAD_HIDE_TOOLS' : `not found ${spec.where(env)}`}`;
}

/** The one line printed at the end of a run for a program some tests needed and did not find. */
export function skipLine(tool: Tool, tests: number, files: number, env: Env = process.env): string {
  const what = `${tests} ${tests === 1 ? 'test' : 'tests'} in ${files} ${files === 1 ? 'file' : 'files'}`;
  return `skipped: ${what} ${tests === 1 ? 'needs' : 'need'} ${missingText(tool, env)}: ${TOOLS[tool].install}`;
}

/** The programs of `tools` this machine lacks; throws when SYSLEAD_REQUIRE_ALL=1 forbids skipping. */
export function missingTools(tools: readonly Tool[], env: Env = process.env, isExecutable?: (file: string) => boolean): Tool[] {
  const missing = tools.filter((tool) => findTool(tool, env, isExecutable) === undefined);
  if (missing.length > 0 && env.SYSLEAD_REQUIRE_ALL === '1') {
    throw new Error(`SYSLEAD_REQUIRE_ALL=1, so no test may be skipped: ${missing.map((tool) => `${missingText(tool, env)}: ${TOOLS[tool].install}`).join('; ')}`);
  }
  return missing;
}
