import { formatProblem, type Problem } from './problem.js';

/**
 * An expected failure found below the command layer, carried as data: what failed and where, never
 * an exit code or a message to take apart again. Commands and the top-level catch decide how it is
 * shown and what it ends with.
 */
export type ExpectedFailure = Failure | ProblemError;

/**
 * A failure about a file as a whole ("FILE: error: cannot read: no such file or folder"), or about
 * none ("cannot write report.html: the disk is full"). `reason` is the sentence alone, for callers
 * that put it in their own words; `message` is it as shown, with the file.
 */
export class Failure extends Error {
  constructor(
    readonly reason: string,
    readonly file?: string,
  ) {
    super(file === undefined ? reason : `${file}: error: ${reason}`);
    // not said: the class's name, for stack traces
    this.name = 'Failure';
  }
}

/**
 * Problems at places in files that stop what was asked (a questionnaire that is not valid, a quote
 * never closed), and the line that sums them up, when one does. `message` is them as shown.
 */
export class ProblemError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    readonly conclusion?: string,
  ) {
    super(linesOfProblems(problems, conclusion).join('\n'));
    this.name = 'ProblemError';
  }
}

export function isExpectedFailure(error: unknown): error is ExpectedFailure {
  return error instanceof Failure || error instanceof ProblemError;
}

/**
 * The failure as whole lines, each naming its place: "FILE:LINE:COL: error: ...", "FILE: error: ...",
 * or, for a failure about no file, `where` ("syslead", or the input being read) as the place.
 * Not yet made safe for a terminal.
 */
export function failureLines(failure: ExpectedFailure, where = 'syslead'): string[] {
  if (failure instanceof ProblemError) return linesOfProblems(failure.problems, failure.conclusion);
  return [`${failure.file ?? where}: error: ${failure.reason}`];
}

/**
 * A file that could not be read, as one problem at its start: listed with the problems of the
 * files that could (by `validate` and `list`, in their --json too) rather than ending the command.
 */
export function unreadableFileProblem(file: string, failure: ExpectedFailure): Problem {
  const message = failure instanceof ProblemError ? (failure.problems[0]?.message ?? failure.message) : failure.reason;
  return { file, line: 1, column: 1, severity: 'error', message };
}

function linesOfProblems(problems: readonly Problem[], conclusion: string | undefined): string[] {
  const lines = problems.map(formatProblem);
  if (conclusion !== undefined) lines.push(conclusion);
  return lines;
}
