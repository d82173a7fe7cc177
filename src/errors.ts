export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ExitErrorOptions {
  exitCode?: ExitCode;
  /** The message is whole lines, each naming its place ("FILE:LINE:COL: error: ...", "syslead: error: ..."): print it as it is. */
  located?: boolean;
  /** The details went to stderr already; print nothing more. */
  reported?: boolean;
}

/**
 * A command's expected failure and the exit code it ends with: its message is for the user and is
 * printed without a stack trace. Only commands and the entry know it; below them a failure is a
 * `Failure` or a `ProblemError` (core/failure.ts), which ends with exit code 1.
 */
export class ExitError extends Error {
  readonly exitCode: ExitCode;
  readonly located: boolean;
  readonly reported: boolean;

  constructor(message: string, { exitCode = EXIT.failure, located = false, reported = false }: ExitErrorOptions = {}) {
    super(message);
    this.name = 'ExitError';
    this.exitCode = exitCode;
    this.located = located;
    this.reported = reported;
  }
}
