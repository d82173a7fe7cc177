import { describe, expect, it } from 'vitest';
import { shortened } from '../../src/core/shortened.js';

describe('a text as a message quotes it', () => {
  it('is whole up to the most, and cut after one fewer with "…" beyond', () => {
    expect(shortened('a'.repeat(40))).toBe('a'.repeat(40));
    expect(shortened('a'.repeat(41))).toBe(`${'a'.repeat(39)}…`);
    expect(shortened('abcdef', 5)).toBe('abcd…');
    expect(shortened('abcde', 5)).toBe('abcde');
  });

  it('counts characters, not UTF-16 units, and never cuts inside one', () => {
    // 41 units but 40 characters: whole.
    expect(shortened(`${'a'.repeat(39)}😀`)).toBe(`${'a'.repeat(39)}😀`);
    expect(shortened(`${'a'.repeat(38)}😀😀b`)).toBe(`${'a'.repeat(38)}😀…`);
    expect(shortened('😀'.repeat(30))).toBe('😀'.repeat(30));
    expect(shortened('😀'.repeat(41))).toBe(`${'😀'.repeat(39)}…`);
  });
});
