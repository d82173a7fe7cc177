import { spawnSync } from 'node:child_process';

export const R_MISSING = '  R psych: not installed (apt-get install r-base-core r-cran-psych to compare)';

/**
 * Runs an R script with Rscript; the script prints its own timings on stdout. Returns that output
 * with the wall time of the whole run (start-up and reading included), or undefined without R.
 */
export function runR(script) {
  const start = process.hrtime.bigint();
  const r = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) return undefined;
  if (r.status !== 0) throw new Error(`R failed: ${r.stderr}`);
  return { stdout: r.stdout.trim(), total };
}
