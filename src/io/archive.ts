import { say } from '../core/i18n/voice.js';
import { open } from 'node:fs/promises';
import { Failure, isExpectedFailure } from '../core/failure.js';
import type { Problem } from '../core/problem.js';
import type { CsvRow } from '../core/csv/tokenizer.js';
import { sheetRows } from '../core/xlsx/sheet.js';
import { readDateStyles, readSharedStrings, readSheetTable, readWorkbookInfo, type SheetEntry, WorkbookError } from '../core/xlsx/workbook.js';
import { XmlError } from '../core/xlsx/xml.js';
import type { CsvBatch } from './csv.js';
import { readCsvBatches } from './csv.js';
import { fsReason } from './fs-reason.js';
import { displayName } from './read.js';
import { memberBytes, memberStream, zipMembers, type ZipMember } from './zip.js';

/**
 * An archive is read whole, up to this size: more than any workbook whose sheet is within
 * MAX_PART_BYTES, and a zip of a CSV many times that (the CSV inside is inflated as it is read).
 */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;
/**
 * One part of a workbook (a sheet's XML, its shared strings) is inflated whole, up to this size:
 * a sheet of about 200,000 rows of 40 answers (50,000 such rows are 60 MiB of XML, read by
 * `report` in a peak of 265 MiB against 97 MiB for the same rows as CSV: bench/xlsx.mjs).
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** Cells handed on at a time, as a CSV's pieces are: about 2,500 rows of 40 answers, fewer of a sheet 16,384 columns wide. */
const BATCH_CELLS = 100_000;

export interface ArchiveOptions {
  /** The workbook's sheet to read; the first when not given. */
  sheet?: string;
}

/**
 * A zip archive's table as a CSV's batches: an xlsx workbook's sheet (the first, or the one
 * named), or the one CSV or xlsx inside a .zip (Google Forms' download). An old binary Office file
 * (.xls, or an xlsx encrypted by a password, both OLE compound files) is refused with what to do.
 * `bytes` replaces the file's own (stdin's for '-').
 */
export async function* readArchiveBatches(file: string, bytes: AsyncIterable<Buffer> | undefined, options: ArchiveOptions): AsyncGenerator<CsvBatch> {
  const name = displayName(file);
  const zip = await readWhole(file, bytes);
  refuseCompoundFile(zip, name);
  const members = zipMembers(zip, name);
  if (members.some((m) => m.name === '[Content_Types].xml')) {
    yield* workbookBatches(zip, members, name, options);
    return;
  }
  const tables = members.filter((m) => /\.(csv|tsv|xlsx|xlsm)$/i.test(m.name) && !/(^|\/)(__MACOSX\/|\.|~\$)/.test(m.name));
  if (tables.length === 0) throw new Failure(say('inputs.archive.noTable', { listed: listed(members.map((m) => m.name)) }), name);
  if (tables.length > 1) throw new Failure(say('inputs.archive.tables', { count: tables.length, listed: listed(tables.map((m) => m.name)) }), name);
  const table = tables[0]!;
  if (/\.xls[xm]$/i.test(table.name)) {
    const inner = memberBytes(zip, table, name, MAX_ARCHIVE_BYTES);
    refuseCompoundFile(inner, name);
    yield* workbookBatches(inner, zipMembers(inner, name), name, options);
    return;
  }
  // The CSV is inflated as it is read; progress is told in the archive's bytes.
  const scale = table.size === 0 ? 0 : zip.length / table.size;
  for await (const batch of readCsvBatches(file, memberStream(zip, table, name))) yield { ...batch, bytesRead: Math.round(batch.bytesRead * scale) };
}

