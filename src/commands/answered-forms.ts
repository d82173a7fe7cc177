import type { Questionnaire } from '../core/questionnaire/model.js';
import { questionnaireWithId, UnknownQuestionnaire, type Source } from '../io/questionnaires.js';
import type { SayWarnings } from './questionnaire-warnings.js';

/**
 * The form answers were given in: the translation their file names (`questionnaire: {language:
 * cy-GB}`), found as `syslead run ID.LANG` finds it and of the questionnaire's shape, else the
 * questionnaire itself. Each looked up once; the warnings of a translation used (a draft's) are said
 * as the command says its questionnaires' (questionnaire-warnings.ts).
 */
export class AnsweredForms {
  private readonly found = new Map<Questionnaire, Map<string, Promise<Questionnaire>>>();

  constructor(
    private readonly sources: readonly Source[],
    private readonly sayWarnings: SayWarnings,
  ) {}

  form(questionnaire: Questionnaire, language: string | undefined): Promise<Questionnaire> {
    if (language === undefined || language.toLowerCase() === questionnaire.language.toLowerCase()) return Promise.resolve(questionnaire);
    let byLanguage = this.found.get(questionnaire);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      this.found.set(questionnaire, byLanguage);
    }
    let form = byLanguage.get(language);
    if (form === undefined) {
      form = translationOf(questionnaire, language, this.sources, this.sayWarnings).then((translation) => translation ?? questionnaire);
      byLanguage.set(language, form);
    }
    return form;
  }
}

/** The translation ID.LANG of a questionnaire (LANG as its answers record it: cy-GB), when one is found with its shape. */
async function translationOf(questionnaire: Questionnaire, language: string, sources: readonly Source[], sayWarnings: SayWarnings): Promise<Questionnaire | undefined> {
  try {
    const { questionnaire: found, warnings } = await questionnaireWithId(`${questionnaire.id}.${language}`, sources);
    if (!sameShape(found, questionnaire)) return undefined;
    sayWarnings(warnings);
    return found;
  } catch (error) {
    if (error instanceof UnknownQuestionnaire) return undefined;
    throw error;
  }
}

/** Whether two questionnaires have the same themes, facets and items in the same order, so that their reports walk in step. */
export function sameShape(a: Questionnaire, b: Questionnaire): boolean {
  const shape = (q: Questionnaire) => JSON.stringify(q.themes.map((t) => [t.id, t.facets.map((f) => f.id), t.items.map((i) => i.id)]));
  return shape(a) === shape(b);
}
