import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from '../helpers/cli.js';

const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-hang-'));

/** Runs the CLI, killed after 10 s: a hang shows as a signal, not as a test that never ends. */
function runKilled(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 10_000, input: '', env: { PATH: process.env.PATH, HOME: tempDir() } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed`);
}

describe.runIf(process.platform === 'linux')('folders the CLI meets never hang it', { timeout: 15_000 }, () => {
  it('score --out-dir under /proc fails with a reason', () => {
    const r = runKilled(['score', '--questionnaire', leading, '--out-dir', '/proc/syslead-x', sam]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot create the folder /proc/syslead-x: no such file or folder');
  });

  it('score --out-dir naming a file says it is a file, with or without --force', () => {
    const file = join(tempDir(), 'taken');
    writeFileSync(file, 'x');
    for (const force of [[], ['--force']]) {
      const r = runKilled(['score', '--questionnaire', leading, '--out-dir', file, ...force, sam]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot create the folder ${file}: is a file, not a folder`);
      expect(r.stderr).not.toContain('already exists');
    }
  });

  it('a FIFO among the questionnaires of a folder is skipped with a warning', () => {
    const dir = tempDir();
    copyFileSync(leading, join(dir, 'leading.yaml'));
    mkfifo(join(dir, 'fifo.yaml'));
    const r = runKilled(['list', '--questionnaires', dir]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('leading');
    expect(r.stderr).toContain(`${join(dir, 'fifo.yaml')}: warning: skipped: not a regular file`);
  });

  it('a FIFO among the files of an input folder is skipped with a warning', () => {
    const dir = tempDir();
    const answers = join(dir, 'answers');
    mkdirSync(answers);
    copyFileSync(sam, join(answers, 'sam.yaml'));
    mkfifo(join(answers, 'fifo.csv'));
    for (const command of ['score', 'report']) {
      const r = runKilled([command, '--questionnaire', leading, '--format', 'json', answers]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`${join(answers, 'fifo.csv')}: warning: skipped: not a regular file`);
    }
  });
});
