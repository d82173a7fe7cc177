import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CommandIO, Invocation, Output, SignalName } from '../../src/terminal/io.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The command as installed: bin/syslead.js, which starts the CLI built into dist/. */
export const BIN = `${ROOT}bin/syslead.js`;
/** How runBinary and the pseudo-terminal sessions start it (node, BIN, in ROOT), as the commands of its hints begin. */
export const STARTED = 'node bin/syslead.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** How the person started syslead (CommandIO's invocation): `syslead` when absent. */
  invocation?: Invocation;
}

/**
 * The environment a user's shell would give: PATH and HOME, and what the test adds (undefined
 * removes); the questionnaire cache in the tests' own folder (tests/helpers/setup.ts), not the user's.
 */
function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as Record<string, string>;
}

/** A stream that keeps what is written to it, as a pipe to a file would: no TTY. */
export class CapturedOutput extends Writable implements Output {
  private readonly chunks: Buffer[] = [];
  /** Strings are encoded as UTF-8 on the way in, as process.stdout encodes them. */
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

/** A command context as a script would give: stdin from `input` (empty when absent), output captured, no terminal, no signals. */
export function scriptIO(options: Omit<CliOptions, 'cwd'> & { now?: () => Date } = {}): { io: CommandIO; stdout: CapturedOutput; stderr: CapturedOutput } {
  const stdout = new CapturedOutput();
  const stderr = new CapturedOutput();
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]) as CommandIO['stdin'];
  const io: CommandIO = {
    stdin,
    stdout,
    stderr,
    env: cleanEnv(options.env),
    now: options.now ?? (() => new Date()),
    ...(options.invocation ? { invocation: options.invocation } : {}),
    signals: {
      on: (_name: SignalName, _handler: () => void) => () => undefined,
      raise: (name) => {
        throw new Error(`a command run in-process raised ${name}`);
      },
      posix: process.platform !== 'win32',
    },
  };
  return { io, stdout, stderr };
}

/**
 * Runs the CLI in this process, as `main` is run by bin/syslead.js, with the environment and stdin
 * a script would give it; no TTY. For what only a real process shows (exit on a closed pipe,
 * signals, a terminal, start-up), use runBinary.
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  if (options.cwd !== undefined && options.cwd !== process.cwd()) throw new Error('runCli runs in this process, in its folder: use runBinary for another cwd');
  const { io, stdout, stderr } = scriptIO(options);
  const code = await main(['node', BIN, ...args], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the built binary as a user would: no TTY, a clean environment unless `env` adds to it. */
export function runBinary(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export const fixture = (name: string) => `${ROOT}tests/fixtures/${name}`;

/**
 * stderr less the line per CSV file saying every row of it was scored ("syslead: FILE: 3 rows: 3
 * scored, 0 skipped"), which is all a clean run of report, score or feedback prints.
 */
export const withoutAllScoredLines = (stderr: string) => stderr.replace(/^syslead: .+: (\d+) rows?: \1 scored, 0 skipped\n/gm, '');

/** stderr when every row of every CSV was scored: each file's count of its rows, and nothing else. */
export const ALL_ROWS_SCORED = /^(syslead: [^\n]+: (\d+) rows?: \2 scored, 0 skipped\n)+$/;

/**
 * stderr less the warnings of the questionnaire files named (FILE:LINE:COL: warning: ..., a theme
 * of too few items, say), which every command that loads one says once; throws when one of them
 * is said more than once.
 */
export function withoutQuestionnaireWarnings(stderr: string, ...files: string[]): string {
  const escaped = files.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const warning = new RegExp(`^(?:${escaped}):\\d+:\\d+: warning: .*\\n`, 'gm');
  const said = stderr.match(warning) ?? [];
  if (new Set(said).size !== said.length) throw new Error(`a questionnaire warning said more than once:\n${said.join('')}`);
  return stderr.replace(warning, '');
}
