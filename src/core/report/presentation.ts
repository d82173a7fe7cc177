import { spokenLanguage, type UiLanguage } from '../i18n/messages.js';
import { speakingNow } from '../i18n/voice.js';
import type { Band, Questionnaire } from '../questionnaire/model.js';

/**
 * What renderers need of a questionnaire besides a report's figures: the language its texts are in,
 * the languages syslead writes its own words in (headings, legends, notes), and its bands with their
 * labels and cut-offs (band names, chart zones and their legend). Every report model carries it, so
 * that no renderer needs the questionnaire.
 */
export interface Presentation {
  /** The questionnaire's language tag: the language of its texts (statements, titles, bands). */
  language: string;
  /** The languages of syslead's own words, the first first: two for a bilingual report (--lang cy,en). */
  languages: readonly UiLanguage[];
  bands: readonly Band[];
}

/** A questionnaire's presentation, in the languages given: by default the one syslead speaks now. */
export function presentationOf(questionnaire: Pick<Questionnaire, 'language' | 'bands'>, languages: readonly UiLanguage[] = [speakingNow()]): Presentation {
  return { language: questionnaire.language, languages, bands: questionnaire.bands };
}

/**
 * The language tag of syslead's own words in `language`, for an HTML lang="": the questionnaire's
 * own tag when it is in that language (cy-GB for a cy-GB questionnaire, so one page says one tag),
 * else the language's subtag (cy, en).
 */
export function wordsTag(presentation: Pick<Presentation, 'language'>, language: UiLanguage): string {
  return spokenLanguage(presentation.language) === language ? presentation.language : language;
}

/** A band id as its label; the id itself for a band the questionnaire does not have (a result of another version). */
export function bandLabel(bands: readonly Pick<Band, 'id' | 'label'>[], id: string): string {
  return bands.find((b) => b.id === id)?.label ?? id;
}
