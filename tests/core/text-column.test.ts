import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextColumn } from '../../src/core/text-column.js';

const columnOf = (texts: readonly (string | undefined)[]) => {
  const column = new TextColumn();
  for (const text of texts) column.add(text);
  return column;
};

describe('TextColumn', () => {
  it('gives back every text added, absent ones and empty ones included, across chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined }), { maxLength: 3000 }), (texts) => {
        const column = columnOf(texts);
        expect(column.count).toBe(texts.length);
        expect(Array.from({ length: texts.length }, (_, i) => column.at(i))).toEqual(texts);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the texts of a full chunk and of the one being filled, before and after more are added', () => {
    const texts = Array.from({ length: 1030 }, (_, i) => (i % 7 === 3 ? undefined : `Person ${i}`));
    const column = columnOf(texts.slice(0, 1025));
    expect([column.at(0), column.at(1023), column.at(1024)]).toEqual(['Person 0', 'Person 1023', 'Person 1024']);
    for (const text of texts.slice(1025)) column.add(text);
    expect([column.at(1023), column.at(1024), column.at(1029)]).toEqual(['Person 1023', 'Person 1024', 'Person 1029']);
    expect([column.at(3), column.at(1025)]).toEqual([undefined, undefined]);
  });

  it('has nothing outside the texts added', () => {
    const column = columnOf(['a', 'b']);
    expect([column.at(-1), column.at(2), column.at(0.5)]).toEqual([undefined, undefined, undefined]);
  });
});
