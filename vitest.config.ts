import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests with a bound on a real process's time and heap (5 s, 300 MB), or that kill one mid-write. */
const BOUNDED = ['tests/cli/hostile-*.test.ts', 'tests/cli/folders-never-hang.test.ts', 'tests/io/atomic-kill.test.ts'];
/** Tests of the built binary in a real pseudo-terminal, and of the HTML reports in Chromium. */
const TERMINAL_AND_BROWSER = ['tests/e2e/**/*.test.ts', 'tests/browser/**/*.test.ts'];
const cores = availableParallelism();

export default defineConfig({
  test: {
    // The default report, then one line per program that tests needed and this machine lacks (tests/helpers/requirements.ts).
    reporters: ['default', './tests/helpers/requirements-reporter.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Three groups, one after another. vitest's default of one worker fewer than the cores leaves
    // one of two cores idle; the bounded tests run last and alone, so nothing competes with the
    // process whose time they bound.
    projects: [
      {
        extends: true,
        // In this process: the modules of src are loaded once per worker rather than once per file.
        test: { name: 'in-process', include: ['tests/**/*.test.ts'], exclude: [...BOUNDED, ...TERMINAL_AND_BROWSER], maxWorkers: cores, isolate: false, sequence: { groupOrder: 0 } },
      },
      // Likewise one process per worker, not per file: a fork, vitest, playwright and the renderers
      // were loaded again for each of these files, a third of this group's CPU time.
      { extends: true, test: { name: 'terminal-and-browser', include: TERMINAL_AND_BROWSER, maxWorkers: cores, isolate: false, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'bounded', include: BOUNDED, maxWorkers: 1, sequence: { groupOrder: 2 } } },
    ],
    coverage: {
      provider: 'v8',
      // Every source file is listed, so a file no test loads shows as 0% rather than missing.
      include: ['src/**/*.ts'],
      // json-summary feeds scripts/coverage-by-layer.mjs; the HTML report is for reading by file.
      reporter: ['json-summary', 'html'],
      reportsDirectory: 'coverage',
      // A test that times out on a loaded machine should not hide the figures of all the others;
      // the run still fails, and scripts/coverage-by-layer.mjs can be run on its own afterwards.
      reportOnFailure: true,
    },
  },
});
