// The sheet XML here is written as ECMA-376 part 1 (18.3 worksheets, 18.4 shared strings, 18.8.30
// number formats) shows it, and as Excel writes it: shared strings by index, dates as serial days
// in a date-formatted style, empty cells left out.
import { describe, expect, it } from 'vitest';
import { parseCellRef } from '../../src/core/xlsx/cell-ref.js';
import { dateShape, excelDateText } from '../../src/core/xlsx/excel-date.js';
import { sheetRows, type SheetContext } from '../../src/core/xlsx/sheet.js';
import { readDateStyles, readSharedStrings } from '../../src/core/xlsx/workbook.js';
import { XmlScanner } from '../../src/core/xlsx/xml.js';

const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const context: SheetContext = { sharedStrings: ['Name', 'Start time', 'Asha', 'line one\nline two'], dateStyles: [undefined, 'datetime', 'date', 'time'], date1904: false };
const rowsOf = (xml: string, c: SheetContext = context) => [...sheetRows(xml, c)].map((r) => `${r.line}: ${r.cells.join('|')}`);

describe('Excel dates', () => {
  it('tells date formats from number formats, built in or custom', () => {
    expect([14, 22, 20, 0, 1, 49].map((id) => dateShape(id, undefined))).toEqual(['date', 'datetime', 'time', undefined, undefined, undefined]);
    expect(dateShape(164, 'm/d/yy h:mm:ss')).toBe('datetime');
    expect(dateShape(164, 'dd/mm/yyyy')).toBe('date');
    expect(dateShape(164, 'h:mm AM/PM')).toBe('time');
    expect(dateShape(164, '[mm]:ss')).toBe('time');
    expect(dateShape(164, '[Red]0.00;"days"')).toBeUndefined();
    expect(dateShape(164, '#,##0 "minutes"')).toBeUndefined();
  });

  it('gives a serial day as ISO 8601 without offset, as Excel shows it', () => {
    // 2025-01-01 is day 45658 (Excel's =DATE(2025,1,1)); 3 November is 306 days later; 09:20 is 9⅓/24 of a day.
    expect(excelDateText(45964 + 9.3333333333 / 24, 'datetime', false)).toBe('2025-11-03T09:20:00');
    // A time a writer stored a little short of the minute is the minute.
    expect(excelDateText(45964 + (9 * 60 + 30.9999999) / 1440, 'datetime', false)).toBe('2025-11-03T09:31:00');
    expect(excelDateText(45964, 'date', false)).toBe('2025-11-03');
    expect(excelDateText(0.75, 'time', false)).toBe('18:00:00');
    // Day 1 is 1 January 1900; days before Excel's 29 February 1900 count from a day later.
    expect(excelDateText(1, 'date', false)).toBe('1900-01-01');
    expect(excelDateText(61, 'date', false)).toBe('1900-03-01');
    // The 1904 system (old Mac workbooks) counts from 1 January 1904: 45964 - 1462 days is the same day.
    expect(excelDateText(45964 - 1462, 'date', true)).toBe('2025-11-03');
  });
});

describe('the XML of workbook parts', () => {
  it('decodes entities and character references, and takes namespace prefixes off names', () => {
    const scan = new XmlScanner('<x:c r="A&amp;1">Tom &amp; Jerry &#8217;&#x2019;</x:c>');
    expect(scan.next() && scan.opens('c') && scan.attribute('r')).toBe('A&1');
    expect(scan.textUntilClose()).toBe('Tom & Jerry ’’');
  });

  it('refuses a DOCTYPE, which could declare entities', () => {
    expect(() => {
      const scan = new XmlScanner('<!DOCTYPE x [<!ENTITY a "b">]><x/>');
      while (scan.next());
    }).toThrow(/DOCTYPE/);
  });

  it('joins the runs of rich text, leaves out phonetic guides and unescapes _xHHHH_', () => {
    const sst = '<sst><si><t>plain</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>and not</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>a_x000D_b_x005F_x</t></si><si/></sst>';
    expect(readSharedStrings(sst)).toEqual(['plain', 'bold and not', 'a\rb_x', '']);
  });

  it('reads which cell styles show dates, from cellXfs only', () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    expect(readDateStyles(styles)).toEqual([undefined, 'datetime', 'date']);
  });
});

describe('a sheet as rows', () => {
  it('gives each cell as text at its column, with the sheet row as the line', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Agree?</t></is></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45964.388888888891</v></c><c r="C2"><v>0.1</v></c><c r="D2" t="b"><v>1</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="str"><f>A1</f><v>Name</v></c><c r="F4"><v>1E-3</v></c></row>',
    );
    expect(rowsOf(xml)).toEqual(['1: Name|Start time||Agree?', '2: Asha|2025-11-03T09:20:00|0.1|TRUE', '4: line one\nline two||#N/A|Name||0.001']);
  });

  it('passes over blank rows before the header, and rows with no cell that is not empty', () => {
    const xml = sheet('<row r="1"/><row r="2"><c r="A2"/></row><row r="3"><c r="B3" t="s"><v>0</v></c></row><row r="4"><c r="A4" t="s"><v>2</v></c></row><row r="5"><c r="C5" t="inlineStr"><is><t></t></is></c></row>');
    expect(rowsOf(xml)).toEqual(['3: |Name', '4: Asha|']);
  });

  it("takes a table's range: its header row first, nothing outside it", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Responses, exported 3 Nov</t></is></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>note</t></is></c><c r="B3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c></row>' +
        '<row r="4"><c r="B4" t="s"><v>2</v></c><c r="C4" s="2"><v>45964</v></c><c r="D4"><v>7</v></c></row>' +
        '<row r="5"><c r="B5" t="inlineStr"><is><t>Total</t></is></c></row>',
    );
    const table = { name: 'Table1', first: { row: 3, column: 2 }, last: { row: 4, column: 3 } };
    expect(rowsOf(xml, { ...context, table })).toEqual(['3: |Name|Start time', '4: |Asha|2025-11-03']);
  });
});

describe('cell references', () => {
  it('reads A1 references, absolute or not, and refuses anything else', () => {
    expect(['A1', 'b3', '$AB$12', 'XFD1048576'].map(parseCellRef)).toEqual([
      { row: 1, column: 1 },
      { row: 3, column: 2 },
      { row: 12, column: 28 },
      { row: 1048576, column: 16384 },
    ]);
    expect(['', 'A', '12', 'ABCD1', 'A1B', 'A12345678', '$$A1'].map(parseCellRef)).toEqual(Array(7).fill(undefined));
  });
});
