import { stat } from 'node:fs/promises';
import { type ExpectedFailure, isExpectedFailure, ProblemError } from '../core/failure.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { DateOrder } from '../core/csv/dates.js';
import { headerRows, MAX_HEADER_ROWS } from '../core/csv/header-rows.js';
import { emptyFileProblem, NO_THEME_SCORED, noRowsProblem, SurveyRowReader, type SurveyRow } from '../core/csv/reader.js';
import { resolveExportMap, type ExportMap, type ExportMapping } from '../core/csv/export-map.js';
import type { CsvRow } from '../core/csv/tokenizer.js';
import { scoresAnyTheme } from '../core/score/section.js';
import { dictionary, ownValue } from '../core/dictionary.js';
import { errorsOf, hasErrors, type Problem } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { CsvBatch } from './csv.js';
import { filesOf, openInput, type OpenedInput } from './input-files.js';
import { QuestionnaireCache, type CheckedAnswerFile } from './questionnaire-cache.js';
import type { Source } from './questionnaires.js';
import { say } from '../core/i18n/voice.js';
import { displayName, readText, type Warn } from './read.js';
import { tableBatches, type TableOptions } from './table-batches.js';

/** Where a respondent's answers came from. */
export interface InputSource {
  /** The file as given or found in a folder; "<stdin>" for "-". */
  file: string;
  /** For a row of a table, the line it starts on; absent for an answer file. */
  line?: number;
}

export interface ReadProgress {
  file: string;
  /** Respondents read from the file so far. */
  rows: number;
  bytesRead: number;
  /** The file's size, when it is a file. */
  totalBytes?: number;
}

/** Every respondent read, scored or skipped: read = scored + skipped. */
export interface RowAccounting {
  read: number;
  scored: number;
  skipped: number;
  /** Reason -> respondents skipped for it. */
  reasons: Record<string, number>;
}

/**
 * What reading the inputs finds, in input order, as it is found. A respondent comes from an
 * answer file (`answers`) or a row of a table (`row`), either with its warnings; `skipped` is a row
 * or answer file left out for its problems (errors, or the warning of an empty row);
 * `unknown-questionnaire` an answer file naming a questionnaire there is none of; `problems` are
 * about a table as a whole (its header, no rows); `unreadable` an input, or the rest of one, that
 * could not be read at all, with its error (failureLines words it). Messages are not yet made
 * safe for a terminal.
 */
export type ReadEvent =
  | { kind: 'answers'; answers: AnswerSet; questionnaire: Questionnaire; source: InputSource; problems: Problem[] }
  | {
      kind: 'row';
      /** Valid until the next event: its values array is refilled for every row. */
      row: SurveyRow;
      /** The row as an AnswerSet of its own, to keep: made only when called, before onEvent returns. */
      answers: () => AnswerSet;
      questionnaire: Questionnaire;
      source: Required<InputSource>;
      problems: Problem[];
    }
  | { kind: 'skipped'; source: InputSource; problems: Problem[] }
  | { kind: 'unknown-questionnaire'; source: InputSource; problems: Problem[] }
  | { kind: 'problems'; source: InputSource; problems: Problem[] }
  | { kind: 'unreadable'; source: InputSource; error: ExpectedFailure }
  | {
      kind: 'table';
      /** A table read to its end: what became of its rows (empty lines are none), and the order of day and month its dates showed. */
      source: InputSource;
      accounting: RowAccounting;
      dateOrder?: DateOrder;
    }
  | { kind: 'progress'; progress: ReadProgress };

