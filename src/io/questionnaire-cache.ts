import { ExitError } from '../errors.js';
import { checkAnswers, readAnswerHeader } from '../core/answers/check.js';
import type { AnswerSet } from '../core/answers/model.js';
import { chooseQuestionnaire } from '../core/csv/choose-questionnaire.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { catalogue, DEFAULT_QUESTIONNAIRE, resolveQuestionnaire, type Source } from './questionnaires.js';

/** An answer file checked against its questionnaire; without answers, the problems say why. */
export type CheckedAnswerFile =
  | { answers: AnswerSet; questionnaire: Questionnaire; problems: Problem[] }
  | { answers?: undefined; problems: Problem[]; unknownQuestionnaire: boolean };

/**
 * The questionnaires inputs are read against, each loaded once and always the same object for an
 * id, so that respondents of one questionnaire can be gathered by it.
 */
export class QuestionnaireCache {
  private readonly byId = new Map<string, Questionnaire>();
  private available: Questionnaire[] | undefined;

  /** `given`: every input is read against it (--questionnaire). `sources`: where to look for the others. */
  constructor(
    readonly given: Questionnaire | undefined,
    private readonly sources: readonly Source[],
  ) {}

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
    return chosen ? (this.byId.get(chosen.id) ?? this.keep(chosen.id, chosen)) : await this.load(DEFAULT_QUESTIONNAIRE);
  }

  /**
   * The questionnaire an answer file names, or, when none has that id, the problem at the line of
   * the file that names it. A questionnaire file that is not valid throws (as resolveQuestionnaire).
   */
  async named(id: string, file: string, at: { line: number; column: number }): Promise<{ questionnaire: Questionnaire } | { problem: Problem }> {
    try {
      return { questionnaire: await this.load(id) };
    } catch (error) {
      if (!(error instanceof ExitError) || error.located) throw error;
      return { problem: { file, line: at.line, column: at.column, severity: 'error', message: error.message } };
    }
  }

  /** An answer file's text checked against the questionnaire given, else the one the file names. */
  async checkAnswerFile(text: string, file: string): Promise<CheckedAnswerFile> {
    let questionnaire = this.given;
    if (!questionnaire) {
      const { header, problems } = readAnswerHeader(text, file);
      if (!header) return { problems, unknownQuestionnaire: false };
      const named = await this.named(header.questionnaire, file, header);
      if ('problem' in named) return { problems: [named.problem], unknownQuestionnaire: true };
      questionnaire = named.questionnaire;
    }
    const { answers, problems } = checkAnswers(text, file, questionnaire);
    return answers ? { answers, questionnaire, problems } : { problems, unknownQuestionnaire: false };
  }

  /** By id, or by path as resolveQuestionnaire takes it too. */
  private async load(name: string): Promise<Questionnaire> {
    return this.byId.get(name) ?? this.keep(name, (await resolveQuestionnaire(name, this.sources)).questionnaire);
  }

  private keep(name: string, questionnaire: Questionnaire): Questionnaire {
    this.byId.set(name, questionnaire);
    return questionnaire;
  }
}
