import { failureLines, isExpectedFailure } from '../core/failure.js';
import type { AnswerSet } from '../core/answers/model.js';
import { emptyFileProblem, noRowsProblem, SurveyRowReader } from '../core/csv/reader.js';
import { formatProblem, type Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { readCsvRows } from './csv.js';
import { filesOf, openInput } from './input-files.js';
import { QuestionnaireCache } from './questionnaire-cache.js';
import type { Source } from './questionnaires.js';
import { displayName, readText, type Warn } from './read.js';

/** Where a respondent's answers came from. */
export interface InputSource {
  /** The file as given or found in a folder; "<stdin>" for "-". */
  file: string;
  /** For a CSV row, the line it starts on; absent for an answer file. */
  line?: number;
}

/** One respondent's checked answers, ready to score, with the questionnaire they answered. */
export interface Respondent {
  answers: AnswerSet;
  questionnaire: Questionnaire;
  source: InputSource;
}

/**
 * What reading the inputs found, in input order. A respondent may come with warnings; a skipped
 * row or answer file comes with the problems that left it out (errors, or the warning of an empty
 * row); `problems` are about a CSV file as a whole (its header); `unreadable` is an input, or the
 * rest of one, that could not be read at all, with a message of whole "FILE...: error: ..." lines.
 * Messages are not yet made safe for a terminal.
 */
export type InputEvent =
  | { kind: 'respondent'; respondent: Respondent; problems: Problem[] }
  | { kind: 'skipped'; source: InputSource; problems: Problem[] }
  | { kind: 'problems'; source: InputSource; problems: Problem[] }
  | { kind: 'unreadable'; source: InputSource; message: string };

export interface InputOptions {
  /** Read every input against this questionnaire; otherwise each answer file's own, and for a CSV file the one its header matches. */
  questionnaire?: Questionnaire;
  /** Where to look for the questionnaires that answer files name. */
  sources: readonly Source[];
  /** The command's stdin, read for "-". */
  stdin: AsyncIterable<Buffer>;
  /** Where reading says what it passed over in a folder (a FIFO, say). */
  warn: Warn;
}

/**
 * Reads answer files, CSV files (one respondent per row) and folders of either into respondents,
 * streaming: a CSV file is never held in memory. "-" reads stdin; a file is told to be a CSV or an
 * answer file by its extension, else by its content (see openInput). A bad row or file is reported
 * and skipped; the rest are still read.
 */
export async function* readInputs(inputs: readonly string[], options: InputOptions): AsyncGenerator<InputEvent> {
  const questionnaires = new QuestionnaireCache(options.questionnaire, options.sources);
  for (const input of inputs) {
    let files: string[];
    try {
      files = await filesOf(input, options.warn);
    } catch (error) {
      yield { kind: 'unreadable', source: { file: input }, message: messageOf(error, input) };
      continue;
    }
    for (const file of files) yield* readFile(file, questionnaires, options.stdin);
  }
}

async function* readFile(file: string, questionnaires: QuestionnaireCache, stdin: AsyncIterable<Buffer>): AsyncGenerator<InputEvent> {
  let opened: Awaited<ReturnType<typeof openInput>>;
  try {
    opened = await openInput(file, stdin);
  } catch (error) {
    const name = displayName(file);
    yield { kind: 'unreadable', source: { file: name }, message: messageOf(error, name) };
    return;
  }
  if (opened.kind === 'csv') yield* readCsvFile(file, questionnaires, opened.bytes);
  else yield await readAnswerFile(file, questionnaires, opened.bytes);
}

async function readAnswerFile(file: string, questionnaires: QuestionnaireCache, bytes?: AsyncIterable<Buffer>): Promise<InputEvent> {
  const name = displayName(file);
  const source = { file: name };
  try {
    const checked = await questionnaires.checkAnswerFile(await readText(file, bytes), name);
    // Without its questionnaire the file cannot be read at all.
    if (!checked.answers) return checked.unknownQuestionnaire ? { kind: 'unreadable', source, message: formatProblem(checked.problems[0]!) } : { kind: 'skipped', source, problems: checked.problems };
    const { answers, questionnaire, problems } = checked;
    return { kind: 'respondent', respondent: { answers, questionnaire, source }, problems };
  } catch (error) {
    return { kind: 'unreadable', source, message: messageOf(error, name) };
  }
}

async function* readCsvFile(file: string, questionnaires: QuestionnaireCache, bytes?: AsyncIterable<Buffer>): AsyncGenerator<InputEvent> {
  const name = displayName(file);
  let reader: SurveyRowReader | undefined;
  let questionnaire: Questionnaire | undefined;
  let headerLine: number | undefined;
  try {
    for await (const record of readCsvRows(file, bytes)) {
      if (headerLine === undefined) {
        headerLine = record.line;
        questionnaire = await questionnaires.forHeader(record.cells);
        const found = SurveyRowReader.fromHeader(record.cells, questionnaire, name, record.line);
        if (found.problems.length > 0) yield { kind: 'problems', source: { file: name, line: record.line }, problems: found.problems };
        // Without a single item column there is nothing to read in any row.
        if (!found.reader) return;
        reader = found.reader;
      } else {
        const source = { file: name, line: record.line };
        const { answers, problems } = reader!.readRow(record.cells, record.line, record.span);
        // A blank row is no respondent and nothing to say.
        if (!answers && problems.length === 0) continue;
        yield answers ? { kind: 'respondent', respondent: { answers, questionnaire: questionnaire!, source }, problems } : { kind: 'skipped', source, problems };
      }
    }
  } catch (error) {
    yield { kind: 'unreadable', source: { file: name }, message: messageOf(error, name) };
    return;
  }
  if (headerLine === undefined) yield { kind: 'problems', source: { file: name, line: 1 }, problems: [emptyFileProblem(name)] };
  else if (reader!.counts.rows === 0) yield { kind: 'problems', source: { file: name, line: headerLine }, problems: [noRowsProblem(name, headerLine)] };
}

function messageOf(error: unknown, file: string): string {
  if (!isExpectedFailure(error)) throw error;
  return failureLines(error, file).join('\n');
}
