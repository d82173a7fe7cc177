/** What every prompt of a run shares: the terminal, and the signal that stops it. */
export interface PromptContext {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  signal: AbortSignal;
  clearPromptOnDone: boolean;
}
