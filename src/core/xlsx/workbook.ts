import { say } from '../i18n/voice.js';
import { dateShape, type DateShape } from './excel-date.js';
import { parseRange, type CellPlace } from './cell-ref.js';
import { XmlScanner } from './xml.js';

/**
 * A workbook's parts as an xlsx holds them (ECMA-376 / ISO 29500 SpreadsheetML, Transitional or
 * Strict): the sheets in tab order, the shared strings, which cell styles show dates, and each
 * sheet's table (a ListObject) when it has one. `part(path)` gives a part's text, or undefined
 * when the package has none.
 */
export type PartReader = (path: string) => string | undefined;

export interface SheetEntry {
  name: string;
  /** The part holding its cells, e.g. xl/worksheets/sheet1.xml; undefined for a chart sheet. */
  path: string | undefined;
  /** Hidden (or "very hidden") in Excel: not a sheet its user sees, so never the one read unasked. */
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The parts of the shared strings and the styles, when the workbook has them. */
  sharedStringsPath?: string;
  stylesPath?: string;
}

/** The table a sheet holds: its range, the header row first, without a totals row. */
export interface TableRange {
  name: string;
  first: CellPlace;
  last: CellPlace;
}

export function readWorkbookInfo(part: PartReader): WorkbookInfo {
  const workbookPath = officeDocumentPath(part) ?? 'xl/workbook.xml';
  const xml = part(workbookPath);
  if (xml === undefined) throw new WorkbookError(say('inputs.xlsx.noWorkbook'));
  const targets = relationshipTargets(part, workbookPath);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.kind !== 'open') continue;
    if (scan.name === 'workbookPr') date1904 = isTrue(scan.attribute('date1904'));
    else if (scan.name === 'sheet') {
      const target = targets.get(scan.attribute('id') ?? '');
      const state = scan.attribute('state');
      sheets.push({ name: scan.attribute('name') ?? '', path: target && /\/worksheet$/.test(target.type) ? target.path : undefined, hidden: state === 'hidden' || state === 'veryHidden' });
    }
  }
  const info: WorkbookInfo = { sheets, date1904 };
  for (const target of targets.values()) {
    if (/\/sharedStrings$/.test(target.type)) info.sharedStringsPath = target.path;
    else if (/\/styles$/.test(target.type)) info.stylesPath = target.path;
  }
  return info;
}

/** The shared strings, the text of each: runs of rich text joined, phonetic guides left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const scan = new XmlScanner(xml);
  while (scan.next()) if (scan.kind === 'open' && scan.name === 'si') strings.push(stringItemText(scan));
  return strings;
}

/** The text of an <si> or <is> element just opened. */
export function stringItemText(scan: XmlScanner): string {
  if (scan.selfClosing) return '';
  const element = scan.name;
  let text = '';
  let phonetic = 0;
  while (scan.next()) {
    if (scan.kind === 'open') {
      if (scan.name === 'rPh' && !scan.selfClosing) phonetic++;
      else if (scan.name === 't' && phonetic === 0) text += scan.textUntilClose();
    } else if (scan.kind === 'close') {
      if (scan.name === 'rPh') phonetic--;
      else if (scan.name === element) break;
    }
  }
  return unescapeXstring(text);
}

/** Excel's escapes of characters XML cannot hold (_x000D_ for a carriage return, _x005F_ for "_"). */
export function unescapeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Per cell style (the `s` of a cell), how its number format shows a number: a date shape or none. */
export function readDateStyles(xml: string | undefined): DateShape[] {
  if (xml === undefined) return [];
  const codes = new Map<number, string>();
  const styles: DateShape[] = [];
  const scan = new XmlScanner(xml);
  let inCellXfs = false;
  while (scan.next()) {
    if (scan.kind === 'open' && scan.name === 'numFmt') codes.set(Number(scan.attribute('numFmtId')), scan.attribute('formatCode') ?? '');
    else if (scan.kind === 'open' && scan.name === 'cellXfs') inCellXfs = !scan.selfClosing;
    else if (scan.kind === 'close' && scan.name === 'cellXfs') inCellXfs = false;
    else if (inCellXfs && scan.kind === 'open' && scan.name === 'xf') {
      const id = Number(scan.attribute('numFmtId') ?? 0);
      styles.push(dateShape(id, codes.get(id)));
    }
  }
  return styles;
}

/** The first table (ListObject) of the sheet at `sheetPath` that has a header row, and how many more it has. */
export function readSheetTable(part: PartReader, sheetPath: string): { table?: TableRange; others: string[] } {
  const tables: TableRange[] = [];
  for (const target of relationshipTargets(part, sheetPath).values()) {
    if (!/\/table$/.test(target.type)) continue;
    const xml = part(target.path);
    if (xml === undefined) continue;
    const scan = new XmlScanner(xml);
    while (scan.next()) {
      if (scan.kind !== 'open' || scan.name !== 'table') continue;
      const range = parseRange(scan.attribute('ref') ?? '');
      const headerRows = Number(scan.attribute('headerRowCount') ?? 1);
      const totalsRows = Number(scan.attribute('totalsRowCount') ?? 0);
      if (range && headerRows >= 1) {
        const last = { ...range.last, row: range.last.row - totalsRows };
        tables.push({ name: scan.attribute('displayName') ?? scan.attribute('name') ?? '', first: range.first, last });
      }
      break;
    }
  }
  tables.sort((a, b) => a.first.row - b.first.row || a.first.column - b.first.column);
  const [table, ...others] = tables;
  return table ? { table, others: others.map((t) => t.name) } : { others: [] };
}

/** A part's relationships (its _rels part; the package's own for source ''): id -> the target's path in the package and the relationship's type. */
function relationshipTargets(part: PartReader, source: string): Map<string, { path: string; type: string }> {
  const slash = source.lastIndexOf('/');
  const folder = source.slice(0, slash + 1);
  const xml = part(`${folder}_rels/${source.slice(slash + 1)}.rels`);
  const targets = new Map<string, { path: string; type: string }>();
  if (xml === undefined) return targets;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    // not said: an XML element or attribute name
    if (scan.kind !== 'open' || scan.name !== 'Relationship' || scan.attribute('TargetMode') === 'External') continue;
    // not said: an XML element or attribute name
    const target = scan.attribute('Target') ?? '';
    // not said: an XML element or attribute name
    targets.set(scan.attribute('Id') ?? '', { path: resolvePath(folder, target), type: scan.attribute('Type') ?? '' });
  }
  return targets;
}

function officeDocumentPath(part: PartReader): string | undefined {
  for (const target of relationshipTargets(part, '').values()) if (/\/officeDocument$/.test(target.type)) return target.path;
  return undefined;
}

/** A relationship's target from the folder of its source: relative ("worksheets/sheet1.xml", "../tables/table1.xml") or from the package root ("/xl/..."). */
function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter((p) => p !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** A workbook that cannot be read as one: damaged, or a zip that is not a workbook. */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
}
