import fc from 'fast-check';

/**
 * How many runs a property test makes: its own count, or SYSLEAD_FUZZ_RUNS for every property test
 * at once (fewer for a quick local check, many more for a long hunt; CI keeps each test's count).
 */
export function fuzzRuns(count: number): number {
  const asked = Number(process.env.SYSLEAD_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : count;
}

/** Property tests that name no count take fast-check's default, or SYSLEAD_FUZZ_RUNS likewise. */
export function configureFuzzRuns(): void {
  fc.configureGlobal({ numRuns: fuzzRuns(100) });
}