export interface InputOptions extends TableOptions {
  /** Read every input against this questionnaire; otherwise each answer file's own, and for a table the one its header matches. */
  questionnaire?: Questionnaire;
  /** Where to look for the questionnaires that answer files name. */
  sources: readonly Source[];
  /** How to read the tables' columns and coded values (--map): checked against each table's questionnaire. */
  map?: ExportMap;
  /** The command's stdin, read for "-". */
  stdin: AsyncIterable<Buffer>;
  /** Where reading says what it passed over in a folder (a FIFO, say). */
  warn: Warn;
  /**
   * The bytes to read for a file in place of the file's own ('-' included, in place of stdin), or
   * undefined to read it as usual: how a command that reads its inputs twice (score --out-dir)
   * records, then replays, the inputs that cannot be read twice (see io/input-replay.ts).
   */
  bytesOf?: (file: string) => AsyncIterable<Buffer> | undefined;
  /**
   * Awaited after each piece of a table and each answer file, before reading on: how a consumer
   * whose work on the rows is asynchronous (writing files) holds the reading back.
   */
  pause?: () => Promise<void>;
  /**
   * Awaited with the questionnaire a file is read against (for answers given in a translation,
   * the translation) as soon as it is known, before anything found in the file is said: how a
   * command chooses its language by the questionnaire before it says what reading finds.
   */
  onQuestionnaire?: (questionnaire: Questionnaire) => Promise<void>;
  /**
   * Given the warnings of each questionnaire reading loads by the id a file names (a draft
   * translation's, say), once per questionnaire, after onQuestionnaire has been awaited: a
   * command says them, in its language, once (see commands/questionnaire-warnings.ts).
   */
  onQuestionnaireWarnings?: (warnings: readonly Problem[]) => void;
  /** Read the responses an export marks unfinished as any other (--include-unfinished); by default they are left out and counted. */
  includeUnfinished?: boolean;
}

/**
 * The one way `score` and `report` read their inputs: answer files, tables (CSV files, xlsx
 * workbooks, zips of one; one respondent per row) and folders of them ('-' = stdin), a CSV
 * streaming, so it is never held in memory (a workbook is read whole: io/archive.ts). Per
 * file: what it holds (by extension, else content: see openInput), the questionnaire it is read
 * against, its rows, and what became of every one, handed to `onEvent` as found. A bad row or file
 * is reported and skipped and the rest still read; what that means for a command is its own call
 * (onEvent may throw to stop). Returns the accounting of every respondent read.
 *
 * onEvent is called synchronously, one await per piece of a file rather than per row, which keeps
 * 100,000 rows fast; a row's values are reused, so it is used, or copied, before onEvent returns.
 */
export async function readInputEvents(inputs: readonly string[], options: InputOptions, onEvent: (event: ReadEvent) => void): Promise<RowAccounting> {
  const pipeline = new InputPipeline(options, onEvent);
  for (const input of inputs) await pipeline.readInput(input);
  // An option that chose nothing is said, so that a mistyped input is noticed.
  // not said: "syslead: warning:" stays English, as every problem's kind does (editors' matchers read it)
  if (options.sheet !== undefined && !pipeline.archiveRead) options.warn(`syslead: warning: ${say('inputs.pipeline.sheetUnused', { sheet: safeText(JSON.stringify(options.sheet)) })}`);
  return pipeline.accounting;
}

class InputPipeline {
  readonly accounting: RowAccounting = { read: 0, scored: 0, skipped: 0, reasons: dictionary<number>() };
  /** Whether any input was an archive (a workbook, a zip), which --sheet is for. */
  archiveRead = false;
  private readonly questionnaires: QuestionnaireCache;
  /** The export map as each questionnaire reads it, with the problems it has there. */
  private readonly mappings = new Map<Questionnaire, { mapping: ExportMapping; problems: Problem[] }>();

  constructor(
    private readonly options: InputOptions,
    private readonly emit: (event: ReadEvent) => void,
  ) {
    this.questionnaires = new QuestionnaireCache(options.questionnaire, options.sources, options.onQuestionnaire, options.onQuestionnaireWarnings);
  }

  async readInput(input: string): Promise<void> {
    let files: string[];
    try {
      files = await filesOf(input, this.options.warn);
    } catch (error) {
      return this.unreadable(input, error);
    }
    for (const file of files) {
      await this.readFile(file);
      await this.options.pause?.();
    }
  }

  private async readFile(file: string): Promise<void> {
    let opened: OpenedInput;
    try {
      opened = await openInput(file, this.options.stdin, this.options.bytesOf?.(file));
    } catch (error) {
      return this.unreadable(displayName(file), error);
    }
    if (opened.kind === 'archive') this.archiveRead = true;
    return opened.kind === 'answers' ? this.readAnswerFile(file, opened.bytes) : this.readTable(file, opened.kind, opened.bytes);
  }

