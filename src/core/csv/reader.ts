import { defaultRole, type AnswerSet } from '../answers/model.js';
import type { RaterRole } from '../answers/schema.js';
import type { Problem } from '../problem.js';
import type { Questionnaire, Scale, ScoredItem } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import { describeHeader, mapColumns, type ColumnRole, type FinishedBy, type MapOptions } from './columns.js';
import { readDateCell, type DateOrder } from './dates.js';
import type { ExportMapping, MappedPoint } from './export-map.js';
import { parseRole, rolesAccepted } from './role.js';
import { scaleReader, type ScaleReader } from './scale-reader.js';
import { LineRow, type CsvRow } from './tokenizer.js';
import { dictionary } from '../dictionary.js';
import type { MessageKey } from '../i18n/en.js';
import { say } from '../i18n/voice.js';
import { scoresAnyTheme } from '../score/section.js';

/**
 * Lines one record may span through its quoted cells: a long comment has a few paragraphs; a
 * record over more lines is a stray quote that swallowed the rows after it.
 */
const MAX_RECORD_LINES = 100;

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

export interface ReaderOptions {
  /** Read unfinished responses (see FinishedBy) as any other; by default they are left out and counted. */
  includeUnfinished?: boolean | undefined;
  /** An export map's columns and values (see export-map.ts), asked before the header's own texts. */
  mapping?: ExportMapping | undefined;
}

/*
 * The reasons rows are skipped for are the keys of ReadCounts.reasons: kept in English, as the
 * accounting's JSON holds them; SKIP_REASONS gives the words to say for each where it is shown.
 */
/** The reason counted for a response its export marks unfinished. */
// not said: a reason's key in the accounting, said by SKIP_REASONS
export const UNFINISHED = 'unfinished response';
/** The reason counted for a row with no answer at all: every cell empty, or only an ID, name, role or the like. */
// not said: a reason's key in the accounting, said by SKIP_REASONS
export const NO_ANSWERS = 'no answers';
const isEmpty = (record: object) => Object.keys(record).length === 0;
/** The reason counted for a row that gives no theme a score. */
// not said: a reason's key in the accounting, said by SKIP_REASONS
export const NO_THEME_SCORED = 'no theme scored';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const WRONG_CELLS = 'wrong number of cells';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const NOT_ON_SCALE = 'answer not on the scale';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const IMPORTANCE_NOT_ON_SCALE = 'importance not on the scale';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const UNKNOWN_ROLE = 'unknown role';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const FINISHED_NOT_UNDERSTOOD = 'finished not understood';
// not said: a reason's key in the accounting, said by SKIP_REASONS
const QUOTE_NOT_CLOSED = 'quote not closed in its row';
/** The words for each reason a row is skipped for (a key of ReadCounts.reasons), to say where the accounting is shown. */
export const SKIP_REASONS: Readonly<Record<string, MessageKey>> = {
  [UNFINISHED]: 'inputs.reason.unfinished',
  [NO_ANSWERS]: 'inputs.reason.noAnswers',
  [NO_THEME_SCORED]: 'inputs.reason.noThemeScored',
  [WRONG_CELLS]: 'inputs.reason.wrongCells',
  [NOT_ON_SCALE]: 'inputs.reason.notOnScale',
  [IMPORTANCE_NOT_ON_SCALE]: 'inputs.reason.importanceNotOnScale',
  [UNKNOWN_ROLE]: 'inputs.reason.unknownRole',
  [FINISHED_NOT_UNDERSTOOD]: 'inputs.reason.finishedNotUnderstood',
  [QUOTE_NOT_CLOSED]: 'inputs.reason.quoteNotClosed',
};
/** Unfinished responses named by line in the note that sums them up; the rest are counted. */
const UNFINISHED_LINES_NAMED = 10;

/** What is wrong with a CSV file without even a header row. */
export function emptyFileProblem(file: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', message: say('inputs.csv.emptyFile') };
}

