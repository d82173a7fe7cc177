import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../src/core/json-source.js';
import { lineStart, placeAt } from '../../src/core/line-start.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';

describe('the start of the line an offset is on', () => {
  it('is 0 on the first line, even when the text opens with a line end', () => {
    expect(lineStart('\nab', 0)).toBe(0);
    expect(lineStart('\nab', 1)).toBe(1);
    expect(lineStart('\nab', 2)).toBe(1);
    expect(lineStart('ab\ncd', 2)).toBe(0);
    expect(lineStart('ab\ncd', 3)).toBe(3);
    expect(lineStart('', 0)).toBe(0);
  });

  // Found by the fuzz test: stepping back from line 2 to line 1 of such a file looped for ever.
  it('lets a file that opens with a blank line and then a tab be refused, at the tab', () => {
    const problems = loadQuestionnaire('\n\tx', 'q.yaml').problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message.split(':')[0]}`)).toEqual(['2:1 this line is indented with a tab']);
    expect(loadQuestionnaire('\n\n\t- a', 'q.yaml').problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:1']);
  });

  it('places JSON values by the same line starts', () => {
    const source = parseJsonSource('\n{"a": 1}');
    expect(source?.locate([])).toMatchObject({ line: 2, column: 1 });
    expect(source?.locate(['a'], true)).toMatchObject({ line: 2, column: 2 });
    expect(source?.locate(['a'])).toMatchObject({ line: 2, column: 7 });
    expect(parseJsonSource('{"a": 1}')?.locate([])).toMatchObject({ line: 1, column: 1 });
  });

  it('gives the line and column of an offset, from 1, lines ending at \\n alone', () => {
    expect(placeAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(placeAt('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(placeAt('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(placeAt('\n\nx', 2)).toEqual({ line: 3, column: 1 });
    expect(placeAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(placeAt('a\rb', 2)).toEqual({ line: 1, column: 3 });
  });
});
