import { EXIT, ExitError } from '../errors.js';
import { failureLines, isExpectedFailure } from '../core/failure.js';
import { outputTarget } from '../terminal/output-target.js';
import type { GlobalOptions } from '../cli/options.js';
import type { compareCommand } from '../cli/commands/compare.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, stdinWhenRead, sysleadCommand, type CommandIO } from '../terminal/io.js';
import { bilingualComparison, compareResults, comparisonReport, inTimeOrder, type LabelledResult, type TimeOrder } from '../core/compare.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { safeText } from '../core/safe-text.js';
import { dataDir } from '../io/data-dir.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { DEFAULT_QUESTIONNAIRE, questionnaireSources, resolveQuestionnaire, type Source } from '../io/questionnaires.js';
import { loadResult, type LoadedResult } from '../io/results.js';
import { resultFiles } from '../io/run-store.js';
import { renderOutput, pdfBrowser } from './pdf-output.js';
import { parseReliability, type Reliability } from '../core/evaluate/reliability.js';
import { Failure } from '../core/failure.js';
import { readText } from '../io/read.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { say } from '../core/i18n/voice.js';
import { formsInEach } from './person-reports.js';
import { questionnaireWarnings, type SayWarnings } from './questionnaire-warnings.js';
import { chooseByFirstQuestionnaire, chooseLanguages, chooseReportLanguages } from './language.js';

/** As `syslead compare` declares them (cli/commands/compare.ts), with its files: none, or two results in either order. */
export type CompareOptions = GlobalOptions & OptionsOf<typeof compareCommand> & { files: string[] };

/**
 * `syslead compare [A B]`: the change from result A to result B per theme and facet. Without files,
 * the two most recent saved results of the questionnaire (default: the built-in one).
 */
