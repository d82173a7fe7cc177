import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BIN, CapturedOutput, ROOT, runBinary, scriptIO } from '../helpers/cli.js';
import { PtySession } from '../helpers/pty.js';

/** A captured stream that says it is a terminal this wide, as process.stdout does in one. */
class TerminalOutput extends CapturedOutput {
  readonly isTTY = true;
  constructor(readonly columns: number) {
    super();
  }
}

/** What commander prints for `syslead ...args` in-process, on a pipe or on a terminal `columns` wide. */
async function commanderPrints(args: string[], columns?: number, env: Record<string, string> = {}): Promise<string> {
  const { io, stdout } = scriptIO({ env });
  const out = columns === undefined ? stdout : new TerminalOutput(columns);
  expect(await main(['node', BIN, ...args], { ...io, stdout: out })).toBe(0);
  return out.text;
}

/** A log of the modules the binary loads, given to it through NODE_OPTIONS (tests/helpers/record-imports.mjs). */
function importLog(): { log: string; env: Record<string, string> } {
  const log = join(mkdtempSync(join(tmpdir(), 'syslead-fast-')), 'imports.log');
  writeFileSync(log, '');
  return { log, env: { NODE_OPTIONS: `--import=${ROOT}tests/helpers/record-imports.mjs`, SYSLEAD_IMPORT_LOG: log } };
}

// The entry chunk: cli.js on Node 22 and later, its CommonJS copy cli.cjs on Node 20.
const bundleLoaded = (log: string) => /\/dist\/bundle\/cli\.c?js$/m.test(readFileSync(log, 'utf8'));

/** The binary in a pseudo-terminal `cols` wide: what it printed (the terminal's \r\n as \n), and whether it loaded the bundle. */
async function inTerminal(args: string[], cols: number, env: Record<string, string> = {}): Promise<{ text: string; bundle: boolean }> {
  const { log, env: logEnv } = importLog();
  const session = new PtySession(args, { ...logEnv, ...env }, { cols });
  try {
    expect((await session.exit()).exitCode).toBe(0);
    return { text: session.raw.replaceAll('\r\n', '\n'), bundle: bundleLoaded(log) };
  } finally {
    session.dispose();
  }
}

describe('--version and --help answered without the bundle', () => {
  it.each([['--version'], ['-V'], ['--help'], ['-h']])('prints for %s what commander prints, byte for byte, without loading the bundle', async (arg) => {
    const { log, env } = importLog();
    const r = await runBinary([arg], { env });
    expect(r).toEqual({ code: 0, stdout: await commanderPrints([arg]), stderr: '' });
    expect(readFileSync(log, 'utf8')).toContain('/bin/syslead.js'); // the log works
    expect(bundleLoaded(log)).toBe(false);
  });

  it('answers on a terminal 80 columns wide, with or without colour, as commander does', async () => {
    for (const env of [{}, { FORCE_COLOR: '3' }, { NO_COLOR: '1' }]) {
      const shown = await inTerminal(['--help'], 80, env);
      expect(shown.text).toBe(await commanderPrints(['--help'], 80, env));
      expect(shown.bundle).toBe(false);
    }
  });

  it('leaves a terminal of another width to commander, which fits the help to it', async () => {
    const shown = await inTerminal(['--help'], 100);
    expect(shown.bundle).toBe(true);
    expect(shown.text).toBe(await commanderPrints(['--help'], 100));
    expect(shown.text).not.toBe(await commanderPrints(['--help'])); // the width changed the help
  });

  it('leaves every other command line to the bundle', async () => {
    for (const args of [['--no-color', '--help'], ['list', '--help'], ['help'], ['--version', '--help']]) {
      const { log, env } = importLog();
      const r = await runBinary(args, { env });
      expect(bundleLoaded(log), args.join(' ')).toBe(true);
      expect(r.stdout, args.join(' ')).toBe(await commanderPrints(args));
    }
  });
});
