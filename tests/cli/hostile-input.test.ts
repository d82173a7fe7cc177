import { execFileSync, spawn } from 'node:child_process';
import fc from 'fast-check';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, fixture, runCli } from '../helpers/cli.js';
import { fuzzRuns } from '../helpers/fuzz.js';
import { BOUND_MS, runWithinBound } from '../helpers/bounded.js';

let dir: string;
const file = (name: string) => join(dir, name);

/** The built binary with its heap capped at 64 MB: input that costs more memory crashes it, and fails the test. */
function runBounded(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=64', BIN, ...args], { env: { PATH: process.env.PATH, SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR } });
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
  for (let i = 1; i < 9; i++)
    bomb.push(
      `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
        .fill(`*${'abcdefghi'[i - 1]}`)
        .join(', ')}]`,
    );
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
    // The report is written; the exit code says a row was left out.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file('bad-last-row.csv').replace(/[.]/g, '\\.')}:20002:3: error: .*seven`, 'm'));
    expect(JSON.parse(r.stdout).respondents).toMatchObject({ read: 20_001, scored: 20_000, skipped: 1 });
    const strict = await runBounded(['report', '--strict', '--questionnaire', fixture('minimal.yaml'), file('bad-last-row.csv')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });
});

describe('bounded inputs: any single input file ends within 5 s and a 300 MB heap, with a located error', () => {
  const minimal = fixture('minimal.yaml');
  const hostile: Record<string, () => string> = {
    'a 10 MB header line of column names': () => write('header-10mb.csv', `a1,a2,a3,${Array.from({ length: 1_200_000 }, (_, i) => `c${i}`).join(',')}`.slice(0, 10_000_000)),
    'a 40 MB header that is one cell': () => write('header-cell-40mb.csv', `${'h'.repeat(40_000_000)}\na1\n`),
    'a 1 MB line with no line break': () => write('line-1mb.csv', `a1,a2,a3\n${'x'.repeat(1_048_577)}`),
    'a file of only quotes': () => write('quotes.csv', '"'.repeat(5_000_000)),
    'a huge quoted cell': () => write('huge-cell.csv', `a1,a2,a3\n"${'y'.repeat(5_000_000)}",1,1\n`),
    'many columns': () => write('many-columns.csv', `a1,a2,a3,${Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',')}\n1,1,1${','.repeat(200_000)}\n`),
    'a header of brackets': () => write('brackets.csv', `a1,x ${'['.repeat(1_000_000)}\n1,2\n`),
    'NUL bytes': () => write('nul.csv', Buffer.concat([Buffer.from('a1,a2,a3\n1,2,3\n'), Buffer.alloc(5_000_000)])),
    'an answer file of NUL bytes': () => write('nul.yaml', Buffer.alloc(5_000_000)),
    '/dev/zero': () => '/dev/zero',
  };
  function write(name: string, content: string | Buffer): string {
    writeFileSync(file(name), content);
    return file(name);
  }

  for (const [what, make] of Object.entries(hostile)) {
    for (const command of [
      ['report', '--format', 'json'],
      ['score', '--format', 'json'],
    ]) {
      it.skipIf(what === '/dev/zero' && process.platform === 'win32')(
        `${command[0]}: ${what}`,
        async () => {
          const path = make();
          for (const questionnaire of [[], ['--questionnaire', minimal]]) {
            const r = await runWithinBound([...command, ...questionnaire, path]);
            expect(r.killed, `still running after ${BOUND_MS} ms`).toBe(false);
            expect(r.stderr).not.toMatch(/\n\s+at |internal error|heap/i);
            // A located error, or (for input that is odd but well-formed) a result.
            if (r.code === 0) expect(JSON.parse(r.stdout)).toBeTruthy();
            else {
              expect(r.code, r.stderr).toBe(1);
              expect(r.stderr).toMatch(located(path));
              expect(r.stdout).toBe('');
            }
          }
        },
        4 * BOUND_MS,
      );
    }
  }

  it.skipIf(process.platform === 'win32')(
    'reads a FIFO that never ends with the same limits',
    async () => {
      const fifo = file('endless');
      execFileSync('mkfifo', [fifo]);
      for (const chunk of ['x', '\0']) {
        const writer = createWriteStream(fifo);
        writer.on('error', () => {}); // the reader closes the FIFO when it stops
        const piece = chunk.repeat(64 * 1024);
        const pump = () => {
          while (!writer.destroyed && writer.write(piece));
        };
        writer.on('drain', pump);
        writer.on('open', pump);
        const r = await runWithinBound(['report', fifo]);
        writer.destroy();
        expect(r.killed, `still running after ${BOUND_MS} ms`).toBe(false);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(located(fifo));
      }
    },
    4 * BOUND_MS,
  );
});

