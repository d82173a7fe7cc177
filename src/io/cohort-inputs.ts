import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitError } from '../errors.js';
import { checkAnswers, readAnswerHeader } from '../core/answers/check.js';
import { mapColumns } from '../core/csv/columns.js';
import { SurveyRowReader } from '../core/csv/reader.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { kindByContent, kindByName, type InputKind } from '../core/report/input-kind.js';
import { FormRespondents, type CollectOptions } from '../core/report/respondents.js';
import { LIMITS } from '../core/yaml-source.js';
import { readCsvBatches } from './csv.js';
import { catalogue, DEFAULT_QUESTIONNAIRE, resolveQuestionnaire, type Source } from './questionnaires.js';
import { displayName, fsReason, readText } from './read.js';

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

/** Bytes looked at to tell an answer file from a CSV when the name does not say. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads answer files, folders of them and CSV files ('-' = stdin) into each questionnaire's
 * respondents, streaming: a CSV row is scored as it is read and only numbers are kept. A bad row,
 * answer file or CSV header is reported and skipped; an input that cannot be read at all (missing,
 * not UTF-8) ends the command, so a report never quietly leaves out a whole file.
 */
export async function readCohortInputs(inputs: readonly string[], options: CohortInputOptions): Promise<CohortInputs> {
  const state = new InputState(options);
  for (const input of inputs) {
    if (input !== '-' && (await isFolder(input))) {
      for (const file of await inputFilesIn(input)) await state.readFile(file);
    } else {
      await state.readFile(input);
    }
  }
  return { forms: [...state.forms.values()], respondents: state.respondents, errors: state.errors };
}

class InputState {
  readonly forms = new Map<Questionnaire, FormRespondents>();
  readonly respondents = { read: 0, scored: 0, skipped: 0, reasons: Object.create(null) as Record<string, number> };
  errors = 0;
  private readonly byId = new Map<string, Questionnaire>();

  constructor(private readonly options: CohortInputOptions) {}

  async readFile(file: string): Promise<void> {
    const known = kindByName(file);
    if (file === '-') {
      const { head, rest } = await peek(process.stdin as AsyncIterable<Buffer>);
      return this.read(file, known ?? kindByContent(head.toString('utf8', 0, Math.min(head.length, SNIFF_BYTES))), rest);
    }
    if (known) return this.read(file, known);
    const start = await readStart(file);
    return this.read(file, kindByContent(start));
  }

  private read(file: string, kind: InputKind, bytes?: AsyncIterable<Buffer>): Promise<void> {
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
    const text = bytes ? await decodeAll(bytes, name) : await readText(file);
    let questionnaire = this.options.questionnaire;
    if (!questionnaire) {
      const { header, problems } = readAnswerHeader(text, name);
      if (!header) {
        this.report(problems);
        return this.skip('answer file with errors');
      }
      questionnaire = await this.named(header.questionnaire, name, header);
      if (!questionnaire) return this.skip('unknown questionnaire');
    }
    const { answers, problems } = checkAnswers(text, name, questionnaire);
    this.report(problems);
    if (!answers) return this.skip('answer file with errors');
    this.respondents.read++;
    this.respondents.scored++;
    this.form(questionnaire).addAnswers(answers, name);
  }

  /** The questionnaire an answer file names; one that cannot be found is a problem at that line of the file. */
  private async named(id: string, file: string, at: { line: number; column: number }): Promise<Questionnaire | undefined> {
    const known = this.byId.get(id);
    if (known) return known;
    try {
      const { questionnaire } = await resolveQuestionnaire(id, this.options.sources);
      this.byId.set(id, questionnaire);
      return questionnaire;
    } catch (error) {
      if (!(error instanceof ExitError) || error.located) throw error;
      this.report([{ file, line: at.line, column: at.column, severity: 'error', message: error.message }]);
      return undefined;
    }
  }

