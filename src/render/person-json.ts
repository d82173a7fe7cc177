import type { PersonReport } from '../core/report/person.js';
import { safeJson } from '../core/safe-text.js';

/** The scored results as JSON at full precision: one report gives an object, several an array. */
export function renderPersonJson(reports: readonly PersonReport[]): string {
  const results = reports.map((r) => r.result);
  return safeJson(results.length === 1 ? results[0] : results);
}
