import type { UiLanguage } from '../core/i18n/messages.js';
import { loadLanguages, UI_LANGUAGES } from '../core/i18n/messages.js';
import { languagesFor, readLangOption, say, speakFor } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import type { CommandIO } from '../terminal/io.js';

/**
 * Chooses the languages a command speaks and writes in (--lang, else $SYSLEAD_LANG, the
 * questionnaire's language, the system's locale) and says them from now on; a language of --lang
 * syslead has no words for is noted once on stderr. Called again once the questionnaire is known.
 * Returns every language chosen: two make a report bilingual, the first first. Their catalogues
 * are loaded first (Welsh only when it is chosen), so that `say` and `sayIn` stay synchronous.
 */
export async function chooseLanguages(lang: string | undefined, io: Pick<CommandIO, 'env' | 'stderr'>, questionnaireLanguage?: string, { note = true } = {}): Promise<UiLanguage[]> {
  await loadLanguages(languagesFor(lang, io.env, questionnaireLanguage));
  const languages = speakFor(lang, io.env, questionnaireLanguage);
  if (note) {
    for (const unknown of readLangOption(lang).unknown) io.stderr.write(`${say('cli.lang.unknown', { lang: safeText(unknown), known: UI_LANGUAGES.join(', ') })}\n`);
  }
  return languages;
}