  private async readAnswerFile(file: string, bytes?: AsyncIterable<Buffer>): Promise<void> {
    const name = displayName(file);
    const source = { file: name };
    let checked: CheckedAnswerFile;
    try {
      checked = await this.questionnaires.checkAnswerFile(await readText(file, bytes), name);
    } catch (error) {
      return this.unreadable(name, error);
    }
    const { problems } = checked;
    if (checked.answers && !scoresAnyAnswer(checked.questionnaire, checked.answers)) {
      this.count(0, { [NO_THEME_SCORED]: 1 });
      const message = say('inputs.pipeline.noThemeScored');
      this.emit({ kind: 'skipped', source, problems: [...problems, { file: name, line: 1, column: 1, severity: 'error', message }] });
    } else if (checked.answers) {
      this.count(1, {});
      this.emit({ kind: 'answers', answers: checked.answers, questionnaire: checked.questionnaire, source, problems });
    } else if (checked.unknownQuestionnaire) {
      this.count(0, { 'unknown questionnaire': 1 });
      this.emit({ kind: 'unknown-questionnaire', source, problems });
    } else {
      this.count(0, { 'answer file with errors': 1 });
      this.emit({ kind: 'skipped', source, problems });
    }
  }

  /**
   * A table: its header rows (one, or SurveyMonkey's two and Qualtrics' three: see headerRows,
   * told from the first records) choose the questionnaire and the columns, and each row after
   * them is a respondent, at its own line of the file. Read errors are caught apart from
   * onEvent's, so that a command stopping the reading is never taken for a file that cannot be read.
   */
  private async readTable(file: string, kind: 'csv' | 'archive', bytes?: AsyncIterable<Buffer>): Promise<void> {
    const name = displayName(file);
    const totalBytes = await sizeOf(file);
    const batches = tableBatches(file, kind, bytes, this.options);
    let reader: SurveyRowReader | undefined;
    let questionnaire: Questionnaire | undefined;
    /** The questionnaire its respondents are gathered with: the source of a translation the header was read in. */
    let gatherAs: Questionnaire | undefined;
    let headerLine: number | undefined;
    // The first records, held until the header rows among them are told apart.
    const head: CsvRow[] = [];
    let rows = 0;
    const readRecord = (record: CsvRow) => {
      const { row, problems } = reader!.readRecord(record);
      const source = { file: name, line: record.line };
      if (row) {
        rows++;
        const rowReader = reader!;
        this.emit({ kind: 'row', row, answers: () => rowReader.answersOf(row), questionnaire: gatherAs!, source, problems });
      }
      // An empty line is no row and nothing to say.
      else if (problems.length > 0) this.emit({ kind: 'skipped', source, problems });
    };
    /** Reads the header from the records held, then the data rows among them; false when there is nothing to read. */
    const startTable = async (): Promise<boolean> => {
      const header = headerRows(head.map((record) => record.cells));
      headerLine = head[0]!.line;
      const { aliases } = header;
      const { map } = this.options;
      try {
        questionnaire = await this.questionnaires.forHeader(header.titles, { aliases }, map && { questionnaireId: map.questionnaire?.id, columnsFor: (q) => this.mappingFor(q, map).mapping.column });
      } catch (error) {
        this.unreadable(name, error);
        return false;
      }
      gatherAs = this.questionnaires.gatheredAs(questionnaire);
      const mapped = map && this.mappingFor(questionnaire, map);
      if (mapped && hasErrors(mapped.problems)) {
        this.unreadable(name, new ProblemError(errorsOf(mapped.problems), say('inputs.pipeline.mapDoesNotFit', { map: map.file, questionnaire: questionnaire.id, file: name })));
        return false;
      }
      const found = SurveyRowReader.fromHeader(header.titles, questionnaire, name, headerLine, { aliases, mapping: mapped?.mapping, includeUnfinished: this.options.includeUnfinished === true });
      const named = header.titles.flatMap((title, index) => [title, ...(aliases[index] ?? [])]);
      const headerProblems = [...(mapped?.mapping.absentColumns(named, name) ?? []), ...found.problems];
      // Without a single item column no row can be read: the file as a whole cannot be, and is never quietly left out.
      if (!found.reader) {
        this.unreadable(name, new ProblemError(headerProblems));
        return false;
      }
      if (headerProblems.length > 0) this.emit({ kind: 'problems', source: { file: name, line: headerLine }, problems: headerProblems });
      reader = found.reader;
      for (const record of head.splice(0).slice(header.count)) readRecord(record);
      return true;
    };
    try {
      for (;;) {
        let batch: IteratorResult<CsvBatch>;
        try {
          batch = await batches.next();
        } catch (error) {
          return this.unreadable(name, error);
        }
        if (batch.done) break;
        // How the file was read (its encoding, the sheet chosen), said once.
        if (batch.value.problems) this.emit({ kind: 'problems', source: { file: name }, problems: batch.value.problems });
        for (const record of batch.value.rows) {
          if (reader) {
            readRecord(record);
            continue;
          }
          head.push(record);
          if (head.length === MAX_HEADER_ROWS && !(await startTable())) return;
        }
        this.emit({ kind: 'progress', progress: { file: name, rows, bytesRead: batch.value.bytesRead, ...(totalBytes === undefined ? {} : { totalBytes }) } });
        await this.options.pause?.();
      }
      // A file shorter than the most header rows there can be.
      if (!reader && head.length > 0 && !(await startTable())) return;
    } finally {
      // Stopped early (a bad header, or by onEvent): the file is closed.
      await batches.return(undefined);
      // The reader counts a table's rows as it reads them, bad ones by reason.
      if (reader) this.count(reader.counts.read, reader.counts.reasons);
    }
    if (headerLine === undefined) return this.emit({ kind: 'problems', source: { file: name, line: 1 }, problems: [emptyFileProblem(name)] });
    const { counts } = reader!;
    if (counts.rows === 0) this.emit({ kind: 'problems', source: { file: name, line: headerLine }, problems: [noRowsProblem(name, headerLine)] });
    const unfinished = reader!.unfinishedProblem();
    if (unfinished) this.emit({ kind: 'problems', source: { file: name, line: headerLine }, problems: [unfinished] });
    const dateOrder = reader!.dateOrder();
    this.emit({
      kind: 'table',
      source: { file: name },
      accounting: { read: counts.rows, scored: counts.read, skipped: counts.skipped, reasons: counts.reasons },
      ...(dateOrder ? { dateOrder } : {}),
    });
  }

