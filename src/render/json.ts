import type { PersonReport } from '../core/report/person.js';

/** The scored results as JSON at full precision: one report gives an object, several an array. */
export function renderResultsJson(reports: readonly PersonReport[]): string {
  const results = reports.map((r) => r.result);
  return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
}
