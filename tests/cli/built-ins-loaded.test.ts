import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from '../helpers/cli.js';

// The installed command loads Node's built-ins where they are used, not as it starts (each of
// child_process and worker_threads takes about 4 ms): commander's child_process only to spawn a
// subcommand (scripts/bundle.mjs), io/atomic.ts's worker_threads and child_process only when
// FolderWrites writes on its thread, io/pager.ts's child_process only for a pager (in the chunk of
// \`run\`'s report, which these commands never load); and process.stdin, whose stream loads more of
// Node as it is made, only when a command reads it (cli/process-io.ts). The log of
// tests/helpers/loaded-modules.ts has file:// modules only; these read process.moduleLoadList,
// which names every built-in the process loaded ("NativeModule child_process"), at exit.
const base = mkdtempSync(join(tmpdir(), 'syslead-built-ins-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/**
 * Required before the binary: notes whether process.stdin was got, and prints that and the
 * built-ins loaded when the process exits, as the last line of stderr.
 */
const PRELOAD = join(base, 'built-ins.cjs');
writeFileSync(
  PRELOAD,
  `'use strict';
let stdin = false;
const made = Object.getOwnPropertyDescriptor(process, 'stdin');
Object.defineProperty(process, 'stdin', { ...made, get() { stdin = true; return made.get.call(this); } });
process.on('exit', () => {
  const builtIns = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  process.stderr.write('\\nBUILT-INS ' + JSON.stringify({ builtIns, stdin }) + '\\n');
});
`,
);

/** Runs `node --require PRELOAD bin/syslead.js ...args` as runBinary does: a clean environment, its own cache, no TTY. */
function builtInsOf(args: string[], input = ''): Promise<{ code: number | null; stderr: string; builtIns: Set<string>; stdin: boolean }> {
  const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, TZ: 'UTC', SYSLEAD_CACHE_DIR: join(base, 'cache') };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', PRELOAD, BIN, ...args], { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = /\nBUILT-INS (.*)\n$/.exec(stderr);
      if (line === null) return reject(new Error(`no list of built-ins in stderr:\n${stderr}`));
      const { builtIns, stdin } = JSON.parse(line[1]!) as { builtIns: string[]; stdin: boolean };
      resolve({ code, stderr: stderr.slice(0, line.index), builtIns: new Set(builtIns), stdin });
    });
    child.stdin.end(input);
  });
}

const leading = fixture('score/leading.yaml');
const LATE = ['child_process', 'worker_threads', 'dgram'];

const HEADER = ['Timestamp', 'Name', 'I start from what matters to the people who use services.', 'I let my organisation’s interests come first.', 'I share credit with partner organisations.'];
const LEVELS = ['Rarely', 'Sometimes', 'Usually', 'Almost always'];
/** A Forms-style export of `count` people (as in out-dir-batches.test.ts). */
function cohort(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => ['2026-11-25T10:00:00Z', `Person ${i + 1}`, LEVELS[i % 4]!, LEVELS[(i >> 2) % 4]!, String(i % 4)]);
  const file = join(base, `cohort-${count}.csv`);
  writeFileSync(file, `${[HEADER, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`);
  return file;
}

describe('the built-ins the installed command loads', () => {
  it.each([
    ['list', ['list']],
    ['validate FILE', ['validate', leading]],
    ['score answers.yaml', ['score', '--questionnaire', leading, fixture('score/sam.yaml')]],
    ['score a CSV, to stdout', ['score', '--questionnaire', leading, '--format', 'json', cohort(3)]],
    ['report a CSV', ['report', '--questionnaire', leading, '--format', 'json', cohort(3)]],
  ])('%s: none of child_process, worker_threads, dgram, and no process.stdin', async (_name, args) => {
    const r = await builtInsOf(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.builtIns.has('fs'), 'the list of built-ins works').toBe(true);
    expect(LATE.filter((name) => r.builtIns.has(name))).toEqual([]);
    expect(r.stdin).toBe(false);
  });

  it('answers --version without starting the bundle or loading V8 settings', async () => {
    const r = await builtInsOf(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(['v8', 'vm', ...LATE].filter((name) => r.builtIns.has(name))).toEqual([]);
  });

  it('gets process.stdin for validate -, which reads it', async () => {
    const r = await builtInsOf(['validate', '-'], readFileSync(leading, 'utf8'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdin).toBe(true);
    expect(LATE.filter((name) => r.builtIns.has(name))).toEqual([]);
  });

  it('loads worker_threads for score --out-dir of more reports than the main thread writes (64)', async () => {
    const out = join(base, 'reports');
    const r = await builtInsOf(['score', '--questionnaire', leading, '--format', 'text', '--out-dir', out, cohort(70)]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toHaveLength(71);
    expect(r.builtIns.has('worker_threads')).toBe(true);
    expect(r.stdin).toBe(false);
  });
});
