import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, guessDelimiter, type CsvRow } from '../../src/core/csv/tokenizer.js';

/** Feeds the text in the given pieces and returns every row and the problems. */
function tokenize(pieces: string[], delimiter = ',', maxRecordLength?: number) {
  const tokenizer = new CsvTokenizer('t.csv', delimiter, maxRecordLength);
  const rows: CsvRow[] = [];
  for (const piece of pieces) rows.push(...tokenizer.push(piece));
  rows.push(...tokenizer.end());
  return { rows: rows.map((r) => `${r.line}: ${r.cells.join('|')}`), problems: tokenizer.problems.map((p) => `${p.line}:${p.column} ${p.message}`) };
}

/** Rows as plain records, however the tokenizer holds them (a LineRow keeps places in its text). */
const plain = (rows: CsvRow[]) => rows.map(({ cells, line, span }) => (span ? { cells, line, span } : { cells, line }));

/** The text cut at the given positions. */
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
};

describe('splitting CSV text into rows', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, counting lines exactly', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\n\n3,,\r\nlast,row,here';
    expect(tokenize([text]).rows).toEqual(['1: a|b|c', '2: x, y|say "hi"|two\nlines', '6: 3||', '7: last|row|here']);
  });

  it('gives the same rows however the text is cut into pieces', () => {
    const text = '\uFEFFa,"b ""q"""\r\n"1\r\n2",x\r\r\n\n"",\n';
    const whole = tokenize([text]).rows;
    expect(whole).toEqual(['1: a|b "q"', '2: 1\n2|x', '6: |']);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) expect(tokenize([text.slice(0, i), text.slice(i, j), text.slice(j)]).rows).toEqual(whole);
    }
  });

  it('reads old Mac line ends, semicolons and tabs', () => {
    expect(tokenize(['a;b\rc;d\r'], ';').rows).toEqual(['1: a|b', '2: c|d']);
    expect(tokenize(['a\tb\nc\td'], '\t').rows).toEqual(['1: a|b', '2: c|d']);
  });

  it('keeps a quote inside an unquoted cell, and text after a closing quote', () => {
    expect(tokenize(['Asha "A" Patel,4\n"4"5,6\n']).rows).toEqual(['1: Asha "A" Patel|4', '2: 45|6']);
  });

  it('ends a trailing delimiter with an empty cell', () => {
    expect(tokenize(['a,']).rows).toEqual(['1: a|']);
  });

  it('stops at a quote never closed, pointing at the quote and counting the lines after it', () => {
    expect(tokenize(['a,b\n1,2\n3,"four\n5,6\n'])).toEqual({ rows: ['1: a|b', '2: 1|2'], problems: ['3:2 a quote opens this cell and is never closed: this row and the 1 line after it cannot be read'] });
    expect(tokenize(['a,b\r\n1,"x', 'y\r', '\n\r\n5,6\r\n7,8'])).toEqual({ rows: ['1: a|b'], problems: ['2:2 a quote opens this cell and is never closed: this row and the 3 lines after it cannot be read'] });
    expect(tokenize(['a,b\n1,"2'])).toEqual({ rows: ['1: a|b'], problems: ['2:2 a quote opens this cell and is never closed: this row cannot be read'] });
  });

  it('stops at a record too long to be a row, still counting the lines it makes unreadable', () => {
    const { rows, problems } = tokenize(['a,b\n1,"', 'x'.repeat(50), 'x'.repeat(50), '"\n2,3\n', '4,5\n'], ',', 80);
    expect(rows).toEqual(['1: a|b']);
    expect(problems).toEqual(['2:2 a quote opens this cell and is not closed within 80 characters: this row and the 2 lines after it cannot be read']);
    expect(tokenize(['a,b\n', 'y'.repeat(100), '\nc,d\n'], ',', 80).problems).toEqual(['2:1 the row is longer than 80 characters, so it is not a row of a survey export: this row and the 1 line after it cannot be read']);
  });

  it('stops at a record of more cells than a survey export has', () => {
    const tokenizer = new CsvTokenizer('t.csv', ',', undefined, 4);
    expect(plain(tokenizer.push('a,b,c,d\n1,2,3,4,5,6\n7\n'))).toEqual([{ cells: ['a', 'b', 'c', 'd'], line: 1 }]);
    tokenizer.end();
    expect(tokenizer.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['2:5 the row has more than 4 cells, so it is not a row of a survey export: this row and the 1 line after it cannot be read']);
  });

  it('tells which record spans several lines and which cell breaks them', () => {
    const tokenizer = new CsvTokenizer('t.csv');
    expect(plain([...tokenizer.push('a,b,c\n1,"x,\ny","z\n\nw"\n2,3,4\n'), ...tokenizer.end()])).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', 'x,\ny', 'z\n\nw'], line: 2, span: { lines: 4, cell: 1, delimiters: 1 } },
      { cells: ['2', '3', '4'], line: 6 },
    ]);
  });

  it('reads a long record that arrives a character at a time in linear time', () => {
    const tokenizer = new CsvTokenizer('t.csv');
    const cell = 'x'.repeat(400_000);
    let rows = 0;
    for (const char of `a\n"${cell}"\n`) rows += tokenizer.push(char).length;
    rows += tokenizer.end().length;
    expect(rows).toBe(2);
  });

  it('reads any well-formed CSV back into the cells written, in any pieces', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\r\n', ';', 'é', '’') });
    const records = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(records, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (data, eol, cuts) => {
        const quote = (cell: string, alone: boolean) => (/[",\r\n]/.test(cell) || (alone && cell === '') ? `"${cell.replaceAll('"', '""')}"` : cell);
        const lines = data.map((cells) => cells.map((c) => quote(c, cells.length === 1)).join(','));
        const text = lines.join(eol) + eol;
        let line = 1;
        const expected = data.map((cells, i) => {
          const row = `${line}: ${cells.map((c) => c.replace(/\r\n?/g, '\n')).join('|')}`;
          line += lines[i]!.split(/\r\n|\r|\n/).length;
          return row;
        });
        expect(tokenize(cut(text, cuts))).toEqual({ rows: expected, problems: [] });
      }),
    );
  });
});

describe('guessing the delimiter', () => {
  it('takes the commonest of comma, semicolon and tab outside quotes on the header line', () => {
    expect(guessDelimiter('Name;"Question, with comma";Team\n1,2,3,4,5')).toBe(';');
    expect(guessDelimiter('Name\tsv1\tsv2')).toBe('\t');
    expect(guessDelimiter('Name,sv1;x')).toBe(',');
    expect(guessDelimiter('Name')).toBe(',');
  });

  it('takes the one every whole line has as many of as the header, for question texts with commas no one quoted', () => {
    // European Excel quotes only cells holding ";", Excel's "Unicode text" only those holding a tab.
    const semicolons = 'Name;I ask people, then act, and check;I judge success by outcomes, not activity, and say so\nAsha;4;5\nBen;3;2\n';
    expect(guessDelimiter(semicolons)).toBe(';');
    expect(guessDelimiter('Name\tFirst, second, third\nAsha\t4\n')).toBe('\t');
    // Blank lines, and a last line cut short, do not count.
    expect(guessDelimiter('a,b;c,d\n\n1,2;3,4\n5;')).toBe(',');
    // When no delimiter is steady, the header's commonest.
    expect(guessDelimiter('a;b;c\n1;2\n1;2;3;4\n')).toBe(';');
  });
});
