import type { GlobalOptions } from '../cli/options.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import type { translateExportCommand } from '../cli/commands/translate.js';
import { EXIT, ExitError } from '../errors.js';
import { safeText } from '../core/safe-text.js';
import { exportXliff } from '../core/translation/xliff-write.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { questionnaireSources } from '../io/questionnaires.js';
import { translationSource } from '../io/translation-sources.js';
import { styler } from '../terminal/colour.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import { renderProblem } from '../terminal/problems.js';
import { LANGUAGE_TAG } from '../core/language-tag.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead translate export` declares them (cli/commands/translate.ts), with the questionnaire (an id or a file). */
export type TranslateExportOptions = GlobalOptions & OptionsOf<typeof translateExportCommand> & { questionnaire: string };

/** `syslead translate export Q --lang LANG`: every text of Q as XLIFF 2.0, with the translation into LANG so far. */
export async function run(opts: TranslateExportOptions, io: CommandIO): Promise<void> {
  // --lang is the language translated into here, not syslead's: it speaks as $SYSLEAD_LANG or the locale says.
  await chooseLanguages(undefined, io);
  if (!LANGUAGE_TAG.test(opts.lang)) throw new ExitError(say('authoring.translate.badLang', { lang: safeText(opts.lang) }), { exitCode: EXIT.usage });
  await refuseToReplace(opts.out, opts.force);
  const style = styler(io.stderr, opts.color, io.env);
  const { doc, existing, warnings } = await translationSource(opts.questionnaire, opts.lang, questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr)));
  for (const warning of warnings) io.stderr.write(`${renderProblem(warning, style)}\n`);
  const trgLang = existing?.doc.language ?? withRegionOf(opts.lang, doc.language);
  await deliver(exportXliff(doc, trgLang, existing?.doc), opts.out, io);
  const given = existing ? say('authoring.translate.withTargets', { file: safeText(existing.file) }) : say('authoring.translate.noTargets');
  io.stderr.write(`${say('authoring.translate.exported', { id: doc.id, language: safeText(trgLang), given })}\n`);
}

/** A tag without a region takes the source's (cy from en-GB is cy-GB): the translation is for the same readers. */
function withRegionOf(language: string, sourceLanguage: string): string {
  const region = sourceLanguage.split('-').find((part, i) => i > 0 && /^[a-zA-Z]{2}$|^\d{3}$/.test(part));
  return language.includes('-') || !region ? language : `${language}-${region.toUpperCase()}`;
}
