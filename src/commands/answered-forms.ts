import type { Questionnaire } from '../core/questionnaire/model.js';
import { questionnaireWithId, UnknownQuestionnaire, type Source } from '../io/questionnaires.js';

/**
 * The form answers were given in: the translation their file names (`questionnaire: {language:
 * cy-GB}`), found as `syslead run ID.LANG` finds it and of the questionnaire's shape, else the
 * questionnaire itself. Each looked up once.
 */
export class AnsweredForms {
  private readonly found = new Map<Questionnaire, Map<string, Promise<Questionnaire>>>();

  constructor(private readonly sources: readonly Source[]) {}

  form(questionnaire: Questionnaire, language: string | undefined): Promise<Questionnaire> {
    if (language === undefined || language.toLowerCase() === questionnaire.language.toLowerCase()) return Promise.resolve(questionnaire);
    let byLanguage = this.found.get(questionnaire);
    if (byLanguage === undefined) {
      byLanguage = new Map();
      this.found.set(questionnaire, byLanguage);
    }
    let form = byLanguage.get(language);
    if (form === undefined) {
      form = translationOf(questionnaire, language, this.sources).then((translation) => translation ?? questionnaire);
      byLanguage.set(language, form);
    }
    return form;
  }
}

/** The translation ID.LANG of a questionnaire (LANG as its answers record it: cy-GB), when one is found with its shape. */
async function translationOf(questionnaire: Questionnaire, language: string, sources: readonly Source[]): Promise<Questionnaire | undefined> {
  try {
    const found = (await questionnaireWithId(`${questionnaire.id}.${language}`, sources)).questionnaire;
    return sameShape(found, questionnaire) ? found : undefined;
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
