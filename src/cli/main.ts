import { CommanderError } from 'commander';
import { EXIT, ExitError } from '../errors.js';
import { failureLines, isExpectedFailure } from '../core/failure.js';
import { safeText } from '../core/safe-text.js';
import { buildProgram } from './program.js';

/** Runs the CLI and returns the exit code; the one place where failures become messages. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(withDefaultCommand(argv));
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportFailure(error, (text) => process.stderr.write(text));
  }
}

/**
 * Bare `syslead` typed by a person at a terminal takes the self-assessment, the reason most people
 * install it; anywhere else (a pipe, a script) it shows the help as before.
 */
function withDefaultCommand(argv: string[], input = process.stdin, output = process.stdout): string[] {
  return argv.length === 2 && input.isTTY && output.isTTY ? [...argv, 'run'] : argv;
}

/** Prints a failure for the user and returns its exit code; stacks only with SYSLEAD_DEBUG=1. */
export function reportFailure(error: unknown, write: (text: string) => void, env = process.env): number {
  if (error instanceof CommanderError) {
    // commander has printed its message (or the help/version) already.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof ExitError) {
    // Messages quote files (names, keys, values): neutralise any escape sequences they carry.
    const message = safeText(error.message, { keepNewlines: true });
    if (!error.reported && message) write(error.located ? `${message}\n` : `syslead: error: ${message}\n`);
    return error.exitCode;
  }
  if (isExpectedFailure(error)) {
    write(`${safeText(failureLines(error).join('\n'), { keepNewlines: true })}\n`);
    return EXIT.failure;
  }
  const message = safeText(error instanceof Error ? error.message : String(error));
  write(`syslead: internal error: ${message}\n`);
  if (env.SYSLEAD_DEBUG === '1' && error instanceof Error && error.stack) write(`${safeText(error.stack, { keepNewlines: true })}\n`);
  else write('This is a bug in syslead. Run again with SYSLEAD_DEBUG=1 to see the details, and please report it.\n');
  return EXIT.failure;
}
