import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, fixture } from '../helpers/cli.js';

let dir: string;
const file = (name: string) => join(dir, name);

/** The built binary with its heap capped at 64 MB: input that costs more memory crashes it, and fails the test. */
function runBounded(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=64', BIN, ...args], { env: { PATH: process.env.PATH } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const located = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: .+$`, 'm');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syslead-hostile-input-'));
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
  writeFileSync(file('bomb.yaml'), bomb.join('\n'));
  writeFileSync(file('huge.yaml'), `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
  writeFileSync(file('deep.yaml'), `a: ${'['.repeat(500_000)}`);
  writeFileSync(file('long-line.yaml'), `title: ${'y'.repeat(900_000)}\n`);
  writeFileSync(file('latin1.yaml'), Buffer.from('id: caf\xe9\n', 'latin1'));
  const minimal = readFileSync(fixture('minimal.yaml'), 'utf8');
  writeFileSync(file('bom-crlf.yaml'), `\uFEFF${minimal.replace(/\n/g, '\r\n')}`);
  const rows = Array.from({ length: 20_000 }, (_, i) => `p${i},${1 + (i % 5)},${1 + ((i + 1) % 5)},${1 + ((i + 2) % 5)}`);
  rows.push('last,3,seven,2');
  writeFileSync(file('bad-last-row.csv'), `\uFEFFName,a1,a2,a3\r\n${rows.join('\r\n')}\r\n`);
});

describe('hostile and broken input gets a located error, never a crash, a hang or a stack trace', () => {
  it.each(['bomb.yaml', 'huge.yaml', 'deep.yaml', 'long-line.yaml', 'latin1.yaml'])('validate %s', async (name) => {
    const r = await runBounded(['validate', file(name)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(located(file(name)));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads a BOM and CRLF line ends', async () => {
    expect((await runBounded(['validate', file('bom-crlf.yaml')])).code).toBe(0);
  });

  it('reports a bad row at the end of a large CSV with its row and column, and scores the rest', async () => {
    const r = await runBounded(['report', '--format', 'json', '--questionnaire', fixture('minimal.yaml'), file('bad-last-row.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${file('bad-last-row.csv').replace(/[.]/g, '\\.')}:20002:3: error: .*seven`, 'm'));
    expect(JSON.parse(r.stdout).respondents).toMatchObject({ read: 20_001, scored: 20_000, skipped: 1 });
    const strict = await runBounded(['report', '--strict', '--questionnaire', fixture('minimal.yaml'), file('bad-last-row.csv')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });
});
