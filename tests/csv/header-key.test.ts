import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/core/csv/header-key.js';

/** headerKey worked out afresh every time. */
const fresh = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('headerKey', () => {
  it('folds case, compatibility forms, punctuation and spacing', () => {
    expect(headerKey('  I listen to others’ views. ')).toBe('i listen to others views');
    expect(headerKey('Ｓｈａｒｅｄ\u00a0VALUES—1')).toBe('shared values 1');
  });

  it('gives the same key when asked again, however many texts were asked for in between', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Question ${i}: “Do you agree?”`);
    for (const text of texts) expect(headerKey(text)).toBe(fresh(text));
    for (const text of texts) expect(headerKey(text)).toBe(fresh(text));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(headerKey(text)).toBe(fresh(text));
        expect(headerKey(text)).toBe(fresh(text));
      }),
    );
  });
});
