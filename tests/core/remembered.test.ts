import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/core/remembered.js';

describe('remembered', () => {
  it('makes each text once and gives the same result after', () => {
    const made: string[] = [];
    const upper = remembered((text) => {
      made.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(made).toEqual(['a', 'b']);
  });

  it('forgets every text once it holds the most it keeps, so it cannot grow without end', () => {
    const made: string[] = [];
    const upper = remembered((text) => {
      made.push(text);
      return text.toUpperCase();
    }, 2);
    // 'c' finds two held: they are forgotten, and 'a' is made again.
    for (const text of ['a', 'b', 'c', 'c', 'a']) upper(text);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
