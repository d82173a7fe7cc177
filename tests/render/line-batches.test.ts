import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBatches } from '../../src/render/line-batches.js';

describe('lineBatches', () => {
  it('is, put together, the lines joined by newlines, whatever their number', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2500 }), (items) => {
        const line = (item: string) => `<${item}>`;
        expect([...lineBatches(items, line)].join('')).toBe(items.map(line).join('\n'));
      }),
      { numRuns: 40 },
    );
  });

  it('makes a batch of 1,024 lines at a time, reading no line before it is asked for', () => {
    let read = 0;
    function* items() {
      for (let i = 0; i < 2049; i++) {
        read++;
        yield i;
      }
    }
    const batches = lineBatches(items(), String);
    expect(read).toBe(0);
    const first = batches.next().value!;
    expect(read).toBe(1024);
    expect(first.split('\n')).toHaveLength(1024);
    expect(batches.next().value).toBe(`\n${Array.from({ length: 1024 }, (_, i) => i + 1024).join('\n')}`);
    expect(batches.next().value).toBe('\n2048');
    expect(batches.next().done).toBe(true);
    expect([...lineBatches([], String)]).toEqual([]);
  });
});