/** What is wrong with a CSV file with a header row and nothing after it. */
export function noRowsProblem(file: string, headerLine: number): Problem {
  return { file, line: headerLine, column: 1, severity: 'error', message: say('inputs.csv.noRows') };
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
  private readonly points: (ScaleReader | undefined)[];
  /** The questionnaire's scored items in order, and per column the position of its scored item (-1 for none). */
  private readonly scoredItems: readonly ScoredItem[];
  private readonly positions: Int32Array;
  private readonly values: Float64Array;
  /** The column that tells whether a response is finished, if any (see finishedColumnOf), and how. */
  private readonly finishedColumn: { at: number; by: FinishedBy } | undefined;
  /** Lines of the unfinished responses left out, the first few, and how many in all. */
  private readonly unfinishedLines: number[] = [];
  private unfinished = 0;
  /** The orders of day and month that the date cells read so far show, unambiguously. */
  private readonly ordersShown = new Set<DateOrder>();
  /**
   * Per date column (and one more, for a submission date): the last cell read and what it read as.
   * An export's rows come in order, so a column's dates repeat or change little: a repeated one is
   * not read again (what it showed of the order is already in ordersShown).
   */
  private readonly lastDateCell: string[] = [];
  private readonly lastDateValue: string[] = [];
  /** Whether the row being read answers the scored item at a position: made once, as values is refilled for every row. */
  private readonly isAnswered = (_item: ScoredItem, position: number) => !Number.isNaN(this.values[position]!);

  private constructor(
    private readonly questionnaire: Questionnaire,
    private readonly header: readonly string[],
    private readonly columns: readonly ColumnRole[],
    private readonly file: string,
    private readonly headerLine: number,
    private readonly options: ReaderOptions,
  ) {
    this.finishedColumn = finishedColumnOf(columns);
    this.defaultRole = defaultRole(questionnaire);
    // One reader per scale, or per table of mapped values (each is for one scale).
    const readers = new Map<object, ScaleReader>();
    const readerFor = (scale: Scale, mapped: ReadonlyMap<string, MappedPoint> | undefined) => {
      const key = mapped ?? scale;
      return readers.get(key) ?? readers.set(key, scaleReader(scale, mapped)).get(key)!;
    };
    this.points = columns.map((column) => {
      if (column.kind === 'item' && column.item.kind === 'likert') return readerFor(column.item.scale, options.mapping?.values(column));
      if (column.kind === 'importance') return readerFor(questionnaire.importance!.scale, options.mapping?.values(column));
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
  static fromHeader(header: readonly string[], questionnaire: Questionnaire, file: string, line = 1, options: ReaderOptions & Pick<MapOptions, 'aliases'> = {}): { reader?: SurveyRowReader; problems: Problem[] } {
    const { columns, problems } = mapColumns(header, questionnaire, file, line, { aliases: options.aliases, mapped: options.mapping?.column });
    if (!columns.some((c) => c.kind === 'item')) return { problems };
    return { reader: new SurveyRowReader(questionnaire, header, columns, file, line, options), problems };
  }

  /**
   * The order of day and month in this file's dates, when some date read showed it (a day over 12)
   * and none showed the other: how a person reading the column would settle `04/03/2025`.
   */
  dateOrder(): DateOrder | undefined {
    return this.ordersShown.size === 1 ? [...this.ordersShown][0] : undefined;
  }

  /** The note summing up the unfinished responses left out, at the finished column's header; none when there were none. */
  unfinishedProblem(): Problem | undefined {
    const finished = this.finishedColumn;
    if (this.unfinished === 0 || !finished) return undefined;
    const more = this.unfinished - this.unfinishedLines.length;
    const lines = say(this.unfinished === 1 ? 'inputs.csv.unfinished.line' : 'inputs.csv.unfinished.lines', { lines: this.unfinishedLines.join(', '), more: more > 0 ? say('inputs.andMore', { count: more }) : '' });
    const responses = say('inputs.csv.unfinished.responses', { count: this.unfinished });
    const message = say('inputs.csv.unfinished', { responses, lines, column: this.where(finished.at), meaning: say(FINISHED_MEANING[finished.by]) });
    return { file: this.file, line: this.headerLine, column: finished.at + 1, severity: 'warning', message: safeText(message) };
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
      // Read in a translation's words: the language is recorded, as an answer file given in it records it.
      questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version, ...(this.questionnaire.sourceLanguage === undefined ? {} : { language: this.questionnaire.language }) },
      ...facts,
      role,
      attributes,
      answers,
      texts,
      importance,
      ...(Object.keys(notObserved).length > 0 ? { notObserved } : {}),
    };
  }

  /**
   * readValues of a record as the tokenizer gives it: a LineRow's answers are read where they
   * stand in its text, with strings made only of the cells the row keeps.
   */
  readRecord(record: CsvRow): SurveyRowResult {
    if (record instanceof LineRow && record.count === this.header.length && record.surelyNotBlank()) return this.readCells(undefined, record.line, record);
    return this.readValues(record.cells, record.line, record.span);
  }

  /** The same as readRow, with the answers to scored items as numbers in a reused array. */
  readValues(cells: readonly string[], line: number, span?: CsvRow['span']): SurveyRowResult {
    return this.readCells(cells, line, undefined, span);
  }

  /** readValues, of `cells` or, when given, of `raw`, a LineRow of as many cells as the header, not blank. */
  private readCells(cells: readonly string[] | undefined, line: number, raw: LineRow | undefined, span?: CsvRow['span']): SurveyRowResult {
    if (span) {
      const stray = this.strayQuote(cells!, line, span);
      if (stray) return stray;
    }
    // An empty line (nothing but spaces: one cell, blank) is no row. Every other row is accounted
    // for, one with cells but nothing in them (",,,") as one with an ID and no answers: skipped,
    // "no answers". So rows counted = rows read + rows skipped = the lines that are not empty.
    const blank = raw === undefined && cells!.every((cell) => cell.trim() === '');
    if (blank && cells!.length <= 1) return { problems: [] };
    this.counts.rows++;
    const problems: Problem[] = [];
    let reason: string | undefined;
    let submitted: string | undefined;
    const fail = (column: number, why: string, message: string) => {
      problems.push({ file: this.file, line, column, severity: 'error', message: safeText(message) });
      reason ??= why;
    };
    if (blank) {
      fail(1, NO_ANSWERS, say('inputs.csv.noAnswers.emptyCells'));
      return this.skip(NO_ANSWERS, problems);
    }

    if (raw === undefined && cells!.length !== this.header.length) {
      const column = Math.min(cells!.length, this.header.length) + 1;
      fail(column, WRONG_CELLS, say('inputs.csv.wrongCells', { cells: String(cells!.length), header: String(this.header.length) }));
      return this.skip(reason!, problems);
    }

    let finished: boolean | undefined;
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
      // Scored items first: they are most of the columns.
      const position = positions[index]!;
      if (position >= 0) {
        const point = raw ? points[index]!.at(raw.text, raw.start(index), raw.end(index)) : points[index]!(cells![index]!);
        if (!point.ok) fail(index + 1, NOT_ON_SCALE, `${this.where(index)}: ${point.message}${say('inputs.csv.mapHint')}`);
        else if (point.value !== null) values[position] = point.value;
        else if (point.notObserved !== undefined) row.notObserved[this.scoredItems[position]!.id] = point.notObserved;
        continue;
      }
      const column = columns[index]!;
      if (column.kind === 'ignored') continue;
      const cell = raw ? raw.cell(index) : cells![index]!;
      switch (column.kind) {
        case 'item': {
          // A free-text item (scored items were read above).
          if (cell.trim() !== '') row.texts[column.item.id] = cell;
          continue;
        }
        case 'importance': {
          const point = this.points[index]!(cell);
          if (!point.ok) fail(index + 1, IMPORTANCE_NOT_ON_SCALE, `${this.where(index)}: ${point.message}${say('inputs.csv.mapHint')}`);
          else if (point.value !== null) row.importance[column.themeId] = point.value;
          continue;
        }
        case 'role': {
          const value = cell.trim();
          if (value === '') continue;
          const parsed = this.options.mapping?.role(value) ?? parseRole(value);
          if (parsed) row.role = parsed;
          else fail(index + 1, UNKNOWN_ROLE, say('inputs.csv.unknownRole', { column: this.where(index), value, accepted: rolesAccepted() }));
          continue;
        }
        case 'respondent': {
          const value = cell.trim();
          // The first name given counts: a platform's Name column, else the form's own name question.
          if (value !== '' && row.respondent === undefined) row.respondent = value;
          continue;
        }
        case 'subject': {
          const value = cell.trim();
          if (value !== '') row.subject = this.options.mapping?.subject(value) ?? value;
          continue;
        }
        case 'started':
        case 'completed': {
          const value = cell.trim();
          if (value !== '') row[column.kind] = this.dateOf(value, index);
          continue;
        }
        case 'finished': {
          if (index !== this.finishedColumn?.at) continue;
          finished = isFinished(column.by, cell.trim());
          if (finished === undefined) fail(index + 1, FINISHED_NOT_UNDERSTOOD, say('inputs.csv.finishedNotUnderstood', { column: this.where(index), value: cell.trim(), accepted: say(FINISHED_VALUES[column.by]) }));
          // LimeSurvey's submission date is the only time it gives of completion.
          else if (column.by === 'submit-date' && finished) submitted = cell.trim();
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
      }
    }

    if (reason !== undefined) return this.skip(reason, problems);
    if (firstName !== '' || lastName !== '') row.respondent = `${firstName} ${lastName}`.trim();
    if (finished === false && !this.options.includeUnfinished) {
      this.unfinished++;
      if (this.unfinishedLines.length < UNFINISHED_LINES_NAMED) this.unfinishedLines.push(line);
      return this.skip(UNFINISHED, problems);
    }
    if (values.every(Number.isNaN) && isEmpty(row.notObserved) && isEmpty(row.texts) && isEmpty(row.importance)) {
      fail(1, NO_ANSWERS, say('inputs.csv.noAnswers.noItems'));
      return this.skip(NO_ANSWERS, problems);
    }
    if (!scoresAnyTheme(this.questionnaire, this.isAnswered)) {
      fail(1, NO_THEME_SCORED, noThemeScored(this.questionnaire, values, Object.keys(row.notObserved).length));
      return this.skip(NO_THEME_SCORED, problems);
    }
    if (submitted !== undefined && row.completed === undefined) row.completed = this.dateOf(submitted, columns.length);
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
    if (cells.length !== this.header.length) why = say('inputs.csv.stray.cells', { lines: String(span.lines), cells: String(cells.length), header: String(this.header.length) });
    else if (column && !holdsText(column)) why = say('inputs.csv.stray.lineBreak', { column: this.where(span.cell) });
    else if (span.lines > MAX_RECORD_LINES) why = say('inputs.csv.stray.tooLong', { lines: String(MAX_RECORD_LINES) });
    else if (span.delimiters >= this.header.length - 1) why = say('inputs.csv.stray.delimiters', { delimiters: String(span.delimiters) });
    if (why === undefined) return undefined;
    const end = line + span.lines - 1;
    const message = say('inputs.csv.strayQuote', { end: String(end), why, line: String(line) });
    this.counts.rows += span.lines;
    return this.skip(QUOTE_NOT_CLOSED, [{ file: this.file, line, column: span.cell + 1, severity: 'error', message: safeText(message) }], span.lines);
  }

  /** A date cell as kept: ISO 8601 when read, else as written; what it shows of the file's order noted. */
  private dateOf(value: string, column: number): string {
    if (this.lastDateCell[column] === value) return this.lastDateValue[column]!;
    const { value: kept, shown } = readDateCell(value);
    if (shown) this.ordersShown.add(shown);
    this.lastDateCell[column] = value;
    this.lastDateValue[column] = kept;
    return kept;
  }

  /** A column as messages name it: its number and header. */
  private where(index: number): string {
    return say('inputs.csv.column', { number: String(index + 1), header: describeHeader(this.header[index]!) });
  }

  private skip(reason: string, problems: Problem[], rows = 1): { problems: Problem[] } {
    this.counts.skipped += rows;
    this.counts.reasons[reason] = (this.counts.reasons[reason] ?? 0) + rows;
    return { problems };
  }
}

/** What a finished column's cells must say for a finished response, and what it accepts, as messages put it. */
const FINISHED_MEANING: Record<FinishedBy, MessageKey> = {
  flag: 'inputs.csv.finished.flagMeaning',
  'submit-date': 'inputs.csv.finished.submitDateMeaning',
  'form-status': 'inputs.csv.finished.formStatusMeaning',
};
const FINISHED_VALUES: Record<FinishedBy, MessageKey> = {
  flag: 'inputs.csv.finished.flagValues',
  'submit-date': 'inputs.csv.finished.submitDateValues',
  'form-status': 'inputs.csv.finished.formStatusValues',
};

/** Whether a finished column's cell marks a finished response; undefined when it says neither. */
function isFinished(by: FinishedBy, value: string): boolean | undefined {
  const key = value.toLowerCase();
  switch (by) {
    case 'flag':
      return key === '1' || key === 'true' ? true : key === '0' || key === 'false' ? false : undefined;
    case 'submit-date':
      return key !== '';
    case 'form-status':
      // A form never opened is exported with no status.
      return key === '2' || key === 'complete' ? true : key === '' || key === '0' || key === '1' || key === 'incomplete' || key === 'unverified' ? false : undefined;
  }
}

/**
 * The column whose cells say whether a response is finished: the first after the first item
 * column, else the last before it. REDCap writes a status after each instrument's fields, so this
 * is the status of the instrument that holds the questionnaire; Qualtrics and LimeSurvey write one,
 * before the questions. undefined when there is none.
 */
function finishedColumnOf(columns: readonly ColumnRole[]): { at: number; by: FinishedBy } | undefined {
  const firstItem = columns.findIndex((c) => c.kind === 'item');
  const finished = columns.flatMap((c, at) => (c.kind === 'finished' ? [{ at, by: c.by }] : []));
  return finished.find((f) => f.at > firstItem) ?? finished.at(-1);
}

/** Why a row gives no theme a score: the scored items it answers (and how many it says were not observed, which score nothing), and what a theme needs. */
function noThemeScored(q: Questionnaire, values: Float64Array, notObserved: number): string {
  const answered = values.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0);
  const total = values.length;
  const need = q.scoring.minAnswered;
  const unseen = notObserved > 0 ? say('inputs.csv.notObservedCount', { count: notObserved }) : '';
  return say('inputs.csv.noThemeScored', { answered: String(answered), total: String(total), unseen, percent: String(Math.round(need * 100)) });
}

/** Whether a column may hold text over several lines: a free-text answer, or a column syslead does not read. */
function holdsText(column: ColumnRole): boolean {
  return column.kind === 'attribute' || column.kind === 'ignored' || (column.kind === 'item' && column.item.kind === 'text');
}
