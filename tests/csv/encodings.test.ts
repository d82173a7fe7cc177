// The encodings Excel writes a CSV in: "CSV UTF-8" (with a byte-order mark), "Unicode text"
// (UTF-16 little-endian with its byte-order mark, tab-separated), "CSV (Comma delimited)" (the
// Windows code page: Windows-1252 on a UK or Western European PC), as Microsoft documents them
// (https://support.microsoft.com/en-gb/office/file-formats-that-are-supported-in-excel-0943ff2c-6014-4e8d-aaea-b83d51d46247).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { readCsvBatches, WINDOWS_1252_NOTE } from '../../src/io/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'syslead-encodings-'));
let files = 0;
const write = (content: Buffer) => {
  const file = join(dir, `${++files}.csv`);
  writeFileSync(file, content);
  return file;
};

/** Every row's cells and every warning, read from the bytes given in pieces of `piece` bytes (a pipe's). */
async function read(bytes: Buffer, piece = 65536): Promise<{ rows: string[][]; problems: Problem[] }> {
  async function* pieces() {
    for (let i = 0; i < bytes.length; i += piece) yield bytes.subarray(i, i + piece);
  }
  const rows: string[][] = [];
  const problems: Problem[] = [];
  for await (const batch of readCsvBatches('in.csv', pieces())) {
    rows.push(...batch.rows.map((r) => r.cells));
    problems.push(...(batch.problems ?? []));
  }
  return { rows, problems };
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
/** Windows-1252's bytes for each character it has (WHATWG's table: 0x80-0x9F as Windows has them). */
const cp1252 = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) cp1252.set(new TextDecoder('windows-1252').decode(Uint8Array.of(byte)), byte);
const encode1252 = (text: string) => Buffer.from(Array.from(text, (c) => cp1252.get(c)!));

describe('reading a CSV in the encodings Excel saves', () => {
  it('reads UTF-16 little-endian with its byte-order mark, tab-separated (Excel\'s "Unicode text")', async () => {
    const text = '\uFEFFName\tI put my organisation’s interests first, then the system’s.\nRenée\t4\n';
    const got = await read(Buffer.from(text, 'utf16le'), 3);
    expect(got).toEqual({
      rows: [
        ['Name', 'I put my organisation’s interests first, then the system’s.'],
        ['Renée', '4'],
      ],
      problems: [],
    });
  });

  it('reads UTF-16 big-endian with its byte-order mark', async () => {
    const got = await read(utf16be('\uFEFFName;sv1\r\nZoë;2\r\n'));
    expect(got.rows).toEqual([
      ['Name', 'sv1'],
      ['Zoë', '2'],
    ]);
  });

  it('reads Windows-1252 with a one-line warning at the first byte that is not UTF-8', async () => {
    const got = await read(Buffer.concat([Buffer.from('Name,sv1\nAsha,4\nRen'), Buffer.from([0xe9]), Buffer.from(',3\n"'), Buffer.from([0x93, 0x80, 0x94]), Buffer.from('",5\n')]));
    expect(got.rows).toEqual([
      ['Name', 'sv1'],
      ['Asha', '4'],
      ['René', '3'],
      ['“€”', '5'],
    ]);
    expect(got.problems).toEqual([{ file: 'in.csv', line: 3, column: 4, severity: 'warning', message: WINDOWS_1252_NOTE }]);
  });

  it('refuses UTF-16 whose bytes are cut short', async () => {
    const file = write(Buffer.concat([Buffer.from('\uFEFFName\tsv1\n', 'utf16le'), Buffer.from([0x41])]));
    const all = async () => {
      for await (const _ of readCsvBatches(file));
    };
    await expect(all()).rejects.toThrow(/error: the file starts as UTF-16 text/);
  });

  it('still refuses binary data, told by a NUL, when there is no UTF-16 byte-order mark', async () => {
    await expect(read(Buffer.from('Name,sv1\n\0\0\0', 'latin1'))).rejects.toThrow(/:2:1: error: the file holds a NUL byte/);
  });

  // Any text the encoding can hold comes back as it was, whatever the pieces the bytes arrive in.
  const cell = (chars: fc.Arbitrary<string>) => fc.string({ unit: chars, minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !/[",;\t\r\n]/.test(s));
  const table = (chars: fc.Arbitrary<string>) => fc.array(fc.array(cell(chars), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 });
  const printable1252 = fc.constantFrom(...[...cp1252.keys()].filter((c) => c >= ' ' && !(c >= '\x7f' && c <= '\x9f')));
  const encodings: [string, fc.Arbitrary<string>, (text: string) => Buffer][] = [
    ['UTF-8', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (t) => Buffer.from(t, 'utf8')],
    ['UTF-8 with a byte-order mark', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (t) => Buffer.from(`\uFEFF${t}`, 'utf8')],
    ['UTF-16 LE', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (t) => Buffer.from(`\uFEFF${t}`, 'utf16le')],
    ['UTF-16 BE', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (t) => utf16be(`\uFEFF${t}`)],
    ['Windows-1252', printable1252, encode1252],
  ];
  /**
   * Windows-1252 is told from UTF-8 by its first byte that is not ASCII: bytes that happen to be
   * UTF-8 there ("Ã©" is é's two bytes) are UTF-8 to any reader, so they are left out.
   */
  const lineEnd = fc.constantFrom('\r\n', '\n', '\r');
  const toldApart = (bytes: Buffer) => {
    const first = bytes.findIndex((b) => b >= 0x80);
    return first < 0 || new TextDecoder('utf-8').decode(bytes.subarray(first, first + 4)).startsWith('\uFFFD');
  };
  it.each(encodings)('gives back the cells it was given, in %s', async (name, chars, encode) => {
    await fc.assert(
      fc.asyncProperty(table(chars), fc.integer({ min: 1, max: 40 }), lineEnd, async (rows, piece, end) => {
        const header = [['Name', 'sv1'], ...rows];
        const bytes = encode(`${header.map((r) => r.join(',')).join(end)}${end}`);
        if (name === 'Windows-1252') fc.pre(toldApart(bytes));
        const got = await read(bytes, piece);
        // A byte-order mark stays on the first cell of UTF-8 text, where header matching trims it.
        expect(got.rows.map((r) => r.map((c) => c.replace(/^\uFEFF/, '')))).toEqual(header);
      }),
      { numRuns: 60 },
    );
  });

  // Classic Mac line ends ("\r" alone) put every refused byte on line 1 until fuzzing found it.
  it.each(encodings)('puts a NUL after the rows on the line after them, whatever the line ends and pieces, in %s', async (name, chars, encode) => {
    await fc.assert(
      fc.asyncProperty(table(chars), fc.integer({ min: 1, max: 40 }), lineEnd, async (rows, piece, end) => {
        const header = [['Name', 'sv1'], ...rows];
        const bytes = encode(`${header.map((r) => r.join(',')).join(end)}${end}\0x`);
        if (name === 'Windows-1252') fc.pre(toldApart(bytes));
        await expect(read(bytes, piece)).rejects.toThrow(new RegExp(`^in\\.csv:${header.length + 1}:1: error: the file holds a NUL byte`));
      }),
      { numRuns: 60 },
    );
  });
});
