import { EXIT, ExitError } from '../errors.js';
import { failureLines, isExpectedFailure } from '../core/failure.js';
import { outputTarget } from '../terminal/output-target.js';
import type { GlobalOptions } from '../cli/options.js';
import type { compareCommand } from '../cli/commands/compare.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, sysleadCommand, type CommandIO } from '../terminal/io.js';
import { compareResults, comparisonReport, inTimeOrder, type LabelledResult, type TimeOrder } from '../core/compare.js';
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

/** As `syslead compare` declares them (cli/commands/compare.ts), with its files: none, or two results in either order. */
export type CompareOptions = GlobalOptions & OptionsOf<typeof compareCommand> & { files: string[] };

/**
 * `syslead compare [A B]`: the change from result A to result B per theme and facet. Without files,
 * the two most recent saved results of the questionnaire (default: the built-in one).
 */
export async function run(opts: CompareOptions, io: CommandIO): Promise<void> {
  const { files } = opts;
  if (files.length !== 0 && files.length !== 2) {
    throw new ExitError(`compare takes two result files (in either order) or none, got ${files.length}`, { exitCode: EXIT.usage });
  }
  const browser = pdfBrowser(opts.format, opts.out, io);
  await refuseToReplace(opts.out, opts.force);
  const sources = questionnaireSources(opts.questionnaires, io.env, lineWriter(io.stderr));
  const given = opts.questionnaire ? (await resolveQuestionnaire(opts.questionnaire, sources, io.stdin)).questionnaire : undefined;
  let firstFile: string;
  let secondFile: string;
  let first: LoadedResult;
  let second: LoadedResult;
  if (files.length === 2) {
    [firstFile, secondFile] = files as [string, string];
    first = await loadResult(firstFile, sources, io.stdin, given);
    second = await loadResult(secondFile, sources, io.stdin, given ?? first.questionnaire);
  } else {
    [[firstFile, first], [secondFile, second]] = await twoLatest(given?.id ?? DEFAULT_QUESTIONNAIRE, sources, given, io);
  }
  if (first.questionnaire.id !== second.questionnaire.id) {
    throw new ExitError(
      `${safeText(firstFile!)} and ${safeText(secondFile!)} answer different questionnaires ("${safeText(first.questionnaire.id)}" and "${safeText(second.questionnaire.id)}"): compare results of one questionnaire`,
    );
  }
  const reliability = opts.reliability === undefined ? undefined : await loadReliability(opts.reliability, first.questionnaire.id);
  const { before, after, order } = inTimeOrder({ source: firstFile!, result: first.result }, { source: secondFile!, result: second.result });
  const note = timeOrderNote(before, after, order);
  if (note) io.stderr.write(`${note}\n`);
  // Both answer one questionnaire; the later result's copy of it gives the bands and the language.
  const report = comparisonReport(compareResults(before, after, reliability), (order === 'swapped' ? first : second).questionnaire);
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('comparison', report, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
}

/** Says on stderr when the files were put in time order, or when their order could not be checked. */
function timeOrderNote(before: LabelledResult, after: LabelledResult, order: TimeOrder): string | undefined {
  const name = (r: LabelledResult) => safeText(r.source);
  const shown = `showing the change from ${name(before)} to ${name(after)}`;
  switch (order) {
    case 'as-given':
      return undefined;
    case 'swapped':
      return `syslead: note: ${name(after)} (completed ${safeText(after.result.completed!)}) is later than ${name(before)} (${safeText(before.result.completed!)}): ${shown}`;
    case 'same-time':
      return `syslead: warning: ${name(before)} and ${name(after)} were completed at the same time (${safeText(before.result.completed!)}): ${shown}, in the order given`;
    case 'undated': {
      const undated = [before, after].filter((r) => r.result.completed === null).map(name);
      return `syslead: warning: ${undated.join(' and ')} ${undated.length === 1 ? 'has' : 'have'} no completion date, so which is earlier is not known: ${shown}, in the order given`;
    }
  }
}

/**
 * The two most recent saved results of a questionnaire that can be read, earlier first. One that
 * cannot (an empty file left by an older syslead whose save failed) is named and left out, rather
 * than stopping the comparison of those that can.
 */
async function twoLatest(questionnaireId: string, sources: readonly Source[], given: Questionnaire | undefined, io: CommandIO): Promise<[[string, LoadedResult], [string, LoadedResult]]> {
  const home = dataDir(io.env);
  const readable: [string, LoadedResult][] = [];
  let leftOut = 0;
  for (const file of await resultFiles(home, questionnaireId)) {
    if (readable.length === 2) break;
    try {
      readable.push([file, await loadResult(file, sources, io.stdin, given)]);
    } catch (error) {
      if (!isExpectedFailure(error)) throw error;
      leftOut++;
      io.stderr.write(`syslead: note: leaving out a saved result that cannot be read: ${safeText(failureLines(error, file)[0]!)}\n`);
    }
  }
  const [newest, previous] = readable;
  if (!newest || !previous) {
    const count = `${newest ? 'only one' : 'none'}${leftOut > 0 ? ' that can be read' : ''}`;
    throw new ExitError(
      `compare needs two saved results of "${safeText(questionnaireId)}" and there is ${count} in ${safeText(home)}: take it again with "${safeText(sysleadCommand(io, 'run', questionnaireId))}", or give two result files`,
    );
  }
  return [previous, newest];
}

/** The cohort figures of --reliability: a report's JSON of the same questionnaire. */
async function loadReliability(file: string, questionnaireId: string): Promise<Reliability> {
  const text = await readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Failure(`not JSON (${(error as Error).message}): give a report's --format json`, file);
  }
  const reliability = parseReliability(json, file);
  if (reliability.questionnaireId !== questionnaireId) {
    throw new ExitError(`${safeText(file)} reports on "${safeText(reliability.questionnaireId)}", the results answer "${safeText(questionnaireId)}": give a report of the same questionnaire`, { exitCode: EXIT.usage });
  }
  return reliability;
}
