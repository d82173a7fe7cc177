import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
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
