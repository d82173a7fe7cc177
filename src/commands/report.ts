import { EXIT, ExitError } from '../errors.js';
import { figureWarnings } from '../core/report/cohort-warnings.js';
import { buildCohortReport } from '../core/report/cohort-build.js';
import { cohortView, formTexts, reportIn, type CohortView } from '../core/report/cohort-view.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { spokenLanguage, type UiLanguage } from '../core/i18n/messages.js';
import type { Source } from '../io/questionnaires.js';
import { formInLanguage, formsInEach } from './person-reports.js';
import type { SayWarnings } from './questionnaire-warnings.js';
import { safeText } from '../core/safe-text.js';
import { identifiesPeople } from '../core/csv/columns.js';
import { readCohortInputs, type CohortInputs } from '../io/cohort-inputs.js';
import { loadAboutFile } from '../io/about-file.js';
import { deliver, refuseToReplace } from '../io/output.js';
import { outputTarget } from '../terminal/output-target.js';
import { renderOutput, pdfBrowser } from './pdf-output.js';
import type { GlobalOptions } from '../cli/options.js';
import type { reportCommand } from '../cli/commands/report.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import type { CommandIO } from '../terminal/io.js';
import { readingReporter, totalLine } from './accounting.js';
import { cohortSetup } from './cohort-setup.js';
import { say } from '../core/i18n/voice.js';
import { chooseLanguages } from './language.js';

/** As `syslead report` declares them (cli/commands/report.ts), with its inputs: answer files, CSV files, folders; "-" is stdin. */
export type ReportOptions = GlobalOptions & OptionsOf<typeof reportCommand> & { inputs: string[] };

/**
 * A bilingual report's questionnaire texts, per form: in each of its two languages from the form in
 * that language (its source or its translation) when one is found, as person reports find theirs.
 */
export async function bilingualTexts(questionnaires: readonly Questionnaire[], languages: readonly UiLanguage[], sources: readonly Source[], sayWarnings: SayWarnings): Promise<CohortView['texts']> {
  const [first, second] = languages;
  if (first === undefined || second === undefined) return undefined;
  return Promise.all(
    questionnaires.map(async (q) => {
      const [inFirst, inSecond] = await formsInEach(q, [first, second], sources, sayWarnings);
      return { first: formTexts(inFirst), second: formTexts(inSecond) };
    }),
  );
}

/**
 * The forms a report in one language tells its texts from: when that language is the one the first
 * form read was in and not the forms' own (a Welsh export, whose respondents are gathered with the
 * English source's), each form in it, so that the report reads as the export was answered; else
 * the forms themselves (`--lang cy` over English answers keeps the statements they read).
 */
async function toldInFirstRead(forms: readonly Questionnaire[], languages: readonly UiLanguage[], firstRead: string | undefined, sources: readonly Source[], sayWarnings: SayWarnings): Promise<readonly Questionnaire[]> {
  const [only, ...more] = languages;
  if (only === undefined || more.length > 0 || firstRead === undefined || spokenLanguage(firstRead) !== only) return forms;
  if (forms.every((q) => spokenLanguage(q.language) === only)) return forms;
  return Promise.all(forms.map((q) => formInLanguage(q, only, sources, sayWarnings)));
}

/**
 * A cohort report from answer files, folders of them and survey exports: statistics per theme,
 * facet and item, groups, the 360 view, and per-respondent scores on request. Bad rows and files
 * are reported and skipped: the report is written and the exit code is 1, so that a script
 * notices (with --strict, no report is written). Unfinished responses left out are counted, with
 * a warning. What became of each CSV file's rows is said on stderr, and of all in the report.
 */
