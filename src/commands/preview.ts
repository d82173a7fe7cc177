import { dirname } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import type { GlobalOptions } from '../cli/options.js';
import type { previewCommand } from '../cli/commands/preview.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { buildBilingualPreview, buildPreview, type Forms } from '../core/preview/build.js';
import type { QuestionnairePreview } from '../core/preview/model.js';
import { spokenLanguage, type UiLanguage } from '../core/i18n/messages.js';
import { formInLanguage } from './person-reports.js';
import { questionnaireWarnings, type SayWarnings } from './questionnaire-warnings.js';
import { knownPair } from '../core/preview/pairs.js';
import { pairDifferences } from '../core/questionnaire/pair-rules.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { safeText } from '../core/safe-text.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { isQuestionnairePath, pairSources, questionnaireSources, questionnaireWithId, resolveQuestionnaire, translationWithId, type Source } from '../io/questionnaires.js';
import { lineWriter, stdinWhenRead, type CommandIO } from '../terminal/io.js';
import { outputTarget } from '../terminal/output-target.js';
import { pdfBrowser, renderOutput } from './pdf-output.js';
import type { Problem } from '../core/problem.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead preview` declares them (cli/commands/preview.ts), with the questionnaire (an id or a file). */
export type PreviewOptions = GlobalOptions & OptionsOf<typeof previewCommand> & { questionnaire: string };

/** `syslead preview Q`: the questionnaire whole, with its pair's observer wording beside it when there is one. */
export async function run(opts: PreviewOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(opts.lang, io);
  if (opts.questionnaire === '-' && opts.observer === '-') throw new ExitError(say('authoring.preview.stdinTwice'), { exitCode: EXIT.usage });
  const browser = pdfBrowser(opts.format, opts.out, io);
  await refuseToReplace(opts.out, opts.force);
  // Each questionnaire's warnings once, however many forms and languages load it.
  const sayWarnings = questionnaireWarnings(io, opts.color);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const resolve = async (name: string) => {
    const { questionnaire, warnings } = await resolveQuestionnaire(name, sources, stdinWhenRead(io));
    sayWarnings(warnings);
    return questionnaire;
  };

  const named = await resolveQuestionnaire(opts.questionnaire, sources, stdinWhenRead(io));
  const main = named.questionnaire;
  // The questionnaire's language counts after --lang and $SYSLEAD_LANG; the preview is written in the first chosen, and its warnings said in it.
  const languages = await chooseLanguages(opts.lang, io, main.language, { note: false });
  sayWarnings(named.warnings);
  const paired = opts.observer === undefined ? await pairOf(main, pairSources(formFolder(opts.questionnaire), opts.questionnaires, io.env, lineWriter(io.stderr))) : undefined;
  // The paired form's warnings are shown as the named form's are.
  sayWarnings(paired?.warnings ?? []);
  const other = opts.observer === undefined ? paired?.questionnaire : observerOf(main, await resolve(opts.observer));
  const forms = other === undefined ? ([main] as const) : main.form === 'self' ? ([main, other] as const) : ([other, main] as const);
  if (forms.length === 2) warnOfMismatch(forms[1], forms[0], io);
  const preview = await previewIn(forms, languages, sources, sayWarnings, io);
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('preview', preview, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
}

/**
 * The preview in the chosen languages: in two, each form in each language as the other reports find
 * it (formInLanguage); a form with none in a language is said, once, and its own texts shown.
 */
async function previewIn(forms: Forms, languages: readonly UiLanguage[], sources: readonly Source[], sayWarnings: SayWarnings, io: CommandIO): Promise<QuestionnairePreview> {
  const [first, second] = languages;
  if (first === undefined || second === undefined) return buildPreview(forms, languages);
  const inEach = await Promise.all(
    [first, second].map(async (language) => {
      const found = await Promise.all(forms.map((q) => formInLanguage(q, language, sources, sayWarnings)));
      for (const q of found) {
        // not said: the place and the word warning, kept in English for editors' problem matchers
        if (spokenLanguage(q.language) !== language) io.stderr.write(`syslead: warning: ${say('authoring.preview.noTranslation', { id: safeText(q.id), language })}\n`);
      }
      return found as unknown as Forms;
    }),
  );
  return buildBilingualPreview(inEach[0]!, inEach[1]!, [first, second]);
}

/** A pair shown side by side that validate would refuse: said, so that nobody signs off forms whose scores cannot be compared. */
function warnOfMismatch(observer: Questionnaire, self: Questionnaire, io: CommandIO): void {
  const differences = pairDifferences(observer, self);
  if (differences.length === 0) return;
  const more = differences.length > 1 ? say('authoring.preview.moreDifferences', { count: differences.length - 1 }) : '';
  // not said: the place and the word warning, kept in English for editors' problem matchers
  io.stderr.write(`syslead: warning: ${say('authoring.preview.mismatch', { observer: safeText(observer.id), self: safeText(self.id), difference: safeText(differences[0]!), more })}\n`);
}

/** The folder of QUESTIONNAIRE when it names a file (not an id, nor stdin). */
const formFolder = (name: string) => (name !== '-' && isQuestionnairePath(name) ? dirname(name) : undefined);

/**
 * The other form of a pair, found as any questionnaire is (so a folder of the user's may hold its
 * own): an observer form's `pairs_with`, else the built-in pair. For a translation (ID.LANG), the
 * other form's translation into the same language when there is one, else the other form itself.
 */
async function pairOf(main: Questionnaire, sources: readonly Source[]): Promise<{ questionnaire: Questionnaire; warnings: readonly Problem[] } | undefined> {
  const id = main.pairsWith ?? knownPair(main.id);
  if (id === undefined) return undefined;
  const translated = `${id}.${main.language}`;
  if (main.sourceLanguage !== undefined && (await translationWithId(translated, sources))) return await questionnaireWithId(translated, sources);
  return await questionnaireWithId(id, sources);
}

/** --observer: the observer form of the self form previewed, never two forms of one kind. */
function observerOf(main: Questionnaire, observer: Questionnaire): Questionnaire {
  if (main.form === 'observer') {
    throw new ExitError(say('authoring.preview.mainIsObserver', { id: safeText(main.id) }), { exitCode: EXIT.usage });
  }
  if (observer.form !== 'observer') {
    throw new ExitError(say('authoring.preview.observerIsSelf', { observer: safeText(observer.id), id: safeText(main.id) }), { exitCode: EXIT.usage });
  }
  return observer;
}
