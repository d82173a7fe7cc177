import { join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import { nameOf } from '../core/answers/name-by.js';
import { eachUniqueFileName, type NameRequest } from '../core/file-names.js';
import { TextColumn } from '../core/text-column.js';
import { formatProblem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { IndexEntry, ReportIndex } from '../core/report/report-index.js';
import { safeText } from '../core/safe-text.js';
import { scoreAnswers } from '../core/score/score.js';
import type { InputOptions, InputSource } from '../io/input-pipeline.js';
import { InputReplay } from '../io/input-replay.js';
import { readInputs } from '../io/inputs.js';
import { removeLeftovers } from '../io/output.js';
import { fsReason } from '../io/fs-reason.js';
import { makeFolder } from '../io/make-folder.js';
import { withHeapGrowthLimited } from '../io/heap-growth.js';
import { progressBar } from '../terminal/progress.js';
import { outputTarget } from '../terminal/output-target.js';
import { rendererFor } from '../render/registry.js';
import { outputRenderer, startPrinter } from './pdf-output.js';
import { BoundedJobs } from './bounded-jobs.js';
import { ReportFiles, refuseExisting, write } from './out-dir-files.js';
import { PlannedRespondents } from './planned-respondents.js';
import type { PersonFormat } from './person-format.js';
import { inputOptions, problemPrinter, type ScoreOptions } from './score-options.js';
import { withDateOrder, type DateOrder } from '../core/csv/dates.js';
import type { CommandIO } from '../terminal/io.js';
import { say, speakingNow } from '../core/i18n/voice.js';
import { joinLanguages } from '../render/bilingual.js';
import { indexTitles } from '../render/index-markdown.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { chooseReportLanguages, reportLanguagesOf, type ReportRespondent } from './language.js';
import { PersonReports } from './person-reports.js';

const EXTENSION: Record<PersonFormat, string> = { text: '.txt', md: '.md', json: '.json', html: '.html', pdf: '.pdf' };
const INDEX_STEM = 'index';
/** The index is Markdown unless the reports are HTML or PDF (whose index is a page of links): it reads as plain text too. */
const indexFormat = (format: PersonFormat) => (format === 'html' || format === 'pdf' ? 'html' : 'md');
const indexFile = (format: PersonFormat) => `${INDEX_STEM}.${indexFormat(format)}`;
/**
 * Reports built and rendered at once: their files are written by ReportFiles (a thread of its
 * own, one flush per batch), so a few keep it busy while the next are rendered.
 */
const WRITES_IN_FLIGHT = 8;

/** What the first reading found: who, in input order, with the errors of those left out. */
interface Plan {
  respondents: PlannedRespondents;
  errors: string[];
  /** Respondents left out, for an error or as unfinished: any makes the run partial. */
  skipped: number;
  titles: Set<string>;
  language: Questionnaire['language'];
  /** Per CSV file, the order of day and month its dates showed. */
  dateOrders: Map<string, DateOrder>;
  /** The first respondent read: the index and what follows are said in the languages of their report. */
  first: ReportRespondent | undefined;
}
/**
 * `syslead score --out-dir DIR`: one report file per respondent, named after them, and an index
 * linking them all. A row or file that cannot be scored is reported and left out; the others are
 * still written (exit 1 then). Nothing is written if any file to be written exists already,
 * unless --force.
 *
 * File names depend on every respondent's name (a repeated name is numbered), so the inputs are
 * read twice: first for the names alone, then to score and write each report as its row is read,
 * a few writes at a time, so that memory does not grow with respondents. Stdin and pipes are
 * replayed from the bytes the first reading kept (InputReplay). A respondent found in the second
 * reading who is not the one found there in the first (a file changed in between) stops the
 * writing: no report is ever written under someone else's name.
 */
export async function scoreBatch(opts: ScoreOptions & { outDir: string }, io: CommandIO, browser?: string, languages: readonly UiLanguage[] = [speakingNow()]): Promise<void> {
  const options = await inputOptions(opts, io);
  const builder = new PersonReports(languages, options.sources, options.onQuestionnaireWarnings);
  const replay = await InputReplay.of(opts.inputs, options.stdin);
  const plan = await planReports(opts, io, { ...options, bytesOf: replay.record });
  const { respondents, errors } = plan;
  if (respondents.count === 0) throw new ExitError(say(errors.length > 0 ? 'results.batch.noneScored' : 'results.batch.noAnswers'));
  // As score does: the languages the first result records (after --lang and $SYSLEAD_LANG), else the language it was answered in.
  const indexLanguages = plan.first === undefined ? languages : await chooseReportLanguages(opts.lang, io, plan.first);

  const names = fileNames(respondents, opts, io);
  if (!opts.force) await refuseExisting(reportPaths(opts.outDir, names, indexFile(opts.format)));
  try {
    await makeFolder(opts.outDir);
  } catch (error) {
    throw new ExitError(say('results.batch.cannotCreateFolder', { folder: safeText(opts.outDir), reason: fsReason(error) }));
  }
  await removeLeftovers(opts.outDir, io.stderr);

  // Files: plain text, whatever stdout is.
  const target = outputTarget(io, { toFile: true, color: opts.color });
  // PDFs: one browser prints every report, a few at a time (pdf-printer.ts).
  const printer = opts.format === 'pdf' ? await startPrinter(browser!, opts.paper) : undefined;
  const render = await outputRenderer('person', opts.format, target, printer);
  // Loaded before the heap's growth is limited, for its code cache (see heap-growth.ts).
  const renderIndex = await rendererFor('index', indexFormat(opts.format), target);
  const progress = progressBar(io.stderr, say('results.batch.progress'), respondents.count, { now: () => io.now().getTime() });
  const jobs = new BoundedJobs(WRITES_IN_FLIGHT);
  const files = new ReportFiles(opts.outDir, !opts.force);
  let found = 0;
  try {
    const secondReading = { ...options, bytesOf: replay.replay, warn: () => undefined, pause: () => jobs.room() };
    await withHeapGrowthLimited(async () => {
      try {
        await readInputs(opts.inputs, secondReading, (event) => {
          // What the first reading printed is not printed again.
          if (event.kind !== 'respondent') return;
          const { questionnaire, source } = event.respondent;
          const answers = source.line === undefined ? event.respondent.answers : withDateOrder(event.respondent.answers, plan.dateOrders.get(source.file));
          const i = found++;
          if (!respondents.isAt(i, nameOf(answers, opts.nameBy), source)) throw inputsChanged(source);
          jobs.add(async () => {
            const report = await builder.build(questionnaire, scoreAnswers(questionnaire, answers), reportLanguagesOf(opts.lang, io, { questionnaire, answers }), answers.questionnaire.language);
            await files.write(join(opts.outDir, names.at(i)!), await render([report]));
            progress.advance();
          });
        });
      } finally {
        // Stopped or not, the writes under way end before the command does, the reports written under their names.
        await jobs.drained().catch(() => undefined);
        await files.finish().catch(() => undefined);
      }
      await jobs.drained();
      await files.finish();
    });
    if (found !== respondents.count) throw inputsChanged();
    const heading = { questionnaireTitle: plan.titles.size === 1 ? [...plan.titles][0]! : null, count: respondents.count };
    const index: ReportIndex = {
      title: joinLanguages(indexTitles({ language: plan.language, languages: indexLanguages, heading }).map((t) => t.text)),
      heading,
      language: plan.language,
      languages: indexLanguages,
      reports: indexEntries(names, respondents),
      errors,
    };
    await write(join(opts.outDir, indexFile(opts.format)), renderIndex(index));
  } finally {
    progress.done();
    await printer?.close();
  }

  const reports = say('results.batch.reports', { count: respondents.count });
  const left = errors.length === 0 ? '' : say('results.batch.errors', { count: errors.length });
  const unread = errors.length === 0 && plan.skipped > 0 ? say('results.batch.leftOut', { count: plan.skipped }) : '';
  io.stderr.write(`${say('results.batch.wrote', { reports, index: indexFile(opts.format), folder: safeText(opts.outDir), errors: left, leftOut: unread })}\n`);
  // Written, but not everyone: a script must not take it for a clean run.
  if (errors.length > 0 || plan.skipped > 0) throw new ExitError('', { reported: true });
}

/** The first reading: every problem printed as found, and of each respondent only what naming their report needs. */
async function planReports(opts: ScoreOptions, io: CommandIO, options: InputOptions): Promise<Plan> {
  const printer = problemPrinter(opts, io);
  const respondents = new PlannedRespondents();
  const errors: string[] = [];
  const titles = new Set<string>();
  const dateOrders = new Map<string, DateOrder>();
  let language: Questionnaire['language'] | undefined;
  let first: ReportRespondent | undefined;
  const accounting = await readInputs(opts.inputs, options, (event) => {
    if (event.kind === 'table' && event.dateOrder) dateOrders.set(event.source.file, event.dateOrder);
    if (printer.print(event)) {
      if (event.kind === 'unreadable') errors.push(event.message);
      else if (event.kind !== 'table') for (const p of event.problems) if (p.severity === 'error') errors.push(formatProblem(p));
    }
    if (event.kind !== 'respondent') return;
    const { answers, questionnaire, source } = event.respondent;
    respondents.add(nameOf(answers, opts.nameBy), source);
    titles.add(questionnaire.title);
    language ??= questionnaire.language;
    first ??= { questionnaire, answers };
  });
  printer.total(accounting);
  return { respondents, errors, skipped: accounting.skipped, titles, language: language!, dateOrders, first };
}

function inputsChanged(source?: InputSource): ExitError {
  const where = source ? say('results.batch.changedAt', { source: safeText(sourceText(source)) }) : say('results.batch.changedFewer');
  return new ExitError(say('results.batch.inputsChanged', { where }));
}

/**
 * A safe, unique file name for each respondent, from their name (or --name-by), else where they
 * came from; kept as a TextColumn for the whole run.
 */
function fileNames(respondents: PlannedRespondents, opts: ScoreOptions, io: CommandIO): TextColumn {
  let unnamed = 0;
  for (let i = 0; i < respondents.count; i++) if (respondents.name(i) === undefined) unnamed++;
  if (opts.nameBy !== undefined && unnamed === respondents.count) {
    throw new ExitError(say('results.batch.nameByNone', { field: safeText(opts.nameBy) }), { exitCode: EXIT.usage });
  }
  if (opts.nameBy !== undefined && unnamed > 0) {
    // not said: the "syslead: note:" marker stays in English, as problems' severities do
    io.stderr.write(`syslead: warning: ${say('results.batch.nameByMissing', { missing: unnamed, total: respondents.count, field: safeText(opts.nameBy) })}\n`);
  }
  const names = new TextColumn();
  for (const name of eachUniqueFileName(nameRequests(respondents), EXTENSION[opts.format], [INDEX_STEM])) names.add(name);
  return names;
}

/**
 * One at a time, as they are named: held all at once, 100,000 of them (and their names) were the
 * most the run kept when V8 first collected in full, and it let the heap grow to four times that.
 */
function* nameRequests(respondents: PlannedRespondents): Generator<NameRequest> {
  for (let i = 0; i < respondents.count; i++) yield { name: respondents.name(i), fallback: fallbackName(respondents.source(i)) };
}

/** Each report's path, and the index's, made as they are checked rather than 100,000 held at once. */
function* reportPaths(folder: string, names: TextColumn, index: string): Generator<string> {
  for (const name of names.values()) yield join(folder, name!);
  yield join(folder, index);
}

/** A name for someone without one: "respondent-12" for the row on line 12, or the answer file's own name. */
function fallbackName(source: InputSource): string {
  if (source.line !== undefined) return `respondent-${source.line}`;
  const base = source.file.slice(Math.max(source.file.lastIndexOf('/'), source.file.lastIndexOf('\\')) + 1);
  return base === '<stdin>' ? 'respondent' : base.replace(/\.[^.]*$/, '');
}

function* indexEntries(names: TextColumn, respondents: PlannedRespondents): Generator<IndexEntry> {
  for (let i = 0; i < names.count; i++) {
    const file = names.at(i)!;
    yield { file, label: respondents.name(i) ?? file, source: sourceText(respondents.source(i)) };
  }
}

function sourceText(source: InputSource): string {
  return source.line === undefined ? source.file : `${source.file}, line ${source.line}`;
}