export async function run(opts: CompareOptions, io: CommandIO): Promise<void> {
  const { files } = opts;
  let languages = await chooseLanguages(opts.lang, io);
  if (files.length !== 0 && files.length !== 2) {
    throw new ExitError(say('evaluate.compare.files', { count: String(files.length) }), { exitCode: EXIT.usage });
  }
  const browser = pdfBrowser(opts.format, opts.out, io);
  await refuseToReplace(opts.out, opts.force);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const resolved = opts.questionnaire ? await resolveQuestionnaire(opts.questionnaire, sources, stdinWhenRead(io)) : undefined;
  const given = resolved?.questionnaire;
  if (given) languages = await chooseLanguages(opts.lang, io, given.language, { note: false });
  // Each questionnaire's warnings once, in the language chosen: --questionnaire's now, those of the forms the results name as each is read.
  const sayWarnings = questionnaireWarnings(io, opts.color);
  sayWarnings(resolved?.warnings ?? []);
  let firstFile: string;
  let secondFile: string;
  let first: LoadedResult;
  let second: LoadedResult;
  if (files.length === 2) {
    [firstFile, secondFile] = files as [string, string];
    // What reading the first result finds is said in the language of the form it names (after --lang and $SYSLEAD_LANG).
    first = await loadResult(firstFile, sources, stdinWhenRead(io), given, chooseByFirstQuestionnaire(opts.lang, io), sayWarnings);
    // Each result read against the form it names (a translation read in its own words), as the first was.
    second = await loadResult(secondFile, sources, stdinWhenRead(io), given, undefined, sayWarnings);
  } else {
    [[firstFile, first], [secondFile, second]] = await twoLatest(given?.id ?? DEFAULT_QUESTIONNAIRE, sources, given, io, sayWarnings);
  }
  // The languages the later result records count after --lang and $SYSLEAD_LANG, then the language it was answered in, as for score.
  const { order: timeOrder } = inTimeOrder({ source: firstFile!, result: first.result }, { source: secondFile!, result: second.result });
  languages = await chooseReportLanguages(opts.lang, io, timeOrder === 'swapped' ? first : second);
  if (first.questionnaire.id !== second.questionnaire.id) {
    throw new ExitError(
      say('evaluate.compare.differentQuestionnaires', {
        first: safeText(firstFile!),
        second: safeText(secondFile!),
        firstId: safeText(first.questionnaire.id),
        secondId: safeText(second.questionnaire.id),
      }),
    );
  }
  // JSON stays English, whatever the language: it is read by programs.
  const language: UiLanguage = opts.format === 'json' ? 'en' : languages[0]!;
  const reliability = opts.reliability === undefined ? undefined : await loadReliability(opts.reliability, first.questionnaire.id, language);
  const { before, after, order } = inTimeOrder({ source: firstFile!, result: first.result }, { source: secondFile!, result: second.result });
  const note = timeOrderNote(before, after, order);
  if (note) io.stderr.write(`${note}\n`);
  // Both answer one questionnaire; the later result's copy of it gives the bands and the language.
  const later = (order === 'swapped' ? first : second).questionnaire;
  // --lang cy,en: a comparison in both languages, the questionnaire's texts from its form in each; JSON stays in one.
  const [one, other] = languages;
  const report =
    one !== undefined && other !== undefined && opts.format !== 'json'
      ? bilingualComparison(before, after, reliability, later, await formsInEach(later, [one, other], sources, sayWarnings), [one, other])
      : comparisonReport(compareResults(before, after, reliability, language), later, languages);
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('comparison', report, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
}

/** Says on stderr when the files were put in time order, or when their order could not be checked. */
function timeOrderNote(before: LabelledResult, after: LabelledResult, order: TimeOrder): string | undefined {
  const name = (r: LabelledResult) => safeText(r.source);
  const shown = say('evaluate.compare.showing', { before: name(before), after: name(after) });
  switch (order) {
    case 'as-given':
      return undefined;
    case 'swapped':
      // not said: the problem format's own word, kept in English for editors' problem matchers
      return `syslead: note: ${say('evaluate.compare.swapped', { after: name(after), afterCompleted: safeText(after.result.completed!), before: name(before), beforeCompleted: safeText(before.result.completed!), shown })}`;
    case 'same-time':
      // not said: the problem format's own word, kept in English for editors' problem matchers
      return `syslead: warning: ${say('evaluate.compare.sameTime', { before: name(before), after: name(after), completed: safeText(before.result.completed!), shown })}`;
    case 'undated': {
      const undated = [before, after].filter((r) => r.result.completed === null).map(name);
      const files = undated.length === 1 ? undated[0]! : say('evaluate.compare.and', { first: undated[0]!, second: undated[1]! });
      // not said: the problem format's own word, kept in English for editors' problem matchers
      return `syslead: warning: ${say(undated.length === 1 ? 'evaluate.compare.undatedOne' : 'evaluate.compare.undatedBoth', { files, shown })}`;
    }
  }
}

/**
 * The two most recent saved results of a questionnaire that can be read, earlier first. One that
 * cannot (an empty file left by an older syslead whose save failed) is named and left out, rather
 * than stopping the comparison of those that can.
 */
async function twoLatest(questionnaireId: string, sources: readonly Source[], given: Questionnaire | undefined, io: CommandIO, sayWarnings: SayWarnings): Promise<[[string, LoadedResult], [string, LoadedResult]]> {
  const home = dataDir(io.env);
  const readable: [string, LoadedResult][] = [];
  let leftOut = 0;
  for (const file of await resultFiles(home, questionnaireId)) {
    if (readable.length === 2) break;
    try {
      readable.push([file, await loadResult(file, sources, stdinWhenRead(io), given, undefined, sayWarnings)]);
    } catch (error) {
      if (!isExpectedFailure(error)) throw error;
      leftOut++;
      // not said: the problem format's own word, kept in English for editors' problem matchers
      io.stderr.write(`syslead: note: ${say('evaluate.compare.unreadable', { problem: safeText(failureLines(error, file)[0]!) })}\n`);
    }
  }
  const [newest, previous] = readable;
  if (!newest || !previous) {
    const count = say(leftOut > 0 ? (newest ? 'evaluate.compare.onlyOneReadable' : 'evaluate.compare.noneReadable') : newest ? 'evaluate.compare.onlyOne' : 'evaluate.compare.none');
    throw new ExitError(say('evaluate.compare.needsTwo', { id: safeText(questionnaireId), count, folder: safeText(home), command: safeText(sysleadCommand(io, 'run', questionnaireId)) }));
  }
  return [previous, newest];
}

/** The cohort figures of --reliability: a report's JSON of the same questionnaire. */
async function loadReliability(file: string, questionnaireId: string, language: UiLanguage): Promise<Reliability> {
  const text = await readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Failure(say('evaluate.compare.notJson', { why: (error as Error).message }), file);
  }
  const reliability = parseReliability(json, file, language);
  if (reliability.questionnaireId !== questionnaireId) {
    throw new ExitError(say('evaluate.compare.otherQuestionnaire', { file: safeText(file), reportId: safeText(reliability.questionnaireId), id: safeText(questionnaireId) }), { exitCode: EXIT.usage });
  }
  return reliability;
}
