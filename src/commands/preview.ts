import { dirname } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import type { GlobalOptions } from '../cli/options.js';
import type { previewCommand } from '../cli/commands/preview.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { buildPreview } from '../core/preview/build.js';
import { knownPair } from '../core/preview/pairs.js';
import { pairDifferences } from '../core/questionnaire/pair-rules.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { safeText } from '../core/safe-text.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { isQuestionnairePath, pairSources, questionnaireSources, questionnaireWithId, resolveQuestionnaire, type Source } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import { outputTarget } from '../terminal/output-target.js';
import { renderProblem } from '../terminal/problems.js';
import { pdfBrowser, renderOutput } from './pdf-output.js';
import type { Problem } from '../core/problem.js';

/** As `syslead preview` declares them (cli/commands/preview.ts), with the questionnaire (an id or a file). */
export type PreviewOptions = GlobalOptions & OptionsOf<typeof previewCommand> & { questionnaire: string };

/** `syslead preview Q`: the questionnaire whole, with its pair's observer wording beside it when there is one. */
export async function run(opts: PreviewOptions, io: CommandIO): Promise<void> {
  if (opts.questionnaire === '-' && opts.observer === '-') throw new ExitError('"-" (stdin) can be given only once', { exitCode: EXIT.usage });
  const browser = pdfBrowser(opts.format, opts.out, io);
  await refuseToReplace(opts.out, opts.force);
  const style = styler(io.stderr, opts.color, io.env);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const resolve = async (name: string) => {
    const { questionnaire, warnings } = await resolveQuestionnaire(name, sources, io.stdin);
    for (const warning of warnings) io.stderr.write(`${renderProblem(warning, style)}\n`);
    return questionnaire;
  };

  const main = await resolve(opts.questionnaire);
  const paired = opts.observer === undefined ? await pairOf(main, pairSources(formFolder(opts.questionnaire), opts.questionnaires, io.env, lineWriter(io.stderr))) : undefined;
  // The paired form's warnings are shown as the named form's are.
  for (const warning of paired?.warnings ?? []) io.stderr.write(`${renderProblem(warning, style)}\n`);
  const other = opts.observer === undefined ? paired?.questionnaire : observerOf(main, await resolve(opts.observer));
  const forms = other === undefined ? ([main] as const) : main.form === 'self' ? ([main, other] as const) : ([other, main] as const);
  if (forms.length === 2) warnOfMismatch(forms[1], forms[0], io);
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('preview', buildPreview(forms), opts.format, target, { browser, paper: opts.paper }), opts.out, io);
}

/** A pair shown side by side that validate would refuse: said, so that nobody signs off forms whose scores cannot be compared. */
function warnOfMismatch(observer: Questionnaire, self: Questionnaire, io: CommandIO): void {
  const differences = pairDifferences(observer, self);
  if (differences.length === 0) return;
  const more = differences.length > 1 ? ` (and ${differences.length - 1} more difference${differences.length === 2 ? '' : 's'})` : '';
  io.stderr.write(`syslead: warning: ${safeText(observer.id)} does not line up with ${safeText(self.id)}, so their scores cannot be compared: ${safeText(differences[0]!)}${more}; see syslead validate\n`);
}

/** The folder of QUESTIONNAIRE when it names a file (not an id, nor stdin). */
const formFolder = (name: string) => (name !== '-' && isQuestionnairePath(name) ? dirname(name) : undefined);

/**
 * The other form of a pair, found as any questionnaire is (so a folder of the user's may hold its
 * own): an observer form's `pairs_with`, else the built-in pair.
 */
async function pairOf(main: Questionnaire, sources: readonly Source[]): Promise<{ questionnaire: Questionnaire; warnings: readonly Problem[] } | undefined> {
  const id = main.pairsWith ?? knownPair(main.id);
  return id === undefined ? undefined : await questionnaireWithId(id, sources);
}

/** --observer: the observer form of the self form previewed, never two forms of one kind. */
function observerOf(main: Questionnaire, observer: Questionnaire): Questionnaire {
  if (main.form === 'observer') {
    throw new ExitError(`${safeText(main.id)} is an observer form: preview its self form with --observer ${safeText(main.id)}`, { exitCode: EXIT.usage });
  }
  if (observer.form !== 'observer') {
    throw new ExitError(`--observer ${safeText(observer.id)} is a self form: give the observer form that goes with ${safeText(main.id)}`, { exitCode: EXIT.usage });
  }
  return observer;
}
