import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import { ROOT } from '../helpers/cli.js';
import { fuzzRuns } from '../helpers/fuzz.js';

describe('textWidth counts columns as string-width does', () => {
  it.each([
    ['', 0],
    ['Systems leadership', 18],
    ['Café “au lait” — 5 €', 20],
    ['line\nbreak', 9], // a newline is a control: no column
    ['tab\there', 7],
    ['\u001b[1mbold\u001b[22m', 4],
    ['\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007', 4],
    ['漢字', 4],
    ['ｱｲｳ', 3], // half-width katakana
    ['😀', 2],
    ['👩‍👩‍👧', 2], // one grapheme joined by ZWJ
    ['🇬🇧', 2],
    ['e\u0301', 1],
    ['©®‼', 6], // emoji even without their emoji presentation selector
    ['soft\u00adhyphen', 10],
    ['zero\u200bwidth', 9],
    ['\ud800', 0], // a lone surrogate
    ['한국어', 6],
    ['\u1100\u1161', 2], // Hangul jamo making one syllable
  ])('%j is %i columns', (text, columns) => {
    expect(stringWidth(text)).toBe(columns); // the expectation is string-width's
    expect(textWidth(text)).toBe(columns);
  });

  it('on any text, of any script, emoji and escape sequences among it', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('a', ' ', 'é', '—', '\u001b[31m', '\u200d', '\ufe0f', '😀', '漢', '\u0301', '\u00ad', '©', '\n', '\t', '\u0085'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => textWidth(parts.join('')) === stringWidth(parts.join(''))),
      { numRuns: fuzzRuns(1000) },
    );
  });
});

describe('the bundle', () => {
  it('gives wrap-ansi textWidth for string-width, so that no chunk holds string-width', () => {
    const chunks = Object.values(JSON.parse(readFileSync(`${ROOT}dist/bundle/meta.json`, 'utf8')) as Record<string, { modules: string[] }>);
    const modules = chunks.flatMap((chunk) => chunk.modules);
    expect(modules).toContain('node_modules/wrap-ansi/index.js');
    expect(modules).toContain('dist/render/string-width.js');
    expect(modules.filter((m) => m.startsWith('node_modules/string-width/'))).toEqual([]);
  });
});
