import type { Input, Output, Signals } from './io.js';

/** Why a run stopped before its end: 'end' is the input ended by the person (Ctrl-D at a --plain run's line), the terminal still there. */
export type InterruptReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'closed' | 'end';

export interface Interruptions {
  /** Aborted, with an InterruptReason, at the first interruption. */
  signal: AbortSignal;
  /** Whether the terminal has gone away (hung up or closed), so that nothing can be shown on it. */
  terminalLost(): boolean;
  /** An interruption noticed elsewhere: Ctrl-C, which the run's keyboard reads as a key (see prompt/keyboard.ts). */
  stop(reason: InterruptReason): void;
  /**
   * Runs `use` with SIGINT not stopping the run: for a pager, whose Ctrl-C the terminal sends to
   * the whole process group, this process included, when it means only "stop scrolling".
   */
  ignoringSigint<T>(use: () => Promise<T>): Promise<T>;
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Turns Ctrl-C, SIGINT, SIGTERM, SIGHUP and a closed terminal into one abort signal, so that a run
 * stops through its own code path: it finishes the save in flight, says how to resume and exits
 * 130, instead of dying where it stands.
 */
export function watchInterruptions(signals: Signals, input: Input, outputs: readonly Output[], inputEnded: 'closed' | 'end' = 'closed'): Interruptions {
  const controller = new AbortController();
  // Whether the terminal has gone, whatever stopped the run first: a --plain run stopped by the end
  // of its input may then find it cannot write (the end was the terminal closing, not Ctrl-D).
  let lost = false;
  const stop = (reason: InterruptReason) => {
    if (reason === 'closed' || reason === 'SIGHUP') lost = true;
    if (!controller.signal.aborted) controller.abort(reason);
  };
  // A terminal that goes away ends stdin, and reading it may fail (EIO): both mean nobody is there.
  const onClosed = () => stop('closed');
  const onEnd = () => stop(inputEnded);
  let sigintIgnored = false;
  const stopListening = SIGNALS.map((name) =>
    signals.on(name, () => {
      if (name !== 'SIGINT' || !sigintIgnored) stop(name);
    }),
  );
  input.on('end', onEnd).on('error', onClosed);
  // Writing to a terminal that has gone fails too. These listeners stay for the rest of the process:
  // the last words of an interrupted run must not turn into a crash.
  for (const output of outputs) output.on('error', onClosed);
  return {
    signal: controller.signal,
    terminalLost: () => lost,
    stop,
    async ignoringSigint(use) {
      sigintIgnored = true;
      try {
        return await use();
      } finally {
        sigintIgnored = false;
      }
    },
    dispose() {
      for (const unlisten of stopListening) unlisten();
      input.off('end', onEnd).off('error', onClosed);
    },
  };
}

/**
 * Ends the process as an interrupted command after its terminal has gone: by SIGINT's default
 * action, which parents report as 130. A normal exit would make Node restore the terminal's
 * settings, fail (EIO) and abort. Windows has no such signal death and no such failure.
 */
export function endAfterHangup(signals: Signals): void {
  if (signals.posix) signals.raise('SIGINT');
}
