import { join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import { readingReporter } from './accounting.js';
import { buildFeedback } from '../core/feedback/build.js';
import { feedbackIndex } from '../core/feedback/feedback-index.js';
import { collectSubjects } from '../core/feedback/subjects.js';
import { uniqueFileNames } from '../core/file-names.js';
import { formatProblem, type Problem } from '../core/problem.js';
import { say } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import { chooseLanguages } from './language.js';
import { textKey } from '../core/text-key.js';
import { readFeedbackInputs, type FeedbackInputs } from '../io/feedback-inputs.js';
import { fsReason } from '../io/fs-reason.js';
import { makeFolder } from '../io/make-folder.js';
import { removeLeftovers } from '../io/output.js';
import { refuseExisting, write } from './out-dir-files.js';
import type { Source } from '../io/questionnaires.js';
import { AnsweredForms } from './answered-forms.js';
import type { SayWarnings } from './questionnaire-warnings.js';
import { cohortSetup } from './cohort-setup.js';
import { formInLanguage } from './person-reports.js';
import type { Rating, SubjectRatings } from '../core/feedback/subjects.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { FeedbackReport } from '../core/feedback/schema.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { renderReport } from '../render/registry.js';
import { outputRenderer, renderOutput, startPrinter, pdfBrowser } from './pdf-output.js';
import { outputTarget } from '../terminal/output-target.js';
import type { CommandIO } from '../terminal/io.js';
import type { GlobalOptions } from '../cli/options.js';
import type { feedbackCommand } from '../cli/commands/feedback.js';
import type { OptionsOf } from '../cli/commands/shared.js';

/** As `syslead feedback` declares them (cli/commands/feedback.ts), with its inputs. */
export type FeedbackOptions = GlobalOptions & OptionsOf<typeof feedbackCommand> & { inputs: string[] };
type FeedbackFormat = FeedbackOptions['format'];

const EXTENSION: Record<FeedbackFormat, string> = { text: '.txt', md: '.md', json: '.json', html: '.html', pdf: '.pdf' };
const INDEX_STEM = 'index';
/** The index in the reports' own format where there is one; Markdown beside text, as it reads as plain text too. */
const INDEX_FORMAT = { text: 'md', md: 'md', json: 'json', html: 'html', pdf: 'html' } as const satisfies Record<FeedbackFormat, string>;

/**
 * `syslead feedback`: a 360 feedback report per subject, from self and observer answers read as
 * `report` reads them. With --out-dir, a file per subject named as `score --out-dir` names files,
 * and an index; with --subject, that subject's report on stdout. A row or file with an error, or a
 * respondent naming no subject, is reported and left out, and the rest still written (exit 1).
 */
export async function run(opts: FeedbackOptions, io: CommandIO): Promise<void> {
  await chooseLanguages(opts.lang, io);
  if ((opts.outDir === undefined) === (opts.subject === undefined)) {
    throw new ExitError(say('feedback.cmd.outOrSubject'), { exitCode: EXIT.usage });
  }
  if (opts.inputs.filter((f) => f === '-').length > 1) throw new ExitError(say('feedback.cmd.stdinOnce'), { exitCode: EXIT.usage });
  const browser = pdfBrowser(opts.format, undefined, io, opts.outDir !== undefined);

  const read = await readInputs(opts, io);
  // Answers given in a translation are shown in its texts, as the person read them.
  const forms = new AnsweredForms(read.sources, read.sayWarnings);
  read.ratings = await Promise.all(read.ratings.map(async (r) => ({ ...r, questionnaire: await forms.form(r.questionnaire, r.answers.questionnaire.language) })));
  // The questionnaire's language counts once it is known (after --lang and $SYSLEAD_LANG); JSON stays English.
  const languages = await chooseLanguages(opts.lang, io, read.questionnaireLanguage ?? read.ratings[0]?.questionnaire.language, { note: false });
  const reportLanguages = opts.format === 'json' ? (['en'] as const) : languages;
  const errors: string[] = read.problems.filter((p) => p.severity === 'error').map(formatProblem);
  const { subjects, unattributed } = collectSubjects(read.ratings, opts.subjectColumn);
  if (unattributed > 0) {
    const line = say('feedback.cmd.unattributed', { count: unattributed, column: opts.subjectColumn });
    io.stderr.write(`syslead: ${safeText(line)}\n`);
    // The index lists it with the errors, as the folder is what the coach hands on.
    errors.push(line);
  }
  if (subjects.length === 0) throw new ExitError(say('feedback.cmd.noSubjects'));
  const settings = { minGroup: opts.minGroup, margin: opts.margin };
  // Unfinished responses left out make a run partial too: a script must not take it for a clean one.
  const partial = read.errors > 0 || unattributed > 0 || read.respondents.skipped > 0;

  if (opts.subject !== undefined) {
    const wanted = textKey(opts.subject);
    const subject = subjects.find((s) => textKey(s.name) === wanted);
    if (!subject) throw new ExitError(say('feedback.cmd.noSuchSubject', { subject: safeText(opts.subject), count: subjects.length }));
    const report = await feedbackIn(subject, settings, reportLanguages, read.sources, read.sayWarnings);
    sayLeftOut(io, report.raters.leftOut, 1);
    io.stdout.write(await renderOutput('feedback', report, opts.format, outputTarget(io, { toFile: false, color: opts.color }), { browser, paper: opts.paper }));
    if (partial) throw new ExitError('', { reported: true });
    return;
  }

  const outDir = opts.outDir!;
  const reports = await Promise.all(subjects.map((subject) => feedbackIn(subject, settings, reportLanguages, read.sources, read.sayWarnings)));
  const names = uniqueFileNames(
    reports.map((r) => ({ name: r.subject, fallback: 'subject' })),
    EXTENSION[opts.format],
    [INDEX_STEM],
  );
  const indexFile = `${INDEX_STEM}.${INDEX_FORMAT[opts.format]}`;
  if (!opts.force) await refuseExisting([...names, indexFile].map((name) => join(outDir, name)));
  try {
    await makeFolder(outDir);
  } catch (error) {
    throw new ExitError(say('feedback.cmd.cannotCreate', { folder: safeText(outDir), reason: fsReason(error) }));
  }
  await removeLeftovers(outDir, io.stderr);
  // Files: plain text, whatever stdout is.
  const target = outputTarget(io, { toFile: true, color: opts.color });
  // PDFs: one browser prints every report.
  const printer = opts.format === 'pdf' ? await startPrinter(browser!, opts.paper) : undefined;
  try {
    const render = await outputRenderer('feedback', opts.format, target, printer);
    for (const [i, report] of reports.entries()) await write(join(outDir, names[i]!), await render(report), { flushFolder: false });
  } finally {
    await printer?.close();
  }
  // Written last, the index flushes the folder for every report's rename.
  await write(join(outDir, indexFile), await renderReport('feedbackIndex', feedbackIndex(reports, names, errors), INDEX_FORMAT[opts.format], target), { flushFolder: true });

  sayLeftOut(
    io,
    reports.reduce((n, r) => n + r.raters.leftOut, 0),
    reports.filter((r) => r.raters.leftOut > 0).length,
  );
  const written = say('feedback.index.reports', { count: reports.length });
  const errorCount = errors.length > 0 ? say('feedback.cmd.wroteErrors', { count: errors.length }) : '';
  io.stderr.write(`${say('feedback.cmd.wrote', { reports: written, index: indexFile, folder: safeText(outDir), errors: errorCount })}\n`);
  if (partial) throw new ExitError('', { reported: true });
}

/** Every input read through the pipeline `report` uses, set up as `report` sets it up; problems printed as found, the first MAX_PROBLEMS_SHOWN in full. */
async function readInputs(opts: FeedbackOptions, io: CommandIO): Promise<FeedbackInputs & { problems: Problem[]; questionnaireLanguage: string | undefined; sources: readonly Source[]; sayWarnings: SayWarnings }> {
  const { printProblem, endProblems, given, inputOptions, sources, sayWarnings } = await cohortSetup(opts, io);
  // Kept as well as printed: the index lists the errors beside the reports.
  const problems: Problem[] = [];
  const { progress, callbacks } = readingReporter(io, (p) => {
    problems.push(p);
    printProblem(p);
  });
  let read: FeedbackInputs;
  try {
    read = await readFeedbackInputs(opts.inputs, { ...inputOptions, ...callbacks });
  } finally {
    progress.done();
  }
  endProblems();
  return { ...read, problems, questionnaireLanguage: given?.questionnaire.language, sources, sayWarnings };
}

/**
 * A subject's report in the command's languages: in one, as buildFeedback makes it; in two (--lang
 * cy,en), the report made in each language (`inEach`, the first first), each from the questionnaires
 * in that language when found (as person reports find them: PersonReports), for renderers to write
 * every text of syslead's and of the questionnaire's in both.
 */
async function feedbackIn(subject: SubjectRatings, settings: { minGroup: number; margin: number }, languages: readonly UiLanguage[], sources: readonly Source[], sayWarnings: SayWarnings): Promise<FeedbackReport> {
  const [first, second] = languages;
  if (first === undefined || second === undefined) return buildFeedback(subject, settings, languages);
  const [inFirst, inSecond] = await Promise.all([subjectIn(subject, first, sources, sayWarnings), subjectIn(subject, second, sources, sayWarnings)]);
  const main = buildFeedback(inFirst, settings, languages);
  const other = buildFeedback(inSecond, settings, [second]);
  return { ...main, inEach: [main, other] };
}

/** A subject's ratings with each questionnaire in `language` when found (its items the same). */
async function subjectIn(subject: SubjectRatings, language: UiLanguage, sources: readonly Source[], sayWarnings: SayWarnings): Promise<SubjectRatings> {
  const found = new Map<Questionnaire, Promise<Questionnaire>>();
  const form = (q: Questionnaire) => {
    if (!found.has(q)) found.set(q, formInLanguage(q, language, sources, sayWarnings));
    return found.get(q)!;
  };
  const rated = (ratings: Rating[]) => Promise.all(ratings.map(async (r) => ({ ...r, questionnaire: await form(r.questionnaire) })));
  const byRole = new Map(await Promise.all([...subject.byRole].map(async ([role, ratings]) => [role, await rated(ratings)] as const)));
  return { name: subject.name, self: await rated(subject.self), byRole };
}

function sayLeftOut(io: CommandIO, raters: number, reports: number): void {
  if (raters === 0) return;
  const across = reports > 1 ? say('feedback.cmd.leftOutAcross', { count: String(reports) }) : '';
  io.stderr.write(`${say('feedback.cmd.leftOut', { count: raters, across })}\n`);
}
