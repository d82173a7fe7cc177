import { isExpectedFailure, ProblemError } from '../core/failure.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { ChooseOptions } from '../core/csv/choose-questionnaire.js';
import { errorsOf, firstProblems, hasErrors, type Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { answersOf, headerOf, parseAnswerText } from './answer-files.js';
import { catalogue, DEFAULT_QUESTIONNAIRE, questionnaireWithId, sameIdProblems, translationIds, UnknownQuestionnaire, type Source } from './questionnaires.js';
import { say } from '../core/i18n/voice.js';

/** An answer file checked against its questionnaire; without answers, the problems say why. */
export type CheckedAnswerFile = { answers: AnswerSet; questionnaire: Questionnaire; problems: Problem[] } | { answers?: undefined; problems: Problem[]; unknownQuestionnaire: boolean };

/**
 * The questionnaires inputs are read against, each loaded once and always the same object for an
 * id, so that respondents of one questionnaire can be gathered by it.
 */
export class QuestionnaireCache {
  private readonly byId = new Map<string, Questionnaire>();
  private available: Questionnaire[] | undefined;
  private translations: Questionnaire[] | undefined;
  /** Each candidate's id to load it by: ID, or ID.LANG for a translation. */
  private readonly loadIds = new Map<Questionnaire, string>();
  /** The warnings of translations loaded as candidates, until a header chooses one. */
  private readonly unsaid = new Map<Questionnaire, readonly Problem[]>();
  /** A translation a header chose, and the source its respondents are gathered with. */
  private readonly sourceOf = new Map<Questionnaire, Questionnaire>();
  /** The warnings of the questionnaires loaded since the last were handed to onWarnings. */
  private pending: Problem[] = [];

  /**
   * `given`: every input is read against it (--questionnaire). `sources`: where to look for the
   * others. `onForm`: awaited with the form a file is read against (for an answer file given in a
   * translation, the translation) as soon as it is known, before anything about the file is said.
   * `onWarnings`: given the warnings of each questionnaire loaded (a draft translation's, say),
   * once per questionnaire, after onForm has been awaited (the language they are said in chosen).
   */
  constructor(
    readonly given: Questionnaire | undefined,
    private readonly sources: readonly Source[],
    private readonly onForm?: (questionnaire: Questionnaire) => Promise<void>,
    private readonly onWarnings?: (warnings: readonly Problem[]) => void,
  ) {}

  /**
   * A CSV names no questionnaire: the one given, else the one an export map names, else the
   * available one its header matches best (through the map's columns, if any: see
   * chooseQuestionnaire), else the default, whose item names the error about the header gives.
   */
  async forHeader(header: readonly string[], options: Pick<ChooseOptions, 'aliases'> = {}, map?: { questionnaireId: string | undefined; columnsFor: NonNullable<ChooseOptions['mappedFor']> }): Promise<Questionnaire> {
    if (this.given) return this.given;
    if (map?.questionnaireId !== undefined) return await this.known(await this.load(map.questionnaireId));
    this.available ??= await this.candidates();
    // Imported here: the header reader behind it is no part of reading an answer file (score, history).
    const { chooseQuestionnaire } = await import('../core/csv/choose-questionnaire.js');
    const choose = (candidates: readonly Questionnaire[]) => chooseQuestionnaire(header, candidates, DEFAULT_QUESTIONNAIRE, { aliases: options.aliases, mappedFor: map?.columnsFor });
    // Translations only for a header no questionnaire as written matches: applying one checks it
    // against its source's rules (zod), which an English export should not wait for.
    let chosen = choose(this.available);
    if (!chosen) {
      this.translations ??= await this.translationCandidates();
      chosen = choose(this.translations);
    }
    const readWith = await this.load(chosen ? this.loadIds.get(chosen)! : DEFAULT_QUESTIONNAIRE);
    if (chosen?.sourceLanguage !== undefined) {
      this.sourceOf.set(readWith, await this.load(chosen.id));
      this.pending.push(...(this.unsaid.get(chosen) ?? []));
      this.unsaid.delete(chosen);
    }
    return await this.known(readWith);
  }

  /**
   * The questionnaire a table's respondents are gathered with: for an export a header showed to be
   * of a translation (its statements in Welsh), the source, as for an answer file given in a
   * translation, so that a cohort that answered in two languages is one cohort.
   */
  gatheredAs(readWith: Questionnaire): Questionnaire {
    return this.sourceOf.get(readWith) ?? readWith;
  }

  /**
   * The questionnaire an answer file names, or, when none has that id, the problem at the line of
   * the file that names it. A questionnaire file that is not valid, or an id two files of one folder
   * have, throws (as resolveQuestionnaire).
   */
  async named(id: string, file: string, at: { line: number; column: number }): Promise<{ questionnaire: Questionnaire } | { problem: Problem }> {
    try {
      return { questionnaire: await this.load(id) };
    } catch (error) {
      if (!(error instanceof UnknownQuestionnaire)) throw error;
      return { problem: { file, line: at.line, column: at.column, severity: 'error', message: error.reason } };
    }
  }

  /** An answer file's text checked against the questionnaire given, else the one the file names. */
  async checkAnswerFile(text: string, file: string): Promise<CheckedAnswerFile> {
    const parsed = await parseAnswerText(text, file);
    let questionnaire = this.given;
    let readWith = questionnaire;
    if (!questionnaire) {
      const { header, problems } = await headerOf(parsed);
      if (!header) return { problems, unknownQuestionnaire: false };
      const named = await this.named(header.questionnaire, file, header);
      if ('problem' in named) return { problems: [named.problem], unknownQuestionnaire: true };
      questionnaire = named.questionnaire;
      // Answers given in a translation may hold its labels: they are read against it, and gathered with the source's answers.
      readWith = (header.language !== undefined && (await this.translation(header.questionnaire, header.language))) || questionnaire;
      await this.known(readWith);
    }
    const { answers, problems } = await answersOf(parsed, file, readWith!);
    return answers ? { answers, questionnaire, problems } : { problems, unknownQuestionnaire: false };
  }

  /**
   * What each id names (as for an answer file), so that a header and an answer file naming one id
   * get one questionnaire. A file that cannot be read, under the id of a questionnaire in a later
   * folder (a broken copy of a built-in, say), hides the one the CSV may answer, and a guess among
   * the rest could read it against the wrong one: that stops the reading, with the file's
   * problems, unless --questionnaire names the CSV's; so does an id that two files of one folder
   * give. Other unreadable files are left out, as `list` leaves them.
   */
  private async candidates(): Promise<Questionnaire[]> {
    const entries = await catalogue(this.sources);
    const isUnusable = ({ files }: (typeof entries)[number]) => files.length > 1 || !files[0]!.questionnaire || hasErrors(files[0]!.problems);
    const unusable: typeof entries = [];
    for (const entry of entries.filter(isUnusable)) {
      const later = this.sources.slice(this.sources.indexOf(entry.files[0]!.source) + 1);
      if (entry.files.length > 1 || (await catalogue(later)).some(({ id }) => id === entry.id)) unusable.push(entry);
    }
    if (unusable.length > 0) {
      const problems = unusable.flatMap(({ files }) => (files.length > 1 ? sameIdProblems(files) : errorsOf(files[0]!.problems)));
      const ids = unusable.map(({ id }) => `"${id}"`).join(', ');
      // not said: the place and the word error, kept in English for editors' problem matchers
      throw new ProblemError(firstProblems(problems), `syslead: error: ${say('authoring.lookup.cannotChoose', { ids })}`);
    }
    const usable = entries.filter((entry) => !isUnusable(entry));
    for (const entry of usable) this.loadIds.set(entry.files[0]!.questionnaire!, entry.id);
    return usable.map((entry) => entry.files[0]!.questionnaire!);
  }

  /** The translations of the candidates: an export of a form built in another language has its statements in that language. */
  private async translationCandidates(): Promise<Questionnaire[]> {
    const translations: Questionnaire[] = [];
    for (const id of await translationIds(this.sources, new Set(this.available!.map((q) => q.id)))) {
      let loaded: Awaited<ReturnType<typeof questionnaireWithId>>;
      try {
        loaded = await questionnaireWithId(id, this.sources);
      } catch (error) {
        // A translation that does not fit its source is left out, as `list` leaves out files it cannot
        // read; anything else is a bug, and is not hidden.
        if (isExpectedFailure(error)) continue;
        throw error;
      }
      this.byId.set(id, loaded.questionnaire);
      // Its warnings (a draft's) are said only if a header chooses it.
      this.unsaid.set(loaded.questionnaire, loaded.warnings);
      this.loadIds.set(loaded.questionnaire, id);
      translations.push(loaded.questionnaire);
    }
    return translations;
  }

  /** The translation ID.LANG, when a folder has it. */
  private async translation(id: string, language: string): Promise<Questionnaire | undefined> {
    try {
      return await this.load(`${id}.${language}`);
    } catch (error) {
      if (error instanceof UnknownQuestionnaire) return undefined;
      throw error;
    }
  }

  /** The form a file is read against, once the command has heard of it (onForm); then the warnings of those loaded so far. */
  private async known(questionnaire: Questionnaire): Promise<Questionnaire> {
    await this.onForm?.(questionnaire);
    const warnings = this.pending;
    this.pending = [];
    if (warnings.length > 0) this.onWarnings?.(warnings);
    return questionnaire;
  }

  private async load(id: string): Promise<Questionnaire> {
    let questionnaire = this.byId.get(id);
    if (!questionnaire) {
      const loaded = await questionnaireWithId(id, this.sources);
      questionnaire = loaded.questionnaire;
      this.byId.set(id, questionnaire);
      // Said once the form is known (known), in the language it chooses.
      for (const warning of loaded.warnings) this.pending.push(warning);
    }
    return questionnaire;
  }
}
