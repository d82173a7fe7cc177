import { defaultRole, type AnswerSet } from '../answers/model.js';
import type { RaterRole } from '../answers/schema.js';
import type { ValueResult } from '../answers/value.js';
import type { Problem } from '../problem.js';
import type { Questionnaire, Scale } from '../questionnaire/model.js';
import { safeText } from '../safe-text.js';
import { describeHeader, mapColumns, type ColumnRole } from './columns.js';
import { parseRole } from './role.js';
import { scaleReader } from './scale-reader.js';

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
 * Reads a survey export one row at a time, so that a large file can be streamed: given the header
 * row, it turns each following row of cells into one respondent's AnswerSet, or reports the row's
 * bad cells (with file, line and column number) and skips it. Whether a problem is fatal is the
 * caller's choice.
 */
export class SurveyRowReader {
  readonly counts: ReadCounts = { rows: 0, read: 0, skipped: 0, reasons: Object.create(null) as Record<string, number> };
  private readonly defaultRole: RaterRole;
  /** Per column: how to read an answer on its scale (undefined for other columns). */
  private readonly points: (((cell: string) => ValueResult) | undefined)[];

  private constructor(
    private readonly questionnaire: Questionnaire,
    private readonly header: readonly string[],
    private readonly columns: readonly ColumnRole[],
    private readonly file: string,
  ) {
    this.defaultRole = defaultRole(questionnaire);
    const readers = new Map<Scale, (cell: string) => ValueResult>();
    const readerFor = (scale: Scale) => readers.get(scale) ?? readers.set(scale, scaleReader(scale)).get(scale)!;
    this.points = columns.map((column) => {
      if (column.kind === 'item' && column.item.kind === 'likert') return readerFor(column.item.scale);
      if (column.kind === 'importance') return readerFor(questionnaire.importance!.scale);
      return undefined;
    });
  }

  /**
   * Matches the header row (at `line`) to the questionnaire. No reader when no column matches an
   * item; otherwise a reader, with any header problems (duplicate columns, items without one).
   */
  static fromHeader(header: readonly string[], questionnaire: Questionnaire, file: string, line = 1): { reader?: SurveyRowReader; problems: Problem[] } {
    const { columns, problems } = mapColumns(header, questionnaire, file, line);
    if (!columns.some((c) => c.kind === 'item')) return { problems };
    return { reader: new SurveyRowReader(questionnaire, header, columns, file), problems };
  }

  /** One row of cells, found at `line` of the file (its first line when a cell spans several). */
  readRow(cells: readonly string[], line: number): RowResult {
    this.counts.rows++;
    const problems: Problem[] = [];
    let reason: string | undefined;
    const fail = (column: number, why: string, message: string) => {
      problems.push({ file: this.file, line, column, severity: 'error', message: safeText(message) });
      reason ??= why;
    };

    if (cells.every((cell) => cell.trim() === '')) return this.skip('empty row', [{ file: this.file, line, column: 1, severity: 'warning', message: 'the row is empty' }]);
    if (cells.length !== this.header.length) {
      const column = Math.min(cells.length, this.header.length) + 1;
      fail(column, 'wrong number of cells', `the row has ${cells.length} cells but the header has ${this.header.length}: a cell with a comma, quote or line break may have lost its quotes`);
      return this.skip(reason!, problems);
    }

    const answers: Record<string, number> = Object.create(null);
    const texts: Record<string, string> = Object.create(null);
    const importance: Record<string, number> = Object.create(null);
    const attributes: Record<string, string> = Object.create(null);
    const facts: { respondent?: string; subject?: string; started?: string; completed?: string } = {};
    let role = this.defaultRole;

    for (let index = 0; index < this.columns.length; index++) {
      const column = this.columns[index]!;
      const cell = cells[index]!;
      const value = cell.trim();
      switch (column.kind) {
        case 'item': {
          const item = column.item;
          if (item.kind === 'text') {
            if (value !== '') texts[item.id] = cell;
            continue;
          }
          const point = this.points[index]!(cell);
          if (!point.ok) fail(index + 1, 'answer not on the scale', `${this.where(index)}: ${point.message}`);
          else if (point.value !== null) answers[item.id] = point.value;
          continue;
        }
        case 'importance': {
          const point = this.points[index]!(cell);
          if (!point.ok) fail(index + 1, 'importance not on the scale', `${this.where(index)}: ${point.message}`);
          else if (point.value !== null) importance[column.themeId] = point.value;
          continue;
        }
        case 'role': {
          if (value === '') continue;
          const parsed = parseRole(value);
          if (parsed) role = parsed;
          else fail(index + 1, 'unknown role', `${this.where(index)}: "${value}" is not a role: use self, manager, peer, direct report, partner or other`);
          continue;
        }
        case 'respondent':
        case 'subject':
        case 'started':
        case 'completed':
          if (value !== '') facts[column.kind] = value;
          continue;
        case 'attribute':
          if (value !== '') attributes[column.name] = value;
          continue;
        case 'ignored':
          continue;
      }
    }

    if (reason !== undefined) return this.skip(reason, problems);
    this.counts.read++;
    return {
      answers: {
        questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version },
        ...facts,
        role,
        attributes,
        answers,
        texts,
        importance,
      },
      problems,
    };
  }

  /** A column as messages name it: its number and header. */
  private where(index: number): string {
    return `column ${index + 1} ${describeHeader(this.header[index]!)}`;
  }

  private skip(reason: string, problems: Problem[]): RowResult {
    this.counts.skipped++;
    this.counts.reasons[reason] = (this.counts.reasons[reason] ?? 0) + 1;
    return { problems };
  }
}
