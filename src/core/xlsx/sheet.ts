import type { CsvRow } from '../csv/tokenizer.js';
import type { TableRange } from './workbook.js';
import { excelDateText, type DateShape } from './excel-date.js';
import { parseCellRef } from './cell-ref.js';
import { stringItemText, unescapeXstring } from './workbook.js';
import { XmlScanner } from './xml.js';

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Per cell style, the date shape of its number format. */
  dateStyles: readonly DateShape[];
  date1904: boolean;
  /** The table to read, when the sheet has one; otherwise the sheet from its first row that is not blank. */
  table?: TableRange;
}

/**
 * A sheet's rows as a CSV's: `line` is the sheet's row number and a row's cells start at column A,
 * so cell i is column i + 1, as FILE:LINE:COL says. Cells are text as the sheet shows them to a
 * reader: shared and inline strings, numbers as their shortest text, dates (numbers in a date
 * format) as ISO 8601 without offset, booleans as TRUE or FALSE, errors (#N/A) as written, empty
 * cells as ''. Every row after the header has the header's width (xlsx leaves out empty cells),
 * or more when it holds cells past the header's last. Blank rows are left out, as no respondent.
 * `progress.scanned` follows the share of the sheet's XML read, for a progress bar.
 */
export function* sheetRows(xml: string, context: SheetContext, progress?: { scanned: number }): Generator<CsvRow> {
  const { table } = context;
  const scan = new XmlScanner(xml);
  let rowNumber = 0;
  let width = 0;
  let headerSeen = false;
  while (scan.next()) {
    if (scan.kind !== 'open' || scan.name !== 'row') continue;
    rowNumber = Number(scan.attribute('r') ?? rowNumber + 1);
    const cells = scan.selfClosing ? [] : rowCells(scan, context);
    if (progress) progress.scanned = scan.position / xml.length;
    if (table) {
      if (rowNumber < table.first.row) continue;
      if (rowNumber > table.last.row) break;
      for (let i = 0; i < Math.min(cells.length, table.first.column - 1); i++) cells[i] = '';
      cells.length = Math.min(cells.length, table.last.column);
    }
    let last = cells.length;
    while (last > 0 && cells[last - 1] === '') last--;
    if (last === 0) {
      // A table's header row is its first, even blank; outside a table leading blank rows are passed over.
      if (table && rowNumber === table.first.row) return;
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      width = table ? table.last.column : last;
      cells.length = width;
      yield { cells: Array.from(cells, (c) => c ?? ''), line: rowNumber };
      continue;
    }
    cells.length = Math.max(width, last);
    yield { cells: Array.from(cells, (c) => c ?? ''), line: rowNumber };
  }
}

/** The cells of the <row> just opened, by column (cell i is column i + 1); gaps left empty. */
function rowCells(scan: XmlScanner, context: SheetContext): string[] {
  const cells: string[] = [];
  let column = 0;
  while (scan.next()) {
    if (scan.closes('row')) break;
    if (!scan.opens('c')) continue;
    const ref = scan.attribute('r');
    column = (ref === undefined ? undefined : parseCellRef(ref)?.column) ?? column + 1;
    const type = scan.attribute('t') ?? 'n';
    const style = Number(scan.attribute('s') ?? 0);
    let raw = '';
    let inline: string | undefined;
    if (!scan.selfClosing) {
      while (scan.next()) {
        if (scan.closes('c')) break;
        if (scan.opens('v')) raw = scan.textUntilClose();
        else if (scan.opens('is')) inline = stringItemText(scan);
        else if (scan.kind === 'open' && !scan.selfClosing) scan.textUntilClose(); // a formula, or an extension: not the value
      }
    }
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = cellText(type, inline ?? raw, style, context);
  }
  for (let i = 0; i < cells.length; i++) cells[i] ??= '';
  return cells;
}

function cellText(type: string, raw: string, style: number, context: SheetContext): string {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' || raw === 'true' ? 'TRUE' : raw === '' ? '' : 'FALSE';
    case 'inlineStr':
    case 'str':
      return unescapeXstring(raw);
    case 'e':
    case 'd':
      return raw;
    default: {
      if (raw.trim() === '') return '';
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      const shape = context.dateStyles[style];
      return shape ? excelDateText(n, shape, context.date1904) : String(n);
    }
  }
}
