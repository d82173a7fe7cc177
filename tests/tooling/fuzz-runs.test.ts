import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureFuzzRuns, fuzzRuns } from '../helpers/fuzz.js';

describe('SYSLEAD_FUZZ_RUNS', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    configureFuzzRuns();
  });

  it("keeps each property test's own count when unset or not a positive whole number", () => {
    for (const value of ['', '0', '-3', '2.5', 'many']) {
      vi.stubEnv('SYSLEAD_FUZZ_RUNS', value);
      expect(fuzzRuns(1500)).toBe(1500);
    }
  });

  it('sets every count, the default for tests that name none included', () => {
    vi.stubEnv('SYSLEAD_FUZZ_RUNS', '7');
    expect(fuzzRuns(1500)).toBe(7);
    configureFuzzRuns();
    let runs = 0;
    fc.assert(fc.property(fc.nat(), () => void runs++));
    expect(runs).toBe(7);
  });
});
