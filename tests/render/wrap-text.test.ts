import fc from 'fast-check';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { isNarrowText } from '../../src/render/text-width.js';
import { wrapText } from '../../src/render/wrap-text.js';
import { fuzzRuns } from '../helpers/fuzz.js';

/** The reference: what text reports used before wrapText, and what wrapText falls back to. */
const reference = (text: string, columns: number) => wrapAnsi(text, columns, { hard: true, trim: true });

const narrowCharacters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => c !== '\n' && isNarrowText(c));

describe('the narrow characters wrapText measures by their length', () => {
  it('include printable ASCII, accented letters and typographic punctuation', () => {
    for (const c of ['a', 'Z', '~', '!', ' ', 'é', 'ß', 'Ł', '—', '’', '“', '•', '…', '€', '─', '│', '░', '█']) expect(isNarrowText(c), c).toBe(true);
    for (const c of ['\t', '\r', '\u001B', '\u00A0', '\u00AD', '©', '‼', '字', '😀', '\u0301', '\u200B', '\u2028', '▪']) expect(isNarrowText(c), c).toBe(false);
  });

  it('are each one column for string-width, one UTF-16 unit, not white space (but the space), unchanged by normalisation', () => {
    expect(narrowCharacters.length).toBeGreaterThan(500);
    for (const c of narrowCharacters) {
      const facts = { width: stringWidth(c), length: c.length, whiteSpace: c.trim() === '', normalised: c.normalize() };
      expect(facts, `U+${c.charCodeAt(0).toString(16)}`).toEqual({ width: 1, length: 1, whiteSpace: c === ' ', normalised: c });
    }
  });

  it('stay apart in pairs: normalisation composes none, and string-width counts two columns', () => {
    const joined: string[] = [];
    for (const a of narrowCharacters) for (const b of narrowCharacters) if ((a + b).normalize() !== a + b) joined.push(a + b);
    expect(joined).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...narrowCharacters), fc.constantFrom(...narrowCharacters), (a, b) => stringWidth(a + b) === 2),
      { numRuns: fuzzRuns(2000) },
    );
  });
});

describe('wrapText wraps as wrap-ansi with { hard: true, trim: true }', () => {
  it.each([
    // [text, columns, expected] worked out by hand from wrap-ansi's rules.
    ['the quick brown fox', 10, 'the quick\nbrown fox'],
    ['the quick brown fox', 9, 'the quick\nbrown fox'],
    ['the quick brown fox', 8, 'the\nquick\nbrown\nfox'],
    // Spaces between words on a line stay; at the ends of lines they go; a line of spaces is empty.
    ['  a  b  ', 10, 'a  b'],
    ['a    b', 3, 'a\nb'],
    ['     ', 4, ''],
    ['', 5, ''],
    // A long word is cut: it starts on the current line when that saves a break, else on the next.
    ['abcdefghij', 4, 'abcd\nefgh\nij'],
    ['xy abcdefgh', 4, 'xy\nabcd\nefgh'],
    ['xy abcdefghi', 4, 'xy a\nbcde\nfghi'],
    ['xy abcdefgh', 5, 'xy\nabcde\nfgh'],
    ['abcd abcd', 4, 'abcd\nabcd'],
    ['abcd abcdefgh', 4, 'abcd\nabcd\nefgh'],
    // Each line on its own; CRLF is a newline; empty lines stay.
    ['one two\r\n\nthree', 3, 'one\ntwo\n\nthr\nee'],
    ['a\n  \nb ', 1, 'a\n\nb'],
    ['Ça coûte 10 € — «cher»', 9, 'Ça coûte\n10 € —\n«cher»'],
  ])('%j at %i columns', (text, columns, expected) => {
    expect(wrapText(text, columns)).toBe(expected);
    expect(reference(text, columns)).toBe(expected);
  });

  it('leaves text with escape sequences, tabs or wide characters to wrap-ansi', () => {
    const red = '\u001B[31mred words here\u001B[39m';
    expect(wrapText(red, 5)).toBe(reference(red, 5));
    expect(wrapText(red, 5)).toBe('\u001B[31mred\u001B[39m\n\u001B[31mwords\u001B[39m\n\u001B[31mhere\u001B[39m');
    expect(wrapText('字字字 a\tb', 4)).toBe(reference('字字字 a\tb', 4));
  });

  const fragments = [
    'a',
    'b',
    'Z',
    '9',
    '-',
    '.',
    "'",
    ' ',
    ' ',
    '  ',
    '   ',
    '\n',
    '\r\n',
    '\r',
    '\t',
    'é',
    'Ł',
    '—',
    '’',
    '€',
    '\u00A0',
    '©',
    '字',
    '😀',
    'e\u0301',
    '\u200B',
    '\u001B[31m',
    '\u001B[39m',
    '\u001B[1m',
    '\u001B[22m',
    '\u001B]8;;https://example.org\u0007',
    '\u001B]8;;\u0007',
    'word',
    'systems',
    'leadership',
    'abcdefghijklmnopqrstuvwxyz',
    '0123456789012345678901234567890123456789',
  ];
  const columns = fc.integer({ min: 1, max: 100 });

  it('on random text of words, spaces, newlines, tabs, wide and combining characters and styles', () => {
    const text = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, columns, (t, c) => wrapText(t, c) === reference(t, c)),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it('on random narrow text, which takes the fast path', () => {
    const word = fc.array(fc.constantFrom(...narrowCharacters.filter((c) => c !== ' ')), { minLength: 1, maxLength: 30 }).map((cs) => cs.join(''));
    const gap = fc.constantFrom(' ', ' ', '  ', '    ', '\n', ' \n ', '\n\n');
    const text = fc.array(fc.oneof(word, gap), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, columns, (t, c) => {
        expect(isNarrowText(t)).toBe(true);
        return wrapText(t, c) === reference(t, c);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