describe('a CSV read only in part is never reported as complete', () => {
  const minimal = fixture('minimal.yaml');
  const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i + 1));
  const good = (i: number) => `p${i},${1 + (i % 5)},${1 + ((i + 1) % 5)},${1 + ((i + 2) % 5)}`;

  it('stops at a stray opening quote on row 501 of 1,000: exit 1, the quote located, nothing reported', async () => {
    const path = file('stray-501.csv');
    writeFileSync(path, `Name,a1,a2,a3\n${rows(1000, (i) => (i === 501 ? 'p501,"3,2,1' : good(i))).join('\n')}\n`);
    for (const command of [['report'], ['report', '--format', 'json'], ['score', '--format', 'json']]) {
      const r = await runCli([...command, '--questionnaire', minimal, path]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${path}:502:2: error: a quote opens this cell and is never closed: this row and the 499 lines after it cannot be read`);
      expect(r.stderr).not.toMatch(/500 read|scored/);
    }
  });

  it('stops at an over-long record: exit 1, located, the later lines counted', async () => {
    const path = file('over-long.csv');
    writeFileSync(path, `Name,a1,a2,a3\n${rows(10, good).join('\n')}\np11,"${'z'.repeat(1_100_000)}",1,1\n${rows(5, good).join('\n')}\n`);
    const r = await runCli(['report', '--format', 'json', '--questionnaire', minimal, path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path}:12:2: error: a quote opens this cell and is not closed within 1,048,576 characters: this row and the 5 lines after it cannot be read`);
  });

  it('counts every line a stray quote swallows up to a later quote as skipped, pointing at the quote', async () => {
    const path = file('stray-closed.csv');
    writeFileSync(path, `Name,a1,a2,a3\n${rows(1000, (i) => (i === 501 ? 'p501,"3,2,1' : i === 700 ? 'p700,"4",2,1' : good(i))).join('\n')}\n`);
    const r = await runCli(['report', '--format', 'json', '--questionnaire', minimal, path]);
    expect(r.stderr).toContain(`${path}:502:2: error: a quote opens this cell and closes only on line 701, but column 2 "a1" cannot hold a line break`);
    expect(JSON.parse(r.stdout).respondents).toEqual({ read: 1000, scored: 800, skipped: 200, reasons: { 'quote not closed in its row': 200 } });
  });

  it('never exits 0 for a file with a quote left open, in score or report', async () => {
    const quoted = fc.string({ unit: fc.constantFrom('1', 'a', ',', '"', '\n') }).map((name) => `"${name.replaceAll('"', '""')}"`);
    // After the open quote no other quote comes, so it is never closed.
    const plain = fc.string({ unit: fc.constantFrom('1', 'a', ' ') });
    const rows = (name: fc.Arbitrary<string>) => fc.array(fc.tuple(name, fc.constantFrom('1', '2', 'x', '')), { maxLength: 20 }).map((r) => r.map(([n, a1]) => `${n},${a1},2,3`));
    await fc.assert(
      fc.asyncProperty(rows(quoted), rows(plain), async (before, after) => {
        const path = file('open-quote.csv');
        writeFileSync(path, `Name,a1,a2,a3\n${[...before, 'open,"4,2,3', ...after].join('\n')}\n`);
        for (const command of ['report', 'score']) {
          const r = await runCli([command, '--format', 'json', '--questionnaire', minimal, path]);
          expect(r.code).toBe(1);
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/:\d+:2: error: a quote opens this cell and is never closed/);
        }
      }),
      { numRuns: fuzzRuns(6) },
    );
  }, 60_000);

  it('takes a header with no rows after it as no respondents, as an empty file, in score and report', async () => {
    const headerOnly = file('header-only.csv');
    writeFileSync(headerOnly, 'Name,a1,a2,a3\r\n');
    const empty = file('empty.csv');
    writeFileSync(empty, '');
    for (const path of [headerOnly, empty]) {
      const report = await runCli(['report', '--questionnaire', minimal, path]);
      expect(report.code).toBe(1);
      expect(report.stdout).toBe('');
      expect(report.stderr).toMatch(located(path));
      expect(report.stderr).toContain('syslead: error: no respondents to report on');
      const score = await runCli(['score', '--questionnaire', minimal, path]);
      expect(score.code).toBe(1);
      expect(score.stderr).toMatch(located(path));
    }
  });
});
