import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedLines } from '../../src/render/joined-lines.js';

describe('joinedLines', () => {
  it('is the lines joined by newlines, whatever their number', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2500 }), (items) => {
        const line = (item: string) => `<${item}>`;
        expect(joinedLines(items, line)).toBe(items.map(line).join('\n'));
      }),
      { numRuns: 40 },
    );
  });

  it('joins a batch of exactly 1,024 and the one line after it with one newline between', () => {
    const items = Array.from({ length: 1025 }, (_, i) => i);
    expect(joinedLines(items, String)).toBe(items.join('\n'));
    expect(joinedLines([], String)).toBe('');
  });
});
