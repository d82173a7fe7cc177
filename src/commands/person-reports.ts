import { loadLanguages, spokenLanguage, type UiLanguage } from '../core/i18n/messages.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { buildBilingualPersonReport, buildPersonReport, type PersonReport } from '../core/report/person.js';
import type { PersonResult } from '../core/score/result.js';
import { questionnaireWithId, UnknownQuestionnaire, type Source } from '../io/questionnaires.js';
import { AnsweredForms, sameShape } from './answered-forms.js';
import type { SayWarnings } from './questionnaire-warnings.js';

/**
 * Builds person reports in the languages a command chose (chooseLanguages): in one, as
 * buildPersonReport does (the questionnaire's texts as written); in two (--lang cy,en), bilingual,
 * the questionnaire's texts in each language from the questionnaire in that language when there is
 * one: the form answered, the source of a translation (systems-leadership-quick for a .cy form),
 * or the translation into it (ID.cy for an English form). A language with none shows the texts of
 * the form answered; when both do, the texts are shown once and only syslead's words are doubled.
 * The scores are the form answered's (a translation has its source's items). Each questionnaire's
 * counterparts are looked up once, and the warnings of each one used are said (`sayWarnings`).
 */
export class PersonReports {
  private readonly counterparts = new Map<Questionnaire, Map<UiLanguage, Promise<Questionnaire>>>();
  private readonly answered: AnsweredForms;

  constructor(
    private readonly languages: readonly UiLanguage[],
    private readonly sources: readonly Source[],
    private readonly sayWarnings: SayWarnings,
  ) {
    this.answered = new AnsweredForms(sources, sayWarnings);
  }

  /** Whether reports are written in two languages. */
  get bilingual(): boolean {
    return this.languages.length > 1;
  }

  /**
   * A person's report, in the command's languages or in `languages` (a saved result's own). With
   * `answeredIn`, the language of the translation the answers were given in (an answer file's
   * `questionnaire: {language: cy-GB}`), the questionnaire's texts are that translation's, as the
   * person read them, when one is found.
   */
  async build(questionnaire: Questionnaire, result: PersonResult, languages: readonly UiLanguage[] = this.languages, answeredIn?: string): Promise<PersonReport> {
    // A saved result's languages may not be the command's: their catalogues are loaded before they are said.
    await loadLanguages(languages);
    if (answeredIn !== undefined) questionnaire = await this.answered.form(questionnaire, answeredIn);
    const [first, second] = languages;
    if (first === undefined || second === undefined) return buildPersonReport(questionnaire, result, languages.length > 0 ? languages : undefined);
    const [inFirst, inSecond] = await Promise.all([this.counterpart(questionnaire, first), this.counterpart(questionnaire, second)]);
    return buildBilingualPersonReport(inFirst, inSecond, result, [first, second]);
  }

  private counterpart(questionnaire: Questionnaire, language: UiLanguage): Promise<Questionnaire> {
    let byLanguage = this.counterparts.get(questionnaire);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      this.counterparts.set(questionnaire, byLanguage);
    }
    let found = byLanguage.get(language);
    if (found === undefined) {
      found = formInLanguage(questionnaire, language, this.sources, this.sayWarnings);
      byLanguage.set(language, found);
    }
    return found;
  }
}

/** The questionnaire in each of a bilingual report's two languages (see formInLanguage). */
export function formsInEach(questionnaire: Questionnaire, [first, second]: readonly [UiLanguage, UiLanguage], sources: readonly Source[], sayWarnings: SayWarnings): Promise<[Questionnaire, Questionnaire]> {
  return Promise.all([formInLanguage(questionnaire, first, sources, sayWarnings), formInLanguage(questionnaire, second, sources, sayWarnings)]);
}

/**
 * The questionnaire in `language`: itself when it is in it, its source or its translation into it
 * when found, else itself. The warnings of one found and used (a draft translation's) are said, as
 * those of the questionnaires read: loaded only for its texts, it is still what the report shows.
 */
export async function formInLanguage(questionnaire: Questionnaire, language: UiLanguage, sources: readonly Source[], sayWarnings: SayWarnings): Promise<Questionnaire> {
  if (spokenLanguage(questionnaire.language) === language) return questionnaire;
  const id = questionnaire.sourceLanguage !== undefined && spokenLanguage(questionnaire.sourceLanguage) === language ? questionnaire.id : `${questionnaire.id}.${language}`;
  try {
    const { questionnaire: found, warnings } = await questionnaireWithId(id, sources);
    if (spokenLanguage(found.language) !== language || !sameShape(found, questionnaire)) return questionnaire;
    sayWarnings(warnings);
    return found;
  } catch (error) {
    // No questionnaire in that language: its texts are shown once.
    if (error instanceof UnknownQuestionnaire) return questionnaire;
    throw error;
  }
}
