import type { RowAccounting } from '../io/input-pipeline.js';
import { safeText } from '../core/safe-text.js';

const whole = (n: number) => n.toLocaleString('en-GB');

/**
 * What became of the rows of one CSV file, for stderr:
 * "syslead: cohort.csv: 10 rows: 7 scored, 3 skipped (unfinished response: 2, no theme scored: 1)".
 */
export function tableLine(file: string, accounting: RowAccounting): string {
  return `syslead: ${safeText(file)}: ${counted(accounting, accounting.read === 1 ? 'row' : 'rows')}\n`;
}

/** What became of every respondent read, answer files and rows together, for stderr. */
export function totalLine(accounting: RowAccounting): string {
  return `syslead: in all ${counted(accounting, accounting.read === 1 ? 'respondent' : 'respondents')}\n`;
}

function counted({ read, scored, skipped, reasons }: RowAccounting, noun: string): string {
  const why = Object.entries(reasons).map(([reason, n]) => `${safeText(reason)}: ${whole(n)}`);
  return `${whole(read)} ${noun}: ${whole(scored)} scored, ${whole(skipped)} skipped${why.length > 0 ? ` (${why.join(', ')})` : ''}`;
}