  private mappingFor(questionnaire: Questionnaire, map: ExportMap): { mapping: ExportMapping; problems: Problem[] } {
    let mapped = this.mappings.get(questionnaire);
    if (!mapped) {
      mapped = resolveExportMap(map, questionnaire);
      this.mappings.set(questionnaire, mapped);
    }
    return mapped;
  }

  /** Respondents scored, and skipped by reason; every one of them read. */
  private count(scored: number, skippedFor: Readonly<Record<string, number>>): void {
    const { accounting } = this;
    accounting.read += scored;
    accounting.scored += scored;
    for (const [reason, skipped] of Object.entries(skippedFor)) {
      accounting.read += skipped;
      accounting.skipped += skipped;
      accounting.reasons[reason] = (accounting.reasons[reason] ?? 0) + skipped;
    }
  }

  private unreadable(file: string, error: unknown): void {
    if (!isExpectedFailure(error)) throw error;
    this.emit({ kind: 'unreadable', source: { file }, error });
  }
}

/** Whether an answer file's answers give at least one theme a score. */
function scoresAnyAnswer(questionnaire: Questionnaire, answers: AnswerSet): boolean {
  return scoresAnyTheme(questionnaire, (item) => ownValue(answers.answers, item.id) !== undefined);
}

/** A file's size for the progress shown while it is read; none for stdin, a pipe or a device. */
async function sizeOf(file: string): Promise<number | undefined> {
  if (file === '-') return undefined;
  return stat(file).then(
    (s) => (s.isFile() ? s.size : undefined),
    () => undefined,
  );
}
