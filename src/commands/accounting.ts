import type { Problem } from '../core/problem.js';
import type { ReadProgress, RowAccounting } from '../io/input-pipeline.js';
import type { CommandIO } from '../terminal/io.js';
import { readProgressBar } from '../terminal/read-progress.js';
import { safeText } from '../core/safe-text.js';
import { whole } from '../core/whole.js';
import { say } from '../core/i18n/voice.js';
import { SKIP_REASONS } from '../core/csv/reader.js';

/**
 * What became of the rows of one CSV file, for stderr:
 * "syslead: cohort.csv: 10 rows: 7 scored, 3 skipped (unfinished response: 2, no theme scored: 1)".
 */
export function tableLine(file: string, accounting: RowAccounting): string {
  return `${say('cohort.accounting.table', { file: safeText(file), counted: counted(accounting, 'cohort.accounting.rows') })}\n`;
}

/** What became of every respondent read, answer files and rows together, for stderr. */
export function totalLine(accounting: RowAccounting): string {
  return `${say('cohort.accounting.total', { counted: counted(accounting, 'cohort.accounting.respondents') })}\n`;
}

function counted({ read, scored, skipped, reasons }: RowAccounting, key: 'cohort.accounting.rows' | 'cohort.accounting.respondents'): string {
  // The reader's reasons are English keys of the accounting, said here in the language syslead speaks; any other as it is, made safe.
  const why = Object.entries(reasons).map(([reason, n]) => `${Object.hasOwn(SKIP_REASONS, reason) ? say(SKIP_REASONS[reason]!) : safeText(reason)}: ${whole(n)}`);
  return say(key, { count: read, scored: say('cohort.count.scored', { count: scored }), skipped: say('cohort.count.skipped', { count: skipped }), why: why.length > 0 ? ` (${why.join(', ')})` : '' });
}

/**
 * What `report` and `feedback` do as they read: the progress bar on stderr, each problem printed
 * (the bar cleared first), and each CSV file's line of what became of its rows.
 */
export function readingReporter(io: CommandIO, printProblem: (problem: Problem) => void) {
  const progress = readProgressBar(io.stderr, () => io.now().getTime());
  return {
    progress,
    callbacks: {
      onProblem: (problem: Problem) => {
        progress.done();
        printProblem(problem);
      },
      onProgress: (read: ReadProgress) => progress.update(read),
      onTable: ({ source, accounting }: { source: { file: string }; accounting: RowAccounting }) => {
        progress.done();
        io.stderr.write(tableLine(source.file, accounting));
      },
    },
  };
}
