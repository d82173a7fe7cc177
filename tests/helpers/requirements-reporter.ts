import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { skipLine, TOOL_NAMES, type Tool } from './tools.js';

/**
 * Ends a run with one line per program that tests needed and this machine lacks (tests/helpers/
 * requirements.ts marks them), so that a skip is never silent and says what to install.
 */
export default class RequirementsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines = skipSummary(testModules);
    if (lines.length === 0) return;
    const log = this.vitest ? (line: string) => this.vitest!.logger.log(line) : (line: string) => console.log(line);
    for (const line of lines) log(line);
  }
}

/** The skip lines of a run: per missing program, how many tests and files it kept from running. */
export function skipSummary(testModules: ReadonlyArray<TestModule>): string[] {
  const skipped = new Map<Tool, { tests: number; files: Set<string> }>();
  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      if (test.result().state !== 'skipped') continue;
      for (const tool of test.meta().missing ?? []) {
        const entry = skipped.get(tool) ?? { tests: 0, files: new Set() };
        entry.tests += 1;
        entry.files.add(module.moduleId);
        skipped.set(tool, entry);
      }
    }
  }
  return TOOL_NAMES.filter((tool) => skipped.has(tool)).map((tool) => skipLine(tool, skipped.get(tool)!.tests, skipped.get(tool)!.files.size));
}
