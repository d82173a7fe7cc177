import { stat } from 'node:fs/promises';
import { emptyFileProblem, noRowsProblem, SurveyRowReader } from '../core/csv/reader.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { FormRespondents, type CollectOptions } from '../core/report/respondents.js';
import { readCsvBatches } from './csv.js';
import { filesOf, openInput } from './input-files.js';
import { QuestionnaireCache } from './questionnaire-cache.js';
import type { Source } from './questionnaires.js';
import { displayName, readText, type Warn } from './read.js';

export interface ReadProgress {
  file: string;
  rows: number;
  bytesRead: number;
  /** The file's size, when it is a file. */
  totalBytes?: number;
}

export interface CohortInputOptions {
  /** Read every input against this questionnaire (--questionnaire). */
  questionnaire?: Questionnaire;
  sources: readonly Source[];
  /** The command's stdin, read for "-". */
  stdin: AsyncIterable<Buffer>;
  /** Where reading says what it passed over in a folder (a FIFO, say). */
  warn: Warn;
  collect: CollectOptions;
  onProblem: (problem: Problem) => void;
  onProgress?: (progress: ReadProgress) => void;
}

export interface CohortInputs {
  /** One per questionnaire answered, in the order first met. */
  forms: FormRespondents[];
  respondents: { read: number; scored: number; skipped: number; reasons: Record<string, number> };
  /** Problems of severity error: bad rows, answer files and CSV headers. */
  errors: number;
}

/**
 * Reads answer files, folders of them and CSV files ('-' = stdin) into each questionnaire's
 * respondents, streaming: a CSV row is scored as it is read and only numbers are kept. A file is
 * told to be a CSV or an answer file by its extension, else by its content (see openInput). A bad
 * row, answer file or CSV header is reported and skipped; an input that cannot be read at all
 * (missing, not UTF-8) ends the command, so a report never quietly leaves out a whole file.
 */
export async function readCohortInputs(inputs: readonly string[], options: CohortInputOptions): Promise<CohortInputs> {
  const state = new InputState(options);
  for (const input of inputs) {
    for (const file of await filesOf(input, options.warn)) await state.readFile(file);
  }
  return { forms: [...state.forms.values()], respondents: state.respondents, errors: state.errors };
}

class InputState {
  readonly forms = new Map<Questionnaire, FormRespondents>();
  readonly respondents = { read: 0, scored: 0, skipped: 0, reasons: Object.create(null) as Record<string, number> };
  errors = 0;
  private readonly questionnaires: QuestionnaireCache;

  constructor(private readonly options: CohortInputOptions) {
    this.questionnaires = new QuestionnaireCache(options.questionnaire, options.sources);
  }

  async readFile(file: string): Promise<void> {
    const { kind, bytes } = await openInput(file, this.options.stdin);
    return kind === 'csv' ? this.readCsv(file, bytes) : this.readAnswerFile(file, bytes);
  }

  private report(problems: readonly Problem[]): void {
    for (const problem of problems) {
      if (problem.severity === 'error') this.errors++;
      this.options.onProblem(problem);
    }
  }

  private skip(reason: string, count = 1): void {
    this.respondents.read += count;
    this.respondents.skipped += count;
    this.respondents.reasons[reason] = (this.respondents.reasons[reason] ?? 0) + count;
  }

  private form(questionnaire: Questionnaire): FormRespondents {
    return this.forms.get(questionnaire) ?? this.forms.set(questionnaire, new FormRespondents(questionnaire, this.options.collect)).get(questionnaire)!;
  }

  private async readAnswerFile(file: string, bytes?: AsyncIterable<Buffer>): Promise<void> {
    const name = displayName(file);
    const checked = await this.questionnaires.checkAnswerFile(await readText(file, bytes), name);
    this.report(checked.problems);
    if (!checked.answers) return this.skip(checked.unknownQuestionnaire ? 'unknown questionnaire' : 'answer file with errors');
    const { answers, questionnaire } = checked;
    this.respondents.read++;
    this.respondents.scored++;
    this.form(questionnaire).addAnswers(answers, name);
  }

  private async readCsv(file: string, bytes?: AsyncIterable<Buffer>): Promise<void> {
    const name = displayName(file);
    const totalBytes =
      file === '-'
        ? undefined
        : await stat(file).then(
            (s) => (s.isFile() ? s.size : undefined),
            () => undefined,
          );
    let reader: SurveyRowReader | undefined;
    let questionnaire: Questionnaire | undefined;
    let headerLine: number | undefined;
    let rows = 0;
    try {
      for await (const batch of readCsvBatches(file, bytes)) {
        for (const record of batch.rows) {
          if (headerLine === undefined) {
            headerLine = record.line;
            questionnaire = await this.questionnaires.forHeader(record.cells);
            const found = SurveyRowReader.fromHeader(record.cells, questionnaire, name, record.line);
            this.report(found.problems);
            // Without a single item column no row can be read: the file is left out.
            if (!found.reader) return;
            reader = found.reader;
            continue;
          }
          const { row, problems } = reader!.readValues(record.cells, record.line, record.span);
          if (problems.length > 0) this.report(problems);
          if (!row) continue;
          // The form is made with its first respondent, so a file without one adds no empty form.
          this.form(questionnaire!).addValues(row.values, row, name, record.line);
          rows++;
        }
        this.options.onProgress?.({ file: name, rows, bytesRead: batch.bytesRead, ...(totalBytes === undefined ? {} : { totalBytes }) });
      }
    } finally {
      if (reader) {
        const { counts } = reader;
        this.respondents.read += counts.read;
        this.respondents.scored += counts.read;
        for (const [reason, count] of Object.entries(counts.reasons)) this.skip(reason, count);
      }
    }
    if (headerLine === undefined) this.report([emptyFileProblem(name)]);
    else if (reader!.counts.rows === 0) this.report([noRowsProblem(name, headerLine)]);
  }
}
