import { defaultRole, type AnswerSet } from '../answers/model.js';
import type { RaterRole } from '../answers/schema.js';
import type { ValueResult } from '../answers/value.js';
import type { Problem } from '../problem.js';
import type { Questionnaire, Scale, ScoredItem } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import { describeHeader, mapColumns, type ColumnRole, type MapOptions } from './columns.js';
import type { ExportMapping } from './export-map.js';
import { parseRole, ROLES_ACCEPTED } from './role.js';
import { scaleReader } from './scale-reader.js';
import type { CsvRow } from './tokenizer.js';
import { dictionary } from '../dictionary.js';

/**
 * Lines one record may span through its quoted cells: a long comment has a few paragraphs; a
 * record over more lines is a stray quote that swallowed the rows after it.
 */
const MAX_RECORD_LINES = 100;

/** After a cell's value that is not on its scale: an export's own codes are read through a map. */
const MAP_HINT = ', or map it with --map';

/** Rows seen so far: read into answers, or skipped, with how many for each reason. */
export interface ReadCounts {
  rows: number;
  read: number;
  skipped: number;
  /** Reason -> rows skipped for it (a row with several faults counts under its first). */
  reasons: Record<string, number>;
}

export interface RowResult {
  /** Present when the row was read; absent when it was skipped. */
  answers?: AnswerSet;
  problems: Problem[];
}

/**
 * One respondent's row with the answers to scored items as numbers, for callers that score many
 * rows (syslead report) and would only take an AnswerSet's record of answers apart again.
 */
export interface SurveyRow {
  /**
   * Raw answers (before reverse keying) to the questionnaire's scored items, in questionnaire order
   * (themes' scoredItems one after another); NaN when skipped. The same array is refilled for
   * every row: use it before reading the next.
   */
  values: Float64Array;
  respondent?: string;
  subject?: string;
  started?: string;
  completed?: string;
  role: RaterRole;
  attributes: Record<string, string>;
  texts: Record<string, string>;
  importance: Record<string, number>;
  /** Scored item id -> the "not observed" answer given (see AnswerSet). */
  notObserved: Record<string, string>;
}

export interface SurveyRowResult {
  /** Present when the row was read; absent when it was skipped. */
  row?: SurveyRow;
  problems: Problem[];
}

/** What is wrong with a CSV file without even a header row. */
export function emptyFileProblem(file: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', message: 'the file is empty: expected a header row naming the items, then one row per respondent' };
}

/** What is wrong with a CSV file with a header row and nothing after it. */
export function noRowsProblem(file: string, headerLine: number): Problem {
  return { file, line: headerLine, column: 1, severity: 'error', message: 'the file has a header row but no rows of answers after it' };
}

/**
 * Reads a survey export one row at a time, so that a large file can be streamed: given the header
 * row, it turns each following row of cells into one respondent's AnswerSet, or reports the row's
 * bad cells (with file, line and column number) and skips it. Whether a problem is fatal is the
 * caller's choice.
 */
export class SurveyRowReader {
  readonly counts: ReadCounts = { rows: 0, read: 0, skipped: 0, reasons: dictionary<number>() };
  private readonly defaultRole: RaterRole;
  /** Per column: how to read an answer on its scale (undefined for other columns). */
  private readonly points: (((cell: string) => ValueResult) | undefined)[];
  /** The questionnaire's scored items in order, and per column the position of its scored item (-1 for none). */
  private readonly scoredItems: readonly ScoredItem[];
  private readonly positions: Int32Array;
  private readonly values: Float64Array;

  private constructor(
    private readonly questionnaire: Questionnaire,
    private readonly header: readonly string[],
    private readonly columns: readonly ColumnRole[],
    private readonly file: string,
    private readonly mapping: ExportMapping | undefined,
  ) {
    this.defaultRole = defaultRole(questionnaire);
    // One reader per scale, or per table of mapped values (each is for one scale).
    const readers = new Map<object, (cell: string) => ValueResult>();
    const readerFor = (scale: Scale, mapped: ReadonlyMap<string, number | null> | undefined) => {
      const key = mapped ?? scale;
      return readers.get(key) ?? readers.set(key, scaleReader(scale, mapped)).get(key)!;
    };
    this.points = columns.map((column) => {
      if (column.kind === 'item' && column.item.kind === 'likert') return readerFor(column.item.scale, mapping?.values(column));
      if (column.kind === 'importance') return readerFor(questionnaire.importance!.scale, mapping?.values(column));
      return undefined;
    });
    this.scoredItems = questionnaire.themes.flatMap((t) => t.scoredItems);
    const position = new Map<string, number>(this.scoredItems.map((item, i) => [item.id, i]));
    this.positions = Int32Array.from(columns, (column) => (column.kind === 'item' ? (position.get(column.item.id) ?? -1) : -1));
    this.values = new Float64Array(this.scoredItems.length);
  }