export async function run(opts: ReportOptions, io: CommandIO): Promise<void> {
  const { inputs, minGroup, margin } = opts;
  await chooseLanguages(opts.lang, io);
  if (inputs.filter((f) => f === '-').length > 1) throw new ExitError(say('cohort.command.stdinTwice'), { exitCode: EXIT.usage });
  if (opts.groupBy !== undefined && !opts.perRespondent && identifiesPeople(opts.groupBy, opts.subject)) {
    throw new ExitError(say('cohort.command.groupByNames', { column: safeText(opts.groupBy) }), {
      exitCode: EXIT.usage,
    });
  }
  // A page people read opens with the summary alone; data for programs is whole.
  const detail = opts.detail ?? (opts.format === 'json' || opts.format === 'csv' ? 'full' : 'summary');
  if (detail === 'summary' && opts.format === 'csv') {
    throw new ExitError(say('cohort.command.summaryNoCsv'), { exitCode: EXIT.usage });
  }
  const browser = pdfBrowser(opts.format, opts.out, io);
  await refuseToReplace(opts.out, opts.force);

  const { printProblem, endProblems, inputOptions, sources, sayWarnings, firstLanguage } = await cohortSetup(opts, io);
  // Read before the inputs, so that a mistake in it stops the command before a long read.
  const aboutFile = opts.about === undefined ? {} : await loadAboutFile(opts.about);
  const people = opts.perRespondent ? 'named' : opts.format === 'csv' ? 'anonymous' : 'none';
  const { progress, callbacks } = readingReporter(io, printProblem);
  let read: CohortInputs;
  try {
    read = await readCohortInputs(inputs, {
      ...inputOptions,
      collect: { ...(opts.groupBy !== undefined ? { groupBy: opts.groupBy } : {}), subjectColumn: opts.subject, keepNames: opts.perRespondent === true, keepRows: people !== 'none' },
      ...callbacks,
    });
  } finally {
    progress.done();
  }
  endProblems();
  const { tables } = read;
  if (tables.length > 1 || (tables.length === 1 && tables[0]!.read !== read.respondents.read)) io.stderr.write(totalLine(read.respondents));
  const { skipped } = read.respondents;
  if (opts.strict && (read.errors > 0 || skipped > 0)) {
    throw new ExitError(read.errors > 0 ? say('cohort.command.strictErrors', { count: read.errors }) : say('cohort.command.strictSkipped', { count: skipped }));
  }
  if (read.forms.length === 0) throw new ExitError(say('cohort.command.noRespondents'));
  if (opts.groupBy !== undefined && read.forms.every((f) => f.groups.names.length === 0)) {
    io.stderr.write(`${say('cohort.command.noGroupValue', { column: safeText(opts.groupBy) })}\n`);
  }

  // The main form: the one given, else the first self form read (a 360's observer form goes beside it).
  const forms = [...read.forms].sort((a, b) => Number(b.questionnaire.form === 'self') - Number(a.questionnaire.form === 'self'));
  // The questionnaire's language counts now it is known (after --lang and $SYSLEAD_LANG): that of the
  // first form read, as what reading found was said in it (a Welsh export's, gathered with its source's).
  const languages = await chooseLanguages(opts.lang, io, firstLanguage() ?? forms[0]!.questionnaire.language, { note: false });
  const report = buildCohortReport({
    forms,
    respondents: read.respondents,
    tables: read.tables,
    ...(opts.groupBy !== undefined ? { groupBy: opts.groupBy } : {}),
    minGroup,
    subjectColumn: opts.subject,
    margin,
    people,
    detail,
    // The command line overrides the file.
    about: { title: opts.title ?? aboutFile.title ?? null, programme: opts.programme ?? aboutFile.programme ?? null, date: opts.date ?? aboutFile.date ?? null },
  });
  for (const warning of figureWarnings(report)) io.stderr.write(`${say('cohort.command.warning', { warning: safeText(warning) })}\n`);
  const hidden = [report, ...report.otherForms].reduce((n, f) => n + f.hidden.respondents, 0);
  if (report.people && !opts.perRespondent && hidden > 0) io.stderr.write(`${say('cohort.command.hiddenNoRow', { count: hidden })}\n`);
  const reportForms = [report, ...report.otherForms].map((f) => forms.find((x) => x.questionnaire.id === f.questionnaire.id)!.questionnaire);
  const told = await toldInFirstRead(reportForms, languages, firstLanguage(), sources, sayWarnings);
  const view = cohortView(
    told === reportForms ? report : reportIn(report, told.map(formTexts)),
    [...told, ...forms.map((f) => f.questionnaire)],
    languages,
    await bilingualTexts(reportForms, languages, sources, sayWarnings),
  );
  const target = outputTarget(io, { toFile: Boolean(opts.out), color: opts.color });
  await deliver(await renderOutput('cohort', view, opts.format, target, { browser, paper: opts.paper }), opts.out, io);
  // Written, but not whole: a script must not take it for a clean run.
  if (read.errors > 0) {
    io.stderr.write(`${say('cohort.command.leavesOutErrors', { count: read.errors })}\n`);
    throw new ExitError('', { reported: true });
  }
  if (skipped > 0) {
    io.stderr.write(`${say('cohort.command.leavesOutSkipped', { count: skipped })}\n`);
    throw new ExitError('', { reported: true });
  }
}
