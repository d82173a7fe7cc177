import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/terminal/progress.js';

/** A stand-in for process.stderr that records what is written. */
function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (text: string) => writes.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('progress bar', () => {
  it('draws nothing when the stream is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const progress = progressBar(stream, 'Writing', 500, { now: () => 0 });
    for (let i = 0; i < 500; i++) progress.advance();
    progress.done();
    expect(writes).toEqual([]);
  });

  it('draws nothing for a few dozen items or fewer', () => {
    const { stream, writes } = fakeStream(true);
    const progress = progressBar(stream, 'Writing', 36, { now: () => 0 });
    for (let i = 0; i < 36; i++) progress.advance();
    progress.done();
    expect(writes).toEqual([]);
  });

  it('redraws at most once per interval, and clears its line at the end', () => {
    const { stream, writes } = fakeStream(true);
    let clock = 0;
    const progress = progressBar(stream, 'Writing', 400, { now: () => clock });
    for (let i = 0; i < 200; i++) progress.advance();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\r\u001b\[2KWriting .* 1\/400$/);
    clock = 100;
    progress.advance();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain(' 201/400');
    expect(writes[1]).toContain(`${'█'.repeat(15)}`);
    progress.done();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays within the terminal width, so one carriage return clears it', () => {
    const { stream, writes } = fakeStream(true, 20);
    progressBar(stream, 'Writing', 100, { now: () => 0 }).advance();
    expect(writes[0]!.replace('\r\u001b[2K', '').length).toBeLessThanOrEqual(19);
  });
});
