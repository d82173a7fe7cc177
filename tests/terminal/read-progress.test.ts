import { describe, expect, it } from 'vitest';
import { readProgressBar } from '../../src/terminal/read-progress.js';

/** A stand-in for stderr that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 60, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
}

describe('the progress bar while reading', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { written, stream: s } = stream(false);
    const bar = readProgressBar(s, () => 5000);
    bar.update({ file: 'big.csv', rows: 50_000, bytesRead: 1, totalBytes: 2 });
    bar.done();
    expect(written).toEqual([]);
  });

  it('waits for 5,000 rows or a second, redraws at most every 100 ms, and clears the line at the end', () => {
    const { written, stream: s } = stream(true);
    let now = 0;
    const bar = readProgressBar(s, () => now);
    bar.update({ file: 'big.csv', rows: 4000, bytesRead: 10, totalBytes: 100 });
    expect(written).toEqual([]);
    now = 10;
    bar.update({ file: 'big.csv', rows: 6000, bytesRead: 50, totalBytes: 100 });
    expect(written).toEqual(['\r\u001b[2Kreading big.csv ██████████░░░░░░░░░░ 50% 6,000 rows']);
    now = 50;
    bar.update({ file: 'big.csv', rows: 7000, bytesRead: 60, totalBytes: 100 });
    expect(written).toHaveLength(1);
    now = 200;
    bar.update({ file: '<stdin>', rows: 900, bytesRead: 60 });
    expect(written).toHaveLength(1);
    now = 1200; // a second after the start, a few rows are worth a bar too
    bar.update({ file: '<stdin>', rows: 900, bytesRead: 60 });
    expect(written.at(-1)).toBe('\r\u001b[2Kreading <stdin> 900 rows');
    bar.done();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('never writes a line wider than the terminal, and makes file names safe', () => {
    const { written, stream: s } = stream(true);
    let now = 0;
    const bar = readProgressBar(s, () => now);
    now = 1500;
    bar.update({ file: `a\u001b]52;c;evil\u0007${'x'.repeat(100)}.csv`, rows: 10, bytesRead: 1, totalBytes: 3 });
    const line = written[0]!.replace('\r\u001b[2K', '');
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).not.toMatch(/\u001b|\u0007/);
  });
});
