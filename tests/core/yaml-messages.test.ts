import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { topLevelBlocks, withoutClosingBrackets } from '../../src/core/yaml-messages.js';
import { parseYamlSource } from '../../src/core/yaml-source.js';
import { fixture } from '../helpers/cli.js';

describe('topLevelBlocks: the top-level entry an offset lies in', () => {
  it('is the last line at or before it that starts in column 1 and is no comment, else the start', () => {
    // Offsets: "a: 1" 0, "  b: 2" 5, "" 12, "# c" 13, "d:" 17, "  - e" 20, the end 26.
    const blockOf = topLevelBlocks('a: 1\n  b: 2\n\n# c\nd:\n  - e\n');
    expect([0, 3, 7, 12, 14, 17, 18, 23, 26].map(blockOf)).toEqual([0, 0, 0, 0, 0, 17, 17, 17, 17]);
    // A file opening with a blank line and a tab has no entry start: every offset is in the one from 0.
    expect([0, 1, 2, 3].map(topLevelBlocks('\n\tx'))).toEqual([0, 0, 0, 0]);
    expect(topLevelBlocks('')(0)).toBe(0);
  });

  it('reads an entry of 10,000 lines with an error on each at once (found by fuzzing: each error stepped back line by line)', () => {
    // An answer file after 5,000 lines of "  a: b" then " -   a: b": a map, then list items it cannot hold.
    const text = `${'  a: b\n - '.repeat(5_000)}${readFileSync(fixture('score/alex.json'), 'utf8')}`;
    const { problems } = parseYamlSource(text, 'a.json');
    expect(problems.length).toBeGreaterThan(100);
    expect(problems.slice(0, 2).map((p) => `${p.line}:${p.column}`)).toEqual(['2:2', '3:2']);
  });
});

describe('a line of errors is put in words once (found by fuzzing: each error read the whole line)', () => {
  const messages = (text: string) => parseYamlSource(text, 'q.yaml').problems.map((p) => `${p.line}:${p.column} ${p.message}`);

  it("16,000 quoted values in a row: the first, ' ', ends at column 10, and more text follows at 12", () => {
    const shown = `'${"' ".repeat(20).slice(0, 39).replace(/'/g, "''")}…'`;
    expect(messages(`id: x\ntitle: ${"' ".repeat(16_000)}\n`)).toEqual([
      `2:12 more text follows the closing quote or bracket of this value: put the whole value in one pair of quotes, using single quotes to keep double quotes in the text: ${shown}`,
    ]);
  });

  it('32,000 double quotes: "" is the value, the third quote more text', () => {
    expect(messages(`id: x\ntitle: ${'"'.repeat(32_000)}\n`)).toEqual([
      `2:10 more text follows the closing quote or bracket of this value: put the whole value in one pair of quotes, using single quotes to keep double quotes in the text: '${'"'.repeat(39)}…'`,
    ]);
  });

  it('10,000 aliases in a row: the value starts with * at column 8, its fix cut to 40 characters', () => {
    expect(messages(`id: x\ntitle: ${'*a '.repeat(10_000)}\n`)).toEqual([`2:8 a value cannot start with * unless it is in quotes: put the whole value in quotes: "${'*a '.repeat(13)}…"`]);
  });
});

describe('withoutClosingBrackets: what /\\s*[}\\]]+,?\\s*$/ leaves', () => {
  it('drops the closing brackets that end a value, with the spaces and comma around them', () => {
    // A comma after spaces is no part of it: the brackets of "a}}  ,  " stay.
    const cases = ['a }, ', 'a ,', 'a ] ]', '[x]', ' ]', 'a', '', 'a}}  ,  ', 'a\t]'];
    expect(cases.map(withoutClosingBrackets)).toEqual(['a', 'a ,', 'a ]', '[x', '', 'a', '', 'a}}  ,  ', 'a']);
    expect(cases.map(withoutClosingBrackets)).toEqual(cases.map((text) => text.replace(/\s*[}\]]+,?\s*$/, '')));
  });

  it('leaves a long run of spaces with no bracket after it at once', () => {
    const text = `a${' '.repeat(200_000)}b`;
    expect(withoutClosingBrackets(text)).toBe(text);
  });
});
