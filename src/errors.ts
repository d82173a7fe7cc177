export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ExitErrorOptions {
  exitCode?: ExitCode;
  /** The message names its own file and position ("FILE:LINE:COL: error: ..."): print it as it is. */
  located?: boolean;
  /** The details went to stderr already; print nothing more. */
  reported?: boolean;
}

/** An expected failure: its message is for the user and is printed without a stack trace. */
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
