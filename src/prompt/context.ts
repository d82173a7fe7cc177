import type { Output } from '../terminal/io.js';

/** What every prompt of a run shares: the terminal, and the signal that stops it. */
export interface PromptContext {
  /** The run's keyboard (see keyboard.ts), never the terminal itself. */
  input: NodeJS.ReadableStream;
  output: Output;
  signal: AbortSignal;
  clearPromptOnDone: boolean;
}
