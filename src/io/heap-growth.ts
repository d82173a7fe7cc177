import { createRequire } from 'node:module';

// Required when used: node:v8 takes about 1.5 ms to load, which `score` of one file would pay.
const requireBuiltIn = createRequire(import.meta.url);

/**
 * Runs long batch work (a report for each of a cohort) with V8's heap let grow to twice what a full
 * collection leaves, not up to four times (V8's own choice, made for browsers' pages): writing
 * 100,000 HTML reports keeps 17 MB live, yet peaked at 190-200 MiB; so it peaks at about 150 MiB
 * in about the same time. The flag is set back after, whatever happens: V8 accepts a code cache
 * only under the flags it was made with (a start's), and Node compiles its own modules without
 * the code cache built into it while any flag differs. Code first loaded meanwhile misses its
 * cache, so `work` should find what it needs loaded.
 */
export async function withHeapGrowthLimited<T>(work: () => Promise<T>): Promise<T> {
  const { setFlagsFromString } = requireBuiltIn('node:v8') as typeof import('node:v8');
  setFlagsFromString('--heap-growing-percent=100');
  try {
    return await work();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
  }
}