function* workbookBatches(zip: Buffer, members: readonly ZipMember[], file: string, options: ArchiveOptions): Generator<CsvBatch> {
  const byName = new Map(members.map((m) => [m.name, m]));
  const part = (path: string): string | undefined => {
    const member = byName.get(path);
    return member && partText(memberBytes(zip, member, file, MAX_PART_BYTES));
  };
  let rows: Generator<CsvRow>;
  const notes: Problem[] = [];
  const progress = { scanned: 0 };
  try {
    const info = readWorkbookInfo(part);
    const names = info.sheets.map((s) => s.name);
    const sheet = chooseSheet(info.sheets, options.sheet, file);
    const xml = sheet.path === undefined ? undefined : part(sheet.path);
    if (sheet.path === undefined || xml === undefined) throw new Failure(say('inputs.archive.chart', { sheet: sheet.name, sheets: quotedList(names) }), file);
    if (options.sheet === undefined && names.length > 1) {
      const which = sheet === info.sheets[0] ? 'inputs.archive.readFirst' : 'inputs.archive.readFirstVisible';
      notes.push(note(file, say(which, { sheet: sheet.name, count: String(names.length), sheets: quotedList(names) })));
    }
    const { table, others } = readSheetTable(part, sheet.path);
    if (others.length > 0) notes.push(note(file, say('inputs.archive.sheetTables', { sheet: sheet.name, count: others.length + 1, table: table!.name, others: quotedList(others) })));
    rows = sheetRows(
      xml,
      {
        sharedStrings: readSharedStrings(info.sharedStringsPath === undefined ? undefined : part(info.sharedStringsPath)),
        dateStyles: readDateStyles(info.stylesPath === undefined ? undefined : part(info.stylesPath)),
        date1904: info.date1904,
        ...(table ? { table } : {}),
      },
      progress,
    );
  } catch (error) {
    throw workbookFailure(error, file);
  }
  let batch: CsvRow[] = [];
  let cells = 0;
  let first = true;
  const withNotes = (b: CsvBatch): CsvBatch => {
    if (first && notes.length > 0) b.problems = notes;
    first = false;
    return b;
  };
  try {
    for (const row of rows) {
      batch.push(row);
      cells += row.cells.length;
      if (cells < BATCH_CELLS) continue;
      // Progress is told in the file's bytes, as a CSV's is, by the share of the sheet read.
      yield withNotes({ rows: batch, bytesRead: Math.round(zip.length * progress.scanned) });
      batch = [];
      cells = 0;
    }
  } catch (error) {
    throw workbookFailure(error, file);
  }
  yield withNotes({ rows: batch, bytesRead: zip.length });
}

/** The sheet named, or else the first that Excel shows (not hidden). */
function chooseSheet(sheets: readonly SheetEntry[], name: string | undefined, file: string): SheetEntry {
  const names = quotedList(sheets.map((s) => s.name));
  if (name !== undefined) {
    const named = sheets.find((s) => s.name === name);
    if (!named) throw new Failure(say('inputs.archive.noSheet', { sheet: name, sheets: names }), file);
    return named;
  }
  const shown = sheets.find((s) => !s.hidden);
  if (!shown) throw new Failure(sheets.length === 0 ? say('inputs.archive.noSheets') : say('inputs.archive.allHidden', { sheets: names }), file);
  return shown;
}

/** A part's text: UTF-8, or UTF-16 when it starts with that byte-order mark (XML allows both). */
function partText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function workbookFailure(error: unknown, file: string): unknown {
  if (isExpectedFailure(error)) return error;
  if (error instanceof XmlError || error instanceof WorkbookError) return new Failure(say('inputs.archive.unreadable', { why: error.message }), file);
  return error;
}

const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * An OLE compound file (MS-CFB) is what Excel writes for an .xls (Excel 97-2003) and for an xlsx
 * with a password to open it (MS-OFFCRYPTO: its EncryptionInfo and EncryptedPackage streams).
 */
function refuseCompoundFile(bytes: Buffer, file: string): void {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(COMPOUND_FILE)) return;
  if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) throw new Failure(say('inputs.archive.encrypted'), file);
  throw new Failure(say('inputs.archive.xls'), file);
}

/** The archive's bytes: a file or a stream (stdin), refused past MAX_ARCHIVE_BYTES. */
async function readWhole(file: string, bytes: AsyncIterable<Buffer> | undefined): Promise<Buffer> {
  const name = displayName(file);
  const tooLarge = () => new Failure(say('inputs.archive.tooLarge', { mib: String(MAX_ARCHIVE_BYTES / 1024 / 1024) }), name);
  try {
    if (!bytes) {
      const handle = await open(file, 'r');
      if ((await handle.stat()).size > MAX_ARCHIVE_BYTES) {
        await handle.close();
        throw tooLarge();
      }
      bytes = handle.createReadStream() as AsyncIterable<Buffer>;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of bytes) {
      size += chunk.length;
      if (size > MAX_ARCHIVE_BYTES) throw tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (isExpectedFailure(error)) throw error;
    throw new Failure(say('inputs.cannotRead', { why: fsReason(error) }), name);
  }
}

function note(file: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'warning', message };
}

function quotedList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 10);
  return names.length === 0 ? '' : say('inputs.archive.holds', { names: shown.join(', '), more: names.length > shown.length ? say('inputs.archive.andMore', { count: names.length - shown.length }) : '' });
}
