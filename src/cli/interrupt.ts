/** Why a run stopped before its end. */
export type InterruptReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'closed';

export interface Interruptions {
  /** Aborted, with an InterruptReason, at the first interruption. */
  signal: AbortSignal;
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Turns Ctrl-C (outside a prompt, which reads it as a key), SIGTERM, SIGHUP and a closed terminal
 * into one abort signal, so that a run stops through its own code path: it finishes the save in
 * flight, says how to resume and exits 130, instead of dying where it stands.
 */
export function watchInterruptions(input: NodeJS.ReadStream, outputs: readonly NodeJS.WriteStream[]): Interruptions {
  const controller = new AbortController();
  const stop = (reason: InterruptReason) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onSignal = SIGNALS.map((name) => [name, () => stop(name)] as const);
  // A terminal that goes away ends stdin, and writing to it fails (EIO): both mean nobody is there.
  const onClosed = () => stop('closed');
  for (const [name, handler] of onSignal) process.on(name, handler);
  input.on('end', onClosed).on('error', onClosed);
  for (const output of outputs) output.on('error', onClosed);
  return {
    signal: controller.signal,
    dispose() {
      for (const [name, handler] of onSignal) process.off(name, handler);
      input.off('end', onClosed).off('error', onClosed);
      for (const output of outputs) output.off('error', onClosed);
    },
  };
}