  private async readCsv(file: string, bytes?: AsyncIterable<Buffer>): Promise<void> {
    const name = displayName(file);
    const totalBytes = file === '-' ? undefined : await stat(file).then((s) => s.size, () => undefined);
    let reader: SurveyRowReader | undefined;
    let form: FormRespondents | undefined;
    let headerSeen = false;
    let rows = 0;
    try {
      for await (const batch of readCsvBatches(file, bytes)) {
        for (const record of batch.rows) {
          if (!headerSeen) {
            headerSeen = true;
            const questionnaire = this.options.questionnaire ?? (await this.questionnaireForHeader(record.cells, name));
            const found = SurveyRowReader.fromHeader(record.cells, questionnaire, name, record.line);
            this.report(found.problems);
            // Without a single item column no row can be read: the file is left out.
            if (!found.reader) return;
            reader = found.reader;
            form = this.form(questionnaire);
            continue;
          }
          const { row, problems } = reader!.readValues(record.cells, record.line);
          if (problems.length > 0) this.report(problems);
          if (!row) continue;
          form!.addValues(row.values, row, name, record.line);
          rows++;
        }
        this.report(batch.problems);
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
    if (!headerSeen) this.report([{ file: name, line: 1, column: 1, severity: 'error', message: 'the file is empty: expected a header row naming the items, then one row per respondent' }]);
  }

  /**
   * The questionnaire a CSV's header is for, when none is given: the default questionnaire when
   * every one of its items has a column; otherwise the available questionnaire with the most item
   * columns, the default first on a tie.
   */
  private async questionnaireForHeader(header: readonly string[], file: string): Promise<Questionnaire> {
    const matched = (q: Questionnaire) => mapColumns(header, q, file, 1).columns.filter((c) => c.kind === 'item' && c.item.kind === 'likert').length;
    const fallback = await this.named(DEFAULT_QUESTIONNAIRE, file, { line: 1, column: 1 });
    if (fallback && matched(fallback) === fallback.items.filter((i) => i.kind === 'likert').length) return fallback;
    let best = fallback;
    let bestCount = fallback ? matched(fallback) : 0;
    for (const loaded of await catalogue(this.options.sources)) {
      const q = loaded.questionnaire;
      if (!q || q.id === DEFAULT_QUESTIONNAIRE) continue;
      const count = matched(q);
      if (count > bestCount) {
        best = this.byId.get(q.id) ?? q;
        this.byId.set(q.id, best);
        bestCount = count;
      }
    }
    if (!best) throw new ExitError(`${file}: error: no questionnaire to read it against: give one with --questionnaire`, { located: true });
    return best;
  }
}

/** The first piece of a stream, and the whole stream again (that piece first). */
async function peek(stream: AsyncIterable<Buffer>): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  return {
    head,
    rest: {
      async *[Symbol.asyncIterator]() {
        if (!first.done) yield head;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      },
    },
  };
}

/** An answer file from a stream, refusing oversized or non-UTF-8 input as readText does. */
async function decodeAll(bytes: AsyncIterable<Buffer>, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    size += chunk.length;
    if (size > LIMITS.maxBytes) throw new ExitError(`${name}:1:1: error: file is too large for an answer file (over ${LIMITS.maxBytes / 1024 / 1024} MiB)`, { located: true });
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ExitError(`${name}:1:1: error: the file is not UTF-8 text (save it as UTF-8 and try again)`, { located: true });
  }
}

/** The start of a file, to tell what it holds. */
async function readStart(file: string): Promise<string> {
  try {
    for await (const chunk of createReadStream(file, { start: 0, end: SNIFF_BYTES - 1 }) as AsyncIterable<Buffer>) return chunk.toString('utf8');
    return '';
  } catch (error) {
    throw new ExitError(`${file}: error: cannot read: ${fsReason(error)}`, { located: true });
  }
}

/** Answer files and CSV files directly in a folder, by name; dot files (editors' locks and backups) left out. */
async function inputFilesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new ExitError(`${dir}: error: cannot read the folder: ${fsReason(error)}`, { located: true });
  }
  const files = names.filter((n) => kindByName(n) !== undefined && !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) throw new ExitError(`${dir}: error: the folder has no answer files (.yaml, .yml, .json) or CSV files (.csv, .tsv)`, { located: true });
  return files.map((n) => join(dir, n));
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
