import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import { nameOf } from '../core/answers/name-by.js';
import { uniqueFileNames } from '../core/file-names.js';
import { formatProblem } from '../core/problem.js';
import { buildPersonReport } from '../core/report/person.js';
import type { ReportIndex } from '../core/report/report-index.js';
import { safeText } from '../core/safe-text.js';
import { scoreAnswers } from '../core/score/score.js';
import { writeAtomically } from '../io/atomic.js';
import type { InputSource } from '../io/input-pipeline.js';
import { readInputs, type Respondent } from '../io/inputs.js';
import { removeLeftovers } from '../io/output.js';
import { fsReason } from '../io/fs-reason.js';
import { makeFolder } from '../io/make-folder.js';
import { progressBar } from '../terminal/progress.js';
import { outputTarget } from '../terminal/output-target.js';
import { renderReport, rendererFor } from '../render/registry.js';
import type { PersonFormat } from './person-format.js';
import { inputOptions, problemPrinter, type ScoreOptions } from './score-options.js';
import type { CommandIO } from '../terminal/io.js';

const EXTENSION: Record<PersonFormat, string> = { text: '.txt', md: '.md', json: '.json', html: '.html' };
const INDEX_STEM = 'index';
/** The index is Markdown unless the reports are HTML: it reads as plain text too. */
const indexFormat = (format: PersonFormat) => (format === 'html' ? 'html' : 'md');
const indexFile = (format: PersonFormat) => `${INDEX_STEM}.${indexFormat(format)}`;

/**
 * `syslead score --out-dir DIR`: one report file per respondent, named after them, and an index
 * linking them all. A row or file that cannot be scored is reported and left out; the others are
 * still written (exit 1 then). Nothing is written if any file to be written exists already,
 * unless --force.
 */
export async function scoreBatch(opts: ScoreOptions & { outDir: string }, io: CommandIO): Promise<void> {
  const printer = problemPrinter(opts, io);
  const respondents: Respondent[] = [];
  const errors: string[] = [];
  await readInputs(opts.inputs, await inputOptions(opts, io), (event) => {
    if (printer.print(event)) {
      if (event.kind === 'unreadable') errors.push(event.message);
      else for (const p of event.problems) if (p.severity === 'error') errors.push(formatProblem(p));
    }
    if (event.kind === 'respondent') respondents.push(event.respondent);
  });
  if (respondents.length === 0) throw new ExitError(errors.length > 0 ? 'no reports written: no respondent could be scored' : 'no reports written: the inputs hold no answers');

  const names = fileNames(respondents, opts, io);
  const targets = [...names, indexFile(opts.format)].map((name) => join(opts.outDir, name));
  if (!opts.force) await refuseExisting(targets);
  try {
    await makeFolder(opts.outDir);
  } catch (error) {
    throw new ExitError(`cannot create the folder ${safeText(opts.outDir)}: ${fsReason(error)}`);
  }
  await removeLeftovers(opts.outDir, io.stderr);

  // Files: plain text, whatever stdout is.
  const target = outputTarget(io, { toFile: true, color: opts.color });
  const render = await rendererFor('person', opts.format, target);
  const progress = progressBar(io.stderr, 'Writing reports', respondents.length, { now: () => io.now().getTime() });
  try {
    for (const [i, { answers, questionnaire }] of respondents.entries()) {
      const report = buildPersonReport(questionnaire, scoreAnswers(questionnaire, answers));
      await write(targets[i]!, render([report]));
      progress.advance();
    }
    const index: ReportIndex = {
      title: indexTitle(respondents),
      language: respondents[0]!.questionnaire.language,
      reports: respondents.map((r, i) => ({ file: names[i]!, label: nameOf(r.answers, opts.nameBy) ?? names[i]!, source: sourceText(r.source) })),
      errors,
    };
    await write(targets[targets.length - 1]!, await renderReport('index', index, indexFormat(opts.format), target));
  } finally {
    progress.done();
  }

  const reports = respondents.length === 1 ? '1 report' : `${respondents.length} reports`;
  const left = errors.length === 0 ? '' : `; ${errors.length === 1 ? '1 error' : `${errors.length} errors`} (see above and the index)`;
  io.stderr.write(`wrote ${reports} and ${indexFile(opts.format)} in ${safeText(opts.outDir)}${left}\n`);
  if (errors.length > 0) throw new ExitError('', { reported: true });
}

/** A safe, unique file name for each respondent, from their name (or --name-by), else where they came from. */
function fileNames(respondents: readonly Respondent[], opts: ScoreOptions, io: CommandIO): string[] {
  const wanted = respondents.map((r) => nameOf(r.answers, opts.nameBy));
  const unnamed = wanted.filter((name) => name === undefined).length;
  if (opts.nameBy !== undefined && unnamed === respondents.length) {
    throw new ExitError(`--name-by ${safeText(opts.nameBy)}: no respondent has it; use a column of the CSV file, an attribute of the answer files, or respondent`, { exitCode: EXIT.usage });
  }
  if (opts.nameBy !== undefined && unnamed > 0) {
    io.stderr.write(`syslead: warning: ${unnamed} of ${respondents.length} respondents have no ${safeText(opts.nameBy)}: their reports are named after their line or file\n`);
  }
  return uniqueFileNames(
    respondents.map((r, i) => ({ name: wanted[i], fallback: fallbackName(r.source) })),
    EXTENSION[opts.format],
    [INDEX_STEM],
  );
}

/** A name for someone without one: "respondent-12" for the row on line 12, or the answer file's own name. */
function fallbackName(source: InputSource): string {
  if (source.line !== undefined) return `respondent-${source.line}`;
  const base = source.file.slice(Math.max(source.file.lastIndexOf('/'), source.file.lastIndexOf('\\')) + 1);
  return base === '<stdin>' ? 'respondent' : base.replace(/\.[^.]*$/, '');
}

function sourceText(source: InputSource): string {
  return source.line === undefined ? source.file : `${source.file}, line ${source.line}`;
}

function indexTitle(respondents: readonly Respondent[]): string {
  const titles = new Set(respondents.map((r) => r.questionnaire.title));
  const count = respondents.length === 1 ? '1 report' : `${respondents.length} reports`;
  return titles.size === 1 ? `${[...titles][0]}: ${count}` : `Reports: ${count}`;
}

/** Checked before anything is written, so that a refusal leaves the folder as it was. */
async function refuseExisting(targets: readonly string[]): Promise<void> {
  for (const target of targets) {
    try {
      // lstat: a link in the way counts as a file, wherever it points.
      await lstat(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: --out-dir is a file; creating the folder says so.
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new ExitError(`cannot check ${safeText(target)}: ${fsReason(error)}`);
    }
    throw new ExitError(`${safeText(target)} already exists: add --force to replace it and the other reports (nothing was written)`);
  }
}

async function write(file: string, text: string): Promise<void> {
  try {
    await writeAtomically(file, text);
  } catch (error) {
    throw new ExitError(`cannot write ${safeText(file)}: ${fsReason(error)}`);
  }
}
