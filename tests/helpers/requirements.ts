import { describe as vitestDescribe, it as vitestIt, type TestFunction } from 'vitest';
import { missingTools, type Tool } from './tools.js';

export { toolPath, type Tool } from './tools.js';

/**
 * Tests that need a program beyond Node and npm (a browser, poppler, R) say so with `needs(...)`
 * (the programs, and how each is found: tools.ts), in place of vitest's describe or it:
 *
 *     const { describe } = needs('chromium');
 *     needs('chromium', 'pdftotext').it('prints the summary on one page', async () => { ... });
 *
 * When a program is missing, those tests are skipped and the run ends with one line per missing
 * program naming what to install (tests/helpers/requirements-reporter.ts prints it). With
 * SYSLEAD_REQUIRE_ALL=1 (as .ci/run sets it) a missing program fails the test file instead.
 * A file's top-level beforeAll does not run when all its tests are skipped.
 */

export interface Gated {
  /** vitest's describe, skipped when a program is missing. */
  describe(name: string, fn: () => void): void;
  /** vitest's it, skipped when a program is missing. */
  it(name: string, fn: TestFunction, timeout?: number): void;
  /** The programs missing (empty when every one is here). */
  missing: Tool[];
}

/** `describe` and `it` for tests that need these programs: see the top of this file. */
export function needs(...tools: Tool[]): Gated {
  const missing = missingTools(tools);
  const options = missing.length > 0 ? { skip: true, meta: { missing } } : {};
  return {
    describe: (name, fn) => vitestDescribe(name, options, fn),
    it: (name, fn, timeout) => vitestIt(name, timeout === undefined ? options : { ...options, timeout }, fn),
    missing,
  };
}
