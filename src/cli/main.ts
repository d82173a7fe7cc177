import { CommanderError } from 'commander';
import { EXIT, ExitError } from '../errors.js';
import { failureLines, isExpectedFailure } from '../core/failure.js';
import { safeText } from '../core/safe-text.js';
import { loadLanguages } from '../core/i18n/messages.js';
import { languagesFor, say, speakIn } from '../core/i18n/voice.js';
import { buildProgram } from './program.js';
import { INSTALLED, sysleadCommand, type CommandIO, type Invocation } from '../terminal/io.js';

/**
 * Runs the CLI on `argv` (node, the script, then the arguments, as Node gives them) and returns the exit
 * code; the one place where failures become messages. Everything it touches comes in `io`.
 */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  // Until a command reads its --lang and questionnaire, syslead speaks the environment's language;
  // after it, English again, so that one command's language never reaches the next (in tests, in one process).
  // --lang counts here too, so that the help and usage errors are said in it (syslead report --help --lang cy).
  // Only the catalogues of the languages chosen are loaded (the Welsh one only when Welsh is spoken).
  const languages = languagesFor(langInArguments(argv.slice(2)), io.env);
  await loadLanguages(languages);
  speakIn(languages[0]!);
  const program = buildProgram(io);
  try {
    await program.parseAsync(withDefaultCommand(argv, io));
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, (text) => io.stderr.write(text), io.env, io.invocation);
  } finally {
    speakIn('en');
  }
}

/**
 * The --lang given on the command line (`--lang cy` or `--lang=cy`, the last one counting as
 * commander reads it), before commander parses it. Not that of `translate`, whose export's --lang is
 * the language translated into; nothing after `--`, which ends the options.
 */
export function langInArguments(args: readonly string[]): string | undefined {
  if (args.find((arg) => !arg.startsWith('-')) === 'translate') return undefined;
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < args.length) lang = args[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  return lang;
}

/**
 * Bare `syslead` typed by a person at a terminal takes the self-assessment, the reason most people
 * install it; anywhere else (a pipe, a script) it shows the help as before.
 */
function withDefaultCommand(argv: readonly string[], io: CommandIO): string[] {
  return argv.length === 2 && io.stdin.isTTY && io.stdout.isTTY ? [...argv, 'run'] : [...argv];
}

/**
 * Prints a failure for the user and returns its exit code; stacks only with SYSLEAD_DEBUG=1. The
 * commands a message suggests, written "syslead list" in double quotes by code that has no
 * CommandIO (io/questionnaires.ts), are shown as this person started syslead ("npm start -- list").
 */
export function reportFailure(error: unknown, write: (text: string) => void, env: CommandIO['env'], invocation: Invocation = INSTALLED): number {
  const writeHints = (text: string) => write(asStarted(text, invocation));
  if (error instanceof CommanderError) {
    // commander has printed its message (or the help/version) already.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof ExitError) {
    // Messages quote files (names, keys, values): neutralise any escape sequences they carry.
    const message = safeText(error.message, { keepNewlines: true });
    if (!error.reported && message) writeHints(error.located ? `${message}\n` : `${say('cli.failure.error', { message })}\n`);
    return error.exitCode;
  }
  if (isExpectedFailure(error)) {
    writeHints(`${safeText(failureLines(error).join('\n'), { keepNewlines: true })}\n`);
    return EXIT.failure;
  }
  const message = safeText(error instanceof Error ? error.message : String(error));
  write(`${say('cli.failure.internal', { message })}\n`);
  if (env.SYSLEAD_DEBUG === '1' && error instanceof Error && error.stack) write(`${safeText(error.stack, { keepNewlines: true })}\n`);
  else write(`${say('cli.failure.bug')}\n`);
  return EXIT.failure;
}

/** syslead's commands, as hints in messages name them. */
const HINTED = /"syslead (run|score|report|feedback|compare|history|list|validate|schema)\b/g;

/** The text with each quoted "syslead COMMAND" written as this person would type it. */
export function asStarted(text: string, invocation: Invocation): string {
  return text.replace(HINTED, (_all, command: string) => `"${safeText(sysleadCommand({ invocation }, command))}`);
}
