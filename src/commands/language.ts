import type { UiLanguage } from '../core/i18n/messages.js';
import { UI_LANGUAGES } from '../core/i18n/messages.js';
import { languagesFor, readLangOption, say, speakFor } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import type { CommandIO } from '../terminal/io.js';

/**
 * Chooses the languages a command speaks and writes in (--lang, else $SYSLEAD_LANG, the languages
 * a saved result records, the questionnaire's language, the system's locale: `languagesFor` decides)
 * and says them from now on; a language of --lang syslead has no words for is noted once on stderr.
 * Called again once the questionnaire (and a result) is known. Returns every language chosen: two
 * make a report bilingual, the first first.
 */
export function chooseLanguages(
  lang: string | undefined,
  io: Pick<CommandIO, 'env' | 'stderr'>,
  questionnaireLanguage?: string,
  { note = true, recorded }: { note?: boolean; recorded?: readonly string[] | undefined } = {},
): UiLanguage[] {
  const languages = speakFor(lang, io.env, questionnaireLanguage, recorded);
  if (note) {
    for (const unknown of readLangOption(lang).unknown) io.stderr.write(`${say('cli.lang.unknown', { lang: safeText(unknown), known: UI_LANGUAGES.join(', ') })}\n`);
  }
  return languages;
}

/**
 * The languages of one person's report, chosen as chooseLanguages chooses (the languages its result
 * records and its questionnaire's count after --lang and $SYSLEAD_LANG), without changing the
 * language syslead speaks: a batch's reports may each have their own.
 */
export function reportLanguagesOf(lang: string | undefined, io: Pick<CommandIO, 'env'>, respondent: { questionnaire: { language: string }; answers: { reportLanguages?: readonly string[] } }): UiLanguage[] {
  return languagesFor(lang, io.env, respondent.questionnaire.language, respondent.answers.reportLanguages);
}
