import { stat } from 'node:fs/promises';
import terminalLink from 'terminal-link';
import { EXIT, ExitError } from '../errors.js';
import { checkAnswers, readAnswerHeader } from '../core/answers/check.js';
import { scoreAnswers } from '../core/score/score.js';
import { buildPersonReport, type PersonReport } from '../core/report/person.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { Problem } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import { renderPersonText } from '../render/person-text.js';
import { renderPersonMarkdown } from '../render/person-markdown.js';
import { renderResultsJson } from '../render/json.js';
import { displayName, fsReason, readText } from '../io/read.js';
import { questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { writeAtomically } from '../io/atomic.js';
import { styler } from '../cli/colour.js';
import { renderProblem } from '../cli/problems.js';
import type { GlobalOptions } from '../cli/program.js';

export const SCORE_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

export interface ScoreOptions extends GlobalOptions {
  questionnaire?: string;
  questionnaires: string[];
  format: ScoreFormat;
  out?: string;
  force?: boolean;
}

/** Columns for text that is not going to a terminal. */
const PLAIN_WIDTH = 80;

/**
 * Scores answer files and prints one report each. Every problem in every file is reported first;
 * if any file has an error nothing is printed, so a batch never silently leaves a person out.
 */
export async function scoreCommand(files: string[], opts: ScoreOptions): Promise<void> {
  if (files.filter((f) => f === '-').length > 1) throw new ExitError('"-" (stdin) can be given only once', { exitCode: EXIT.usage });
  if (opts.out && !opts.force && (await exists(opts.out))) {
    throw new ExitError(`${safeText(opts.out)} already exists: add --force to replace it`);
  }
  const errStyle = styler(process.stderr, opts.color);
  const report = (p: Problem) => process.stderr.write(`${renderProblem(p, errStyle)}\n`);
  const sources = questionnaireSources(opts.questionnaires);
  const given = opts.questionnaire ? (await resolveQuestionnaire(opts.questionnaire, sources)).questionnaire : undefined;
  const byId = new Map<string, Questionnaire>();

  const reports: PersonReport[] = [];
  // HTML needs each report's questionnaire for its band zones and language.
  const questionnaireOf = new Map<PersonReport, Questionnaire>();
  let failed = false;
  for (const file of files) {
    const name = displayName(file);
    try {
      const text = await readText(file);
      let questionnaire = given;
      if (!questionnaire) {
        const { header, problems } = readAnswerHeader(text, name);
        if (!header) {
          problems.forEach(report);
          failed = true;
          continue;
        }
        questionnaire = byId.get(header.questionnaire) ?? (await questionnaireNamedIn(header.questionnaire, name, header, sources));
        byId.set(header.questionnaire, questionnaire);
      }
      const { answers, problems } = checkAnswers(text, name, questionnaire);
      problems.forEach(report);
      if (!answers) failed = true;
      else {
        const personReport = buildPersonReport(questionnaire, scoreAnswers(questionnaire, answers));
        reports.push(personReport);
        questionnaireOf.set(personReport, questionnaire);
      }
    } catch (error) {
      if (!(error instanceof ExitError)) throw error;
      // File names and questionnaire problems in the message may carry escape sequences.
      const message = safeText(error.message, { keepNewlines: true });
      process.stderr.write(error.located ? `${message}\n` : `syslead: error: ${message}\n`);
      failed = true;
    }
  }
  if (failed) throw new ExitError('', { reported: true });

  const output = opts.format === 'html' ? await renderHtml(reports, questionnaireOf) : render(reports, opts);
  if (!opts.out) {
    process.stdout.write(output);
    return;
  }
  try {
    await writeAtomically(opts.out, output);
  } catch (error) {
    throw new ExitError(`cannot write ${safeText(opts.out)}: ${fsReason(error)}`);
  }
  process.stderr.write(`wrote ${safeText(opts.out)}\n`);
}

/** The questionnaire an answer file names; a name that cannot be found is a problem at that line. */
async function questionnaireNamedIn(id: string, file: string, at: { line: number; column: number }, sources: ReturnType<typeof questionnaireSources>): Promise<Questionnaire> {
  try {
    return (await resolveQuestionnaire(id, sources)).questionnaire;
  } catch (error) {
    if (error instanceof ExitError && !error.located) throw new ExitError(`${safeText(file)}:${at.line}:${at.column}: error: ${error.message}`, { located: true });
    throw error;
  }
}

/** One HTML page for all the reports; the renderer is loaded only when HTML is asked for. */
async function renderHtml(reports: readonly PersonReport[], questionnaireOf: ReadonlyMap<PersonReport, Questionnaire>): Promise<string> {
  const { renderPersonHtml } = await import('../render/person-html.js');
  return renderPersonHtml(reports.map((report) => ({ report, questionnaire: questionnaireOf.get(report)! })));
}

function render(reports: readonly PersonReport[], opts: ScoreOptions): string {
  if (opts.format === 'json') return renderResultsJson(reports);
  if (opts.format === 'md') return reports.map(renderPersonMarkdown).join('\n---\n\n');
  // A file gets plain text: no colour, no hyperlinks, 80 columns.
  const toTerminal = !opts.out && process.stdout.isTTY;
  const width = toTerminal ? (process.stdout.columns ?? PLAIN_WIDTH) : PLAIN_WIDTH;
  const style = styler(process.stdout, opts.out ? false : opts.color);
  const link = toTerminal && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url) : undefined;
  return reports.map((r) => renderPersonText(r, { width, style, ...(link ? { link } : {}) })).join(`\n${'═'.repeat(width)}\n\n`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
