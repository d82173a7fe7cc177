/**
 * Issue 22: a count's noun agrees with its number in every catalogue. "respondent(s)" cannot be
 * put into Welsh, whose noun after a number takes one of six forms (2 raddiwr, 3 chydweithiwr), so
 * a count is a plural message with a form for each number; and a plural message whose forms are
 * all one text only looks as if it agreed (a plain string says the same, and says it honestly).
 */
import { describe, expect, it } from 'vitest';
import { CY } from '../../src/core/i18n/cy.js';
import { EN } from '../../src/core/i18n/en.js';
import type { Message } from '../../src/core/i18n/message.js';

/** A word with its plural ending in brackets: English (s), (es); Welsh (au), (iau), (ion). Not http(s)://, an address. */
const BRACKETED_PLURAL = /\p{L}\((?:s|es|au|iau|ion)\)(?!:\/\/)/u;

/** The keys whose message writes a plural ending in brackets, in any of its forms. */
function bracketedPlurals(catalogue: Readonly<Record<string, Message>>): string[] {
  return Object.entries(catalogue)
    .filter(([, m]) => (typeof m === 'string' ? [m] : Object.values(m)).some((text) => BRACKETED_PLURAL.test(text)))
    .map(([key]) => key);
}

/** The keys of the plural messages that hold {count} yet give every number the same text. */
function formsAllAlike(catalogue: Readonly<Record<string, Message>>): string[] {
  return Object.entries(catalogue)
    .filter(([, m]) => typeof m !== 'string' && m.other.includes('{count}') && new Set(Object.values(m)).size === 1)
    .map(([key]) => key);
}

describe('the checks themselves', () => {
  it('find a bracketed plural after a word, and pass an address', () => {
    expect(bracketedPlurals({ a: '{count} respondent(s) left out', b: '{n} box(es)', c: 'eitem(au) {items}', d: 'a full http(s):// address', e: '(s) alone', f: { one: '1 rater', other: '{count} rater(s)' } })).toEqual([
      'a',
      'b',
      'c',
      'f',
    ]);
  });

  it('find a plural message whose forms are one text with a count, not one whose forms differ or that holds no count', () => {
    expect(formsAllAlike({ a: { one: '{count} read', other: '{count} read' }, b: { one: '{count} item', other: '{count} items' }, c: { one: 'none', other: 'none' }, d: '{count} read' })).toEqual(['a']);
  });
});

describe.each([
  ['English', EN],
  ['Welsh', CY],
] as const)('the %s catalogue', (_, catalogue) => {
  it('writes no plural ending in brackets: a count is a plural message', () => {
    expect(bracketedPlurals(catalogue)).toEqual([]);
  });

  it('has no plural message whose forms are all the same text with a count (that is a plain string)', () => {
    expect(formsAllAlike(catalogue)).toEqual([]);
  });
});
