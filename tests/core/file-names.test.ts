import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, fileStem, uniqueFileNames } from '../../src/core/file-names.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const names = (wanted: (string | undefined)[], reserved: string[] = []) =>
  uniqueFileNames(
    wanted.map((name, i) => ({ name, fallback: `respondent-${i + 2}` })),
    '.md',
    reserved,
  );
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Every rule a name must keep to be safe on Linux, macOS and Windows, as one check. */
function expectSafe(name: string) {
  expect(name).not.toMatch(/[/\\<>:"|?*]/);
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(name).not.toMatch(/^\.|[. ]$|\.\./);
  expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  expect(name.endsWith('.md')).toBe(true);
  expect(name.length).toBeGreaterThan('.md'.length);
}

describe('file names from respondent names', () => {
  it('makes a readable lower-case stem of letters and digits of any script', () => {
    expect(fileStem('Sam Patel')).toBe('sam-patel');
    expect(fileStem("  Siobhán O'Brien-Ó Súilleabháin ")).toBe('siobhán-o-brien-ó-súilleabháin');
    expect(fileStem('李小龍')).toBe('李小龍');
    expect(fileStem('sam.patel@nhs.net')).toBe('sam-patel-nhs-net');
    // A decomposed é (e + combining accent) is stored composed, as macOS would compare it.
    expect(fileStem('Zoe\u0301')).toBe('zo\u00e9');
  });

  it('leaves no way out of the folder and no character a file system refuses', () => {
    expect(names(['../x', '..', '.', 'a/b', 'a\\b', '<>:"|?*', 'x<y>:z"w|v?u*t', 'tab\there', 'bell\u0007', 'dots...', 'space '])).toEqual([
      'x.md',
      'respondent-3.md',
      'respondent-4.md',
      'a-b.md',
      'a-b-2.md',
      'respondent-7.md',
      'x-y-z-w-v-u-t.md',
      'tab-here.md',
      'bell.md',
      'dots.md',
      'space.md',
    ]);
  });

  it('never gives a name Windows reserves, with or without an extension, in any case', () => {
    expect(names(['CON', 'con', 'Prn', 'aux', 'NUL', 'com1', 'COM9', 'lpt1', 'LPT9', 'COM¹', 'con.txt'])).toEqual([
      'con_.md',
      'con_-2.md',
      'prn_.md',
      'aux_.md',
      'nul_.md',
      'com1_.md',
      'com9_.md',
      'lpt1_.md',
      'lpt9_.md',
      'com¹_.md',
      'con-txt.md',
    ]);
    expect(fileStem('console')).toBe('console');
    expect(fileStem('com10')).toBe('com10');
  });

  it('falls back to the row when a name is empty, missing or has nothing usable', () => {
    expect(names(['', undefined, '   ', '🦊🦊', '---'])).toEqual(['respondent-2.md', 'respondent-3.md', 'respondent-4.md', 'respondent-5.md', 'respondent-6.md']);
    expect(names(['🦊 Fox'])).toEqual(['fox.md']);
  });

  it('numbers names that repeat, ignoring case, and never reuses a name already given', () => {
    expect(names(['Sam Patel', 'sam patel', 'SAM PATEL', 'Sam Patel 2', 'Straße', 'STRASSE'])).toEqual(['sam-patel.md', 'sam-patel-2.md', 'sam-patel-3.md', 'sam-patel-2-2.md', 'straße.md', 'strasse-2.md']);
  });

  it('never gives out a reserved stem such as the index', () => {
    expect(names(['index', 'Index', 'INDEX'], ['index'])).toEqual(['index-2.md', 'index-3.md', 'index-4.md']);
  });

  it('cuts long names to the byte limit between whole characters, numbers included', () => {
    const long = 'é'.repeat(200);
    const [first, second] = names([long, long]);
    expect(bytes(first!)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(first).toBe(`${'é'.repeat(48)}.md`);
    expect(second).toBe(`${'é'.repeat(47)}-2.md`);
    // A letter with a combining accent that cannot be composed is kept whole or not at all.
    const [accented] = names(['q\u0323'.repeat(100)]);
    expect(accented).toMatch(/^(q\u0323)+\.md$/u);
    expect(bytes(accented!)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('gives safe, distinct names for any text at all', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: undefined }), { maxLength: 20 }), (wanted) => {
        const given = names(wanted, ['index']);
        expect(given).toHaveLength(wanted.length);
        given.forEach(expectSafe);
        const folded = given.map((n) => n.toUpperCase().toLowerCase());
        expect(new Set(folded).size).toBe(given.length);
        expect(folded).not.toContain('index.md');
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });
});
