import type { UiLanguage } from '../core/i18n/messages.js';
import { loadLanguages, UI_LANGUAGES } from '../core/i18n/messages.js';
import { languagesFor, readLangOption, say, speakFor } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import type { CommandIO } from '../terminal/io.js';

/**
 * Chooses the languages a command speaks and writes in (--lang, else $SYSLEAD_LANG, the languages
 * a saved result records, the questionnaire's language, the system's locale: `languagesFor` decides)
 * and says them from now on; a language of --lang syslead has no words for is noted once on stderr.
 * Called again once the questionnaire (and a result) is known. Returns every language chosen: two
 * make a report bilingual, the first first. Their catalogues are loaded first (Welsh only when it
 * is chosen), so that `say` and `sayIn` stay synchronous.
 */
export async function chooseLanguages(
  lang: string | undefined,
  io: Pick<CommandIO, 'env' | 'stderr'>,
  questionnaireLanguage?: string,
  { note = true, recorded }: { note?: boolean; recorded?: readonly string[] | undefined } = {},
): Promise<UiLanguage[]> {
  await loadLanguages(languagesFor(lang, io.env, questionnaireLanguage, recorded));
  const languages = speakFor(lang, io.env, questionnaireLanguage, recorded);
  if (note) {
    for (const unknown of readLangOption(lang).unknown) io.stderr.write(`${say('cli.lang.unknown', { lang: safeText(unknown), known: UI_LANGUAGES.join(', ') })}\n`);
  }
  return languages;
}

/**
 * For reading inputs (InputOptions.onQuestionnaire): chooses the languages again by the first
 * questionnaire read (after --lang and $SYSLEAD_LANG), so that what reading finds in the files is
 * said in the language of the report, as a questionnaire given by --questionnaire would choose it.
 */
export function chooseByFirstQuestionnaire(
  lang: string | undefined,
  io: Pick<CommandIO, 'env' | 'stderr'>,
): ((questionnaire: { language: string }) => Promise<void>) & { readonly firstLanguage: () => string | undefined } {
  let first: string | undefined;
  const choose = async (questionnaire: { language: string }) => {
    if (first !== undefined) return;
    first = questionnaire.language;
    await chooseLanguages(lang, io, first, { note: false });
  };
  return Object.assign(choose, { firstLanguage: () => first });
}

/** What a person's report is chosen by: the questionnaire scored, and the answers (with the languages they record). */
export interface ReportRespondent {
  questionnaire: { language: string };
  answers: { questionnaire: { language?: string }; reportLanguages?: readonly string[] };
}

/**
 * The languages of one person's report, chosen as chooseLanguages chooses: after --lang and
 * $SYSLEAD_LANG, the languages its result records, then the questionnaire's language (that of the
 * translation the answers were given in, when they say), then the locale. Without changing the
 * language syslead speaks: a batch's reports may each have their own.
 */
export function reportLanguagesOf(lang: string | undefined, io: Pick<CommandIO, 'env'>, respondent: ReportRespondent): UiLanguage[] {
  return languagesFor(lang, io.env, answeredIn(respondent), respondent.answers.reportLanguages);
}

/** Says from now on the languages of a person's report (see reportLanguagesOf), and returns them. */
export function chooseReportLanguages(lang: string | undefined, io: Pick<CommandIO, 'env' | 'stderr'>, respondent: ReportRespondent): Promise<UiLanguage[]> {
  return chooseLanguages(lang, io, answeredIn(respondent), { note: false, recorded: respondent.answers.reportLanguages });
}

/** The language of the questionnaire the answers were given in: a translation's, else the questionnaire's. */
const answeredIn = ({ questionnaire, answers }: ReportRespondent) => answers.questionnaire.language ?? questionnaire.language;
