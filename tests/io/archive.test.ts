// Zip archives that are not what they say: a member that inflates past the size its directory
// gives (a zip bomb's trick), one that says it is larger than syslead reads, one that is cut short.
// Layout of the archive: PKWARE APPNOTE 4.3 (local headers, central directory, end record).
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PART_BYTES, readArchiveBatches } from '../../src/io/archive.js';
import { type Cell, xlsxBytes, zipBytes } from '../fixtures/exports/xlsx-writer.mjs';

const dir = mkdtempSync(join(tmpdir(), 'syslead-archive-'));
let files = 0;
const write = (content: Buffer) => {
  const file = join(dir, `${++files}.zip`);
  writeFileSync(file, content);
  return file;
};
const lines = async (file: string) => {
  const seen: string[] = [];
  for await (const batch of readArchiveBatches(file, undefined, {})) for (const r of batch.rows) seen.push(`${r.line}: ${r.cells.join('|')}`);
  return seen;
};
/** The archive with the uncompressed size of its member `name` in the central directory set to `size`. */
function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const entry = copy.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]));
  for (let at = entry; at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).toString() === name) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

describe('reading a zip archive', () => {
  const csv = 'Name,sv1\r\nAsha,4\r\n';

  it('reads its one CSV as it inflates, skipping folders and macOS resource forks', async () => {
    const file = write(
      zipBytes([
        { name: 'form/', data: '' },
        { name: '__MACOSX/form/._Responses.csv', data: 'x' },
        { name: 'form/Responses.csv', data: csv },
      ]),
    );
    expect(await lines(file)).toEqual(['1: Name|sv1', '2: Asha|4']);
  });

  it('reads an xlsx inside a zip', async () => {
    const file = write(
      zipBytes([
        {
          name: 'Responses.xlsx',
          data: xlsxBytes([
            {
              name: 'S',
              rows: [
                ['Name', 'sv1'],
                ['Asha', 4],
              ],
            },
          ]),
        },
      ]),
    );
    expect(await lines(file)).toEqual(['1: Name|sv1', '2: Asha|4']);
  });

  it("hands a sheet's rows on in batches, each telling the share of the file read", async () => {
    const wide = Array.from({ length: 40 }, (_, i) => `q${i}`);
    const file = write(xlsxBytes([{ name: 'S', rows: [wide, ...Array.from({ length: 4000 }, () => wide.map(() => 3))] }]));
    const seen: [number, number][] = [];
    for await (const batch of readArchiveBatches(file, undefined, {})) seen.push([batch.rows.length, batch.bytesRead]);
    // 100,000 cells a batch: 2,500 rows of 40.
    expect(seen.map(([n]) => n)).toEqual([2500, 1501]);
    const size = statSync(file).size;
    expect(seen[0]![1]).toBeGreaterThan(size * 0.5);
    expect(seen[0]![1]).toBeLessThan(size * 0.7);
    expect(seen[1]![1]).toBe(size);
  });

  it('stops a member that inflates past the size its directory gives', async () => {
    const bomb = withDeclaredSize(zipBytes([{ name: 'Responses.csv', data: `Name,sv1\n${'Asha,4\n'.repeat(100_000)}` }]), 'Responses.csv', 100);
    await expect(lines(write(bomb))).rejects.toThrow(/error: the zip archive is damaged \(its member Responses\.csv cannot be inflated as its directory says\)/);
  });

  it('stops a workbook part past the size its directory gives, before inflating it whole', async () => {
    const workbook = withDeclaredSize(xlsxBytes([{ name: 'S', rows: [['Name', 'sv1'], ...Array.from({ length: 2000 }, () => ['Asha', 4])] }]), 'xl/worksheets/sheet1.xml', 1000);
    await expect(lines(write(workbook))).rejects.toThrow(/its member xl\/worksheets\/sheet1\.xml cannot be inflated/);
  });

  it('refuses a workbook part larger than it reads, by the size its directory gives', async () => {
    const huge = withDeclaredSize(xlsxBytes([{ name: 'S', rows: [['Name']] }]), 'xl/worksheets/sheet1.xml', MAX_PART_BYTES + 1);
    await expect(lines(write(huge))).rejects.toThrow(/xl\/worksheets\/sheet1\.xml in the archive is 256 MiB when uncompressed, more than the 256 MiB syslead reads from a workbook or zip: save the sheet as "CSV UTF-8"/);
  });

  it('refuses an archive cut short, and a zip with no table', async () => {
    const whole = zipBytes([{ name: 'Responses.csv', data: csv }]);
    await expect(lines(write(whole.subarray(0, whole.length - 30)))).rejects.toThrow(/error: the file is not a zip archive, or it is cut short/);
    await expect(lines(write(zipBytes([{ name: 'notes.txt', data: 'x' }])))).rejects.toThrow(/error: the zip archive holds no CSV or xlsx file \(it holds notes\.txt\)/);
  });

  it('gives back the cells a workbook was written with, as text', async () => {
    // Text XML can hold (no control characters but tab and line feed), numbers, booleans, empty cells.
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '’', 'é', '\t', '\n', '_x000D_', '😀'), minLength: 1, maxLength: 8 });
    const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const shown = (c: Cell) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : String(c));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), async (width, body) => {
        const header = Array.from({ length: width }, (_, i) => `q${i}`);
        // A row's first cell is never empty, so no row is blank (blank rows are no respondent).
        const rows = body.map((r) => ['r', ...r.slice(0, width - 1)]);
        const file = write(xlsxBytes([{ name: 'S', rows: [header, ...rows] }]));
        const expected = [header, ...rows].map(
          (r, i) =>
            `${i + 1}: ${r
              .map(shown)
              .join('|')
              .replace(/_x000D_/g, '\r')}`,
        );
        expect(await lines(file)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
