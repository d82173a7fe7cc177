import { shellWord } from './shell-quote.js';

/** A stream a command writes to: the terminal, a pipe, a file, or a test's buffer. */
export interface Output extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  getColorDepth?(env?: object): number;
}

/** What a command reads `-` and keys from. */
export interface Input extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  /** Bytes: no encoding is set on it. */
  [Symbol.asyncIterator](): AsyncIterableIterator<Buffer>;
  setRawMode?(mode: boolean): unknown;
}

export type SignalName = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGCONT';

/** The few things of the process a run needs beyond its streams: signals, and stopping itself by one. */
export interface Signals {
  /** Listens for a signal; returns the function that stops listening. */
  on(name: SignalName, handler: () => void): () => void;
  /** Ends or suspends this process by a signal's default action (SIGINT after a hang-up, SIGTSTP for Ctrl-Z). */
  raise(name: 'SIGINT' | 'SIGTSTP'): void;
  /** Whether the platform has POSIX job control and signal deaths (not Windows). */
  readonly posix: boolean;
}

/**
 * Stdin for a reader that reads it only for an input named "-": a process makes its stdin as it is
 * first asked for (Node's streams, and net or tty: about 3 ms), which a command that reads files
 * should not spend at start.
 */
export function stdinWhenRead(io: Pick<CommandIO, 'stdin'>): AsyncIterable<Buffer> {
  return { [Symbol.asyncIterator]: () => io.stdin[Symbol.asyncIterator]() };
}

/**
 * Everything a command may touch of the world outside its arguments. `main` builds it from
 * `process`; tests build it from buffers, so commands run in-process and nothing else reads
 * `process`.
 */
export interface CommandIO {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  signals: Signals;
  /**
   * How the person started syslead, as the words that start it again: `syslead` when installed on
   * PATH (the default), `npx syslead`, `npm start --`, `node bin/syslead.js`. The commands that
   * hints name are written with it (`sysleadCommand`), so they can be pasted as they are.
   */
  invocation?: Invocation;
}

/** The words that start syslead, before its arguments. */
export type Invocation = readonly string[];

/** syslead installed on PATH (npm install -g, npm link). */
export const INSTALLED: Invocation = ['syslead'];

/** A syslead command line as this person would type it: `syslead history` is `npm start -- history` after `npm start`. */
export function sysleadCommand(io: Pick<CommandIO, 'invocation'>, ...args: readonly string[]): string {
  return [...(io.invocation ?? INSTALLED), ...args].map(shellWord).join(' ');
}

/** A sink for whole lines of messages (a reader's warnings, say) that writes each to the stream. */
export function lineWriter(stream: Output): (line: string) => void {
  return (line) => {
    stream.write(`${line}\n`);
  };
}
