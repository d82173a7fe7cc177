import { EXIT, ExitError } from '../errors.js';
import { scoreAnswers } from '../core/score/score.js';
import { hasErrors } from '../core/problem.js';
import { renderOutput, pdfBrowser } from './pdf-output.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { readInputs, type InputEvent, type Respondent } from '../io/inputs.js';
import { outputTarget } from '../terminal/output-target.js';
import { inputOptions, problemPrinter, type ScoreOptions } from './score-options.js';
import { withDateOrder } from '../core/csv/dates.js';
import type { CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages, chooseReportLanguages, reportLanguagesOf } from './language.js';
import { PersonReports } from './person-reports.js';

/**
 * Scores answer files, folders of them and survey exports, and prints one report per respondent,
 * or with --out-dir writes one file each (see score-batch.ts). Every problem is reported; on
 * stdout, if any input has an error nothing is printed, so a batch never silently leaves a
 * person out.
 */
export async function run(opts: ScoreOptions, io: CommandIO): Promise<void> {
  const { inputs } = opts;
  const languages = await chooseLanguages(opts.lang, io);
  if (inputs.filter((f) => f === '-').length > 1) throw new ExitError(say('results.score.stdinOnce'), { exitCode: EXIT.usage });
  if (opts.out !== undefined && opts.outDir !== undefined) throw new ExitError(say('results.score.outOrOutDir'), { exitCode: EXIT.usage });
  if (opts.nameBy !== undefined && opts.outDir === undefined) throw new ExitError(say('results.score.nameByNeedsOutDir'), { exitCode: EXIT.usage });
  // Looked for before any input is read: a machine without a browser fails at once.
  const browser = pdfBrowser(opts.format, opts.out, io, opts.outDir !== undefined);
  if (opts.outDir !== undefined) {
    const { scoreBatch } = await import('./score-batch.js');
    return scoreBatch({ ...opts, outDir: opts.outDir }, io, browser, languages);
  }
  await refuseToReplace(opts.out, opts.force);
  const printer = problemPrinter(opts, io);
  const respondents: Respondent[] = [];
  let failed = false;
  let csvRows = 0;
  const options = await inputOptions(opts, io);
  const accounting = await readInputs(inputs, options, (event) => {
    failed = printer.print(event) || failed;
    // A file's dates that could be read either way round are settled by the order the whole file shows.
    if (event.kind === 'table') {
      for (const r of respondents) if (r.source.file === event.source.file && r.source.line !== undefined) r.answers = withDateOrder(r.answers, event.dateOrder);
    }
    // Only JSON keeps several people apart in one stream; for the others, a file each.
    if (isCsvRespondent(event) && ++csvRows > 1 && opts.format !== 'json') {
      throw new ExitError(say('results.score.csvNeedsOutDir'), { exitCode: EXIT.usage });
    }
    if (event.kind === 'respondent') respondents.push(event.respondent);
  });
  printer.total(accounting);
  if (failed) throw new ExitError('', { reported: true });
  if (respondents.length === 0) throw new ExitError(say('results.score.nothing'));

  // Each report in its own languages: a saved result's, else its questionnaire's (after --lang and $SYSLEAD_LANG); what follows is said in the first report's.
  await chooseReportLanguages(opts.lang, io, respondents[0]!);
  const builder = new PersonReports(languages, options.sources, options.onQuestionnaireWarnings);
  const reports = await Promise.all(
    respondents.map((respondent) =>
      builder.build(respondent.questionnaire, scoreAnswers(respondent.questionnaire, respondent.answers), reportLanguagesOf(opts.lang, io, respondent), respondent.answers.questionnaire.language),
    ),
  );
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('person', reports, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
  // Printed, but not everyone (unfinished responses left out): a script must not take it for a clean run.
  if (accounting.skipped > 0) {
    io.stderr.write(`syslead: ${say('results.score.leftOut', { count: accounting.skipped })}\n`);
    throw new ExitError('', { reported: true });
  }
}

/** A row of a CSV file: a respondent, or one that could not be read. */
function isCsvRespondent(event: InputEvent): boolean {
  if (event.kind === 'respondent') return event.respondent.source.line !== undefined;
  return event.kind === 'skipped' && event.source.line !== undefined && hasErrors(event.problems);
}
