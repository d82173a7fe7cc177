import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitError } from '../errors.js';
import { checkAnswers, readAnswerHeader } from '../core/answers/check.js';
import type { AnswerSet } from '../core/answers/model.js';
import { chooseQuestionnaire } from '../core/csv/choose-questionnaire.js';
import { SurveyRowReader } from '../core/csv/reader.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { readCsvRecords } from './csv.js';
import { catalogue, DEFAULT_QUESTIONNAIRE, resolveQuestionnaire, type Source } from './questionnaires.js';
import { displayName, fsReason, readText } from './read.js';

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
}

/** Survey exports are told from answer files by their extension. */
export function isCsvFile(path: string): boolean {
  return /\.(csv|tsv)$/i.test(path);
}

const ANSWER_FILE = /\.(ya?ml|json)$/i;

/**
 * Reads answer files, CSV files (one respondent per row) and folders of either into respondents,
 * streaming: a CSV file is never held in memory. "-" reads an answer file from stdin. A bad row
 * or file is reported and skipped; the rest are still read.
 */
export async function* readInputs(inputs: readonly string[], options: InputOptions): AsyncGenerator<InputEvent> {
  const questionnaires = new QuestionnaireCache(options);
  for (const input of inputs) {
    if (input !== '-' && (await isFolder(input))) {
      const files = await answerFilesIn(input);
      if (typeof files === 'string') yield { kind: 'unreadable', source: { file: input }, message: files };
      else for (const file of files) yield* readFile(file, questionnaires);
    } else {
      yield* readFile(input, questionnaires);
    }
  }
}

async function* readFile(file: string, questionnaires: QuestionnaireCache): AsyncGenerator<InputEvent> {
  if (isCsvFile(file)) yield* readCsvFile(file, questionnaires);
  else yield await readAnswerFile(file, questionnaires);
}

async function readAnswerFile(file: string, questionnaires: QuestionnaireCache): Promise<InputEvent> {
  const name = displayName(file);
  const source = { file: name };
  try {
    const text = await readText(file);
    let questionnaire = questionnaires.given;
    if (!questionnaire) {
      const { header, problems } = readAnswerHeader(text, name);
      if (!header) return { kind: 'skipped', source, problems };
      questionnaire = await questionnaires.named(header.questionnaire, name, header);
    }
    const { answers, problems } = checkAnswers(text, name, questionnaire);
    if (!answers) return { kind: 'skipped', source, problems };
    return { kind: 'respondent', respondent: { answers, questionnaire, source }, problems };
  } catch (error) {
    return { kind: 'unreadable', source, message: messageOf(error, name) };
  }
}

async function* readCsvFile(file: string, questionnaires: QuestionnaireCache): AsyncGenerator<InputEvent> {
  const name = displayName(file);
  let reader: SurveyRowReader | undefined;
  let questionnaire: Questionnaire | undefined;
  let headerSeen = false;
  try {
    for await (const record of readCsvRecords(file)) {
      if (record.kind === 'problem') {
        yield { kind: 'problems', source: { file: name, line: record.problem.line }, problems: [record.problem] };
      } else if (!headerSeen) {
        headerSeen = true;
        questionnaire = await questionnaires.forHeader(record.cells);
        const found = SurveyRowReader.fromHeader(record.cells, questionnaire, name, record.line);
        if (found.problems.length > 0) yield { kind: 'problems', source: { file: name, line: record.line }, problems: found.problems };
        // Without a single item column there is nothing to read in any row.
        if (!found.reader) return;
        reader = found.reader;
      } else {
        const source = { file: name, line: record.line };
        const { answers, problems } = reader!.readRow(record.cells, record.line);
        yield answers ? { kind: 'respondent', respondent: { answers, questionnaire: questionnaire!, source }, problems } : { kind: 'skipped', source, problems };
      }
    }
  } catch (error) {
    yield { kind: 'unreadable', source: { file: name }, message: messageOf(error, name) };
    return;
  }
  if (!headerSeen) {
    yield { kind: 'problems', source: { file: name, line: 1 }, problems: [{ file: name, line: 1, column: 1, severity: 'error', message: 'the file is empty: expected a header row naming the items, then one row per respondent' }] };
  }
}

/** The questionnaires inputs are read against, each loaded once. */
class QuestionnaireCache {
  readonly given: Questionnaire | undefined;
  private readonly byId = new Map<string, Questionnaire>();
  private readonly sources: readonly Source[];
  private available: Questionnaire[] | undefined;

  constructor({ questionnaire, sources }: InputOptions) {
    this.given = questionnaire;
    this.sources = sources;
  }

  /**
   * A CSV names no questionnaire: the one given, else the available one its header matches best
   * (see chooseQuestionnaire), else the default, whose item names the error about the header gives.
   */
  async forHeader(header: readonly string[]): Promise<Questionnaire> {
    if (this.given) return this.given;
    if (!this.available) {
      // Where an id is in several folders, the first is the one an answer file naming it gets.
      const ids = new Set<string>();
      this.available = (await catalogue(this.sources)).flatMap(({ questionnaire }) => (questionnaire && !ids.has(questionnaire.id) && ids.add(questionnaire.id) ? [questionnaire] : []));
    }
    const chosen = chooseQuestionnaire(header, this.available, DEFAULT_QUESTIONNAIRE);
    return chosen ? (this.byId.get(chosen.id) ?? this.byId.set(chosen.id, chosen).get(chosen.id)!) : await this.load(DEFAULT_QUESTIONNAIRE);
  }

  /** The questionnaire an answer file names; one that cannot be found is an error at that line of the file. */
  async named(id: string, file: string, at: { line: number; column: number }): Promise<Questionnaire> {
    try {
      return await this.load(id);
    } catch (error) {
      if (error instanceof ExitError && !error.located) throw new ExitError(`${file}:${at.line}:${at.column}: error: ${error.message}`, { located: true });
      throw error;
    }
  }

  private async load(id: string): Promise<Questionnaire> {
    const known = this.byId.get(id);
    if (known) return known;
    const { questionnaire } = await resolveQuestionnaire(id, this.sources);
    this.byId.set(id, questionnaire);
    return questionnaire;
  }
}

/** The answer files and CSV files directly in a folder, by name; a message when it cannot be read or has none. */
async function answerFilesIn(dir: string): Promise<string[] | string> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    return `${dir}: error: cannot read the folder: ${fsReason(error)}`;
  }
  // Dot files are editors' and tools' own (locks, backups), never answers.
  const files = names.filter((n) => (ANSWER_FILE.test(n) || isCsvFile(n)) && !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) return `${dir}: error: the folder has no answer files (.yaml, .yml, .json) or CSV files (.csv, .tsv)`;
  return files.map((n) => join(dir, n));
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

function messageOf(error: unknown, file: string): string {
  if (!(error instanceof ExitError)) throw error;
  return error.located ? error.message : `${file}: error: ${error.message}`;
}