  /**
   * Matches the header (at `line`; one text per column, as headerRows reads it, with its aliases)
   * to the questionnaire, through `mapping` (an export map) when given. No reader when no column
   * matches an item; otherwise a reader, with any header problems (duplicate columns, items
   * without one).
   */
  static fromHeader(
    header: readonly string[],
    questionnaire: Questionnaire,
    file: string,
    line = 1,
    options: Pick<MapOptions, 'aliases'> & { mapping?: ExportMapping | undefined } = {},
  ): { reader?: SurveyRowReader; problems: Problem[] } {
    const { mapping } = options;
    const { columns, problems } = mapColumns(header, questionnaire, file, line, { aliases: options.aliases, mapped: mapping?.column });
    if (!columns.some((c) => c.kind === 'item')) return { problems };
    return { reader: new SurveyRowReader(questionnaire, header, columns, file, mapping), problems };
  }

  /**
   * One row of cells, found at `line` of the file (its first line when a cell spans several);
   * `span` as the tokenizer gives it for a record over several lines.
   */
  readRow(cells: readonly string[], line: number, span?: CsvRow['span']): RowResult {
    const { row, problems } = this.readValues(cells, line, span);
    return row ? { answers: this.answersOf(row), problems } : { problems };
  }

  /** A row read by readValues as an AnswerSet of its own, kept after the next row is read. */
  answersOf(row: SurveyRow): AnswerSet {
    const answers = dictionary<number>();
    row.values.forEach((value, i) => {
      if (!Number.isNaN(value)) answers[this.scoredItems[i]!.id] = value;
    });
    const { values: _values, role, attributes, texts, importance, notObserved, ...facts } = row;
    return {
      questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version },
      ...facts,
      role,
      attributes,
      answers,
      texts,
      importance,
      ...(Object.keys(notObserved).length > 0 ? { notObserved } : {}),
    };
  }

  /** The same as readRow, with the answers to scored items as numbers in a reused array. */
  readValues(cells: readonly string[], line: number, span?: CsvRow['span']): SurveyRowResult {
    if (span) {
      const stray = this.strayQuote(cells, line, span);
      if (stray) return stray;
    }
    // A blank row (no text in any cell: ",,,", spaces, or "" quoted) is no respondent, as a blank
    // line is not: neither counted nor warned about, so rows counted = rows read + rows skipped.
    if (cells.every((cell) => cell.trim() === '')) return { problems: [] };
    this.counts.rows++;
    const problems: Problem[] = [];
    let reason: string | undefined;
    const fail = (column: number, why: string, message: string) => {
      problems.push({ file: this.file, line, column, severity: 'error', message: safeText(message) });
      reason ??= why;
    };

    if (cells.length !== this.header.length) {
      const column = Math.min(cells.length, this.header.length) + 1;
      fail(column, 'wrong number of cells', `the row has ${cells.length} cells but the header has ${this.header.length}: a cell with a comma, quote or line break may have lost its quotes`);
      return this.skip(reason!, problems);
    }

    const values = this.values.fill(NaN);
    const row: SurveyRow = {
      values,
      role: this.defaultRole,
      attributes: dictionary<string>(),
      texts: dictionary<string>(),
      importance: dictionary<number>(),
      notObserved: dictionary<string>(),
    };

    const { columns, positions, points } = this;
    // The parts of the respondent's name, joined once the row is read.
    let firstName = '';
    let lastName = '';
    for (let index = 0; index < columns.length; index++) {
      const cell = cells[index]!;
      // Scored items first: they are most of the columns.
      const position = positions[index]!;
      if (position >= 0) {
        const point = points[index]!(cell);
        if (!point.ok) fail(index + 1, 'answer not on the scale', `${this.where(index)}: ${point.message}${MAP_HINT}`);
        else if (point.value !== null) values[position] = point.value;
        else if (point.notObserved !== undefined) row.notObserved[this.scoredItems[position]!.id] = point.notObserved;
        continue;
      }
      const column = columns[index]!;
      switch (column.kind) {
        case 'item': {
          // A free-text item (scored items were read above).
          if (cell.trim() !== '') row.texts[column.item.id] = cell;
          continue;
        }
        case 'importance': {
          const point = this.points[index]!(cell);
          if (!point.ok) fail(index + 1, 'importance not on the scale', `${this.where(index)}: ${point.message}${MAP_HINT}`);
          else if (point.value !== null) row.importance[column.themeId] = point.value;
          continue;
        }
        case 'role': {
          const value = cell.trim();
          if (value === '') continue;
          const parsed = this.mapping?.role(value) ?? parseRole(value);
          if (parsed) row.role = parsed;
          else fail(index + 1, 'unknown role', `${this.where(index)}: "${value}" is not a role: ${ROLES_ACCEPTED}`);
          continue;
        }
        case 'respondent':
        case 'subject':
        case 'started':
        case 'completed': {
          const value = cell.trim();
          if (value !== '') row[column.kind] = value;
          continue;
        }
        case 'name-part': {
          const value = cell.trim();
          if (value === '') continue;
          row.attributes[column.name] = value;
          if (column.part === 'first') firstName = value;
          else lastName = value;
          continue;
        }
        case 'attribute': {
          const value = cell.trim();
          if (value !== '') row.attributes[column.name] = value;
          continue;
        }
        case 'ignored':
          continue;
      }
    }

    if (reason !== undefined) return this.skip(reason, problems);
    if (firstName !== '' || lastName !== '') row.respondent = `${firstName} ${lastName}`.trim();
    this.counts.read++;
    return { row, problems };
  }

  /**
   * A record over several lines that is not a row with a long text: a quote opened in it closes
   * only a number of lines later, having swallowed the rows in between. Told by the cells it
   * leaves, a line break where none can be, its length, or delimiters enough for a row: a stray
   * quote that takes in the rest of its row and the start of a later one, up to the cell where
   * it opened, holds at least as many delimiters as a row. Every line it spans is counted as a
   * skipped row, since each was probably one, and the problem points at the quote.
   */
  private strayQuote(cells: readonly string[], line: number, span: NonNullable<CsvRow['span']>): { problems: Problem[] } | undefined {
    const column = this.columns[span.cell];
    let why: string | undefined;
    if (cells.length !== this.header.length) why = `the ${span.lines} lines make one row of ${cells.length} cells where the header has ${this.header.length}`;
    else if (column && !holdsText(column)) why = `but ${this.where(span.cell)} cannot hold a line break`;
    else if (span.lines > MAX_RECORD_LINES) why = `more than the ${MAX_RECORD_LINES} lines a row may span`;
    else if (span.delimiters >= this.header.length - 1) why = `holding ${span.delimiters} delimiters, as many as a whole row`;
    if (why === undefined) return undefined;
    const end = line + span.lines - 1;
    const message = `a quote opens this cell and closes only on line ${end}, ${why}: the closing quote is probably missing (a quote inside a cell must be doubled), so lines ${line} to ${end} are skipped`;
    this.counts.rows += span.lines;
    return this.skip('quote not closed in its row', [{ file: this.file, line, column: span.cell + 1, severity: 'error', message: safeText(message) }], span.lines);
  }

  /** A column as messages name it: its number and header. */
  private where(index: number): string {
    return `column ${index + 1} ${describeHeader(this.header[index]!)}`;
  }

  private skip(reason: string, problems: Problem[], rows = 1): { problems: Problem[] } {
    this.counts.skipped += rows;
    this.counts.reasons[reason] = (this.counts.reasons[reason] ?? 0) + rows;
    return { problems };
  }
}

/** Whether a column may hold text over several lines: a free-text answer, or a column syslead does not read. */
function holdsText(column: ColumnRole): boolean {
  return column.kind === 'attribute' || column.kind === 'ignored' || (column.kind === 'item' && column.item.kind === 'text');
}
