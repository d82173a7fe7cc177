import { dirname } from 'node:path';
import terminalLink from 'terminal-link';
import { ExitError } from '../errors.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { buildPersonReport, type PersonReport } from '../core/report/person.js';
import { safeText } from '../core/safe-text.js';
import { scoreAnswers } from '../core/score/score.js';
import { renderPersonText } from '../render/person-text.js';
import { renderPersonMarkdown } from '../render/person-markdown.js';
import { renderResultsJson } from '../render/json.js';
import { writeAtomically } from '../io/atomic.js';
import { fsReason } from '../io/fs-reason.js';
import { removeLeftovers } from '../io/output.js';
import { styler } from '../terminal/colour.js';
import { shellWord } from '../terminal/shell-quote.js';
import { DEFAULT_QUESTIONNAIRE } from '../io/questionnaires.js';
import type { ReportFormat } from './report-format.js';
import type { CommandIO } from '../terminal/io.js';

/** Columns for text that is not going to a terminal. */
const PLAIN_WIDTH = 80;

export interface CompletedRun {
  questionnaire: Questionnaire;
  answers: AnswerSet;
  savedTo: string;
  color: boolean | undefined;
  /** --format: the format on stdout (text when absent) and in --out when given. */
  format: ReportFormat | undefined;
  out: string | undefined;
  fileFormat: ReportFormat | undefined;
}

/** Prints the person's report on stdout (and writes it to --out), then where the answers were saved. */
export async function printCompletedRun(run: CompletedRun, io: CommandIO): Promise<void> {
  const report = buildPersonReport(run.questionnaire, scoreAnswers(run.questionnaire, run.answers));
  io.stdout.write(await renderAs(run, report, run.format ?? 'text', { toFile: false, color: run.color }, io));
  const id = run.questionnaire.id;
  const history = id === DEFAULT_QUESTIONNAIRE ? 'syslead history' : `syslead history ${shellWord(id)}`;
  const compare = id === DEFAULT_QUESTIONNAIRE ? 'syslead compare' : `syslead compare --questionnaire ${shellWord(id)}`;
  io.stderr.write(`\nYour answers are saved in ${safeText(run.savedTo)}.\nSee past runs with "${safeText(history)}"; see what changed since the last one with "${safeText(compare)}".\n`);
  if (run.out && run.fileFormat) {
    await removeLeftovers(dirname(run.out), io.stderr);
    try {
      await writeAtomically(run.out, await renderAs(run, report, run.fileFormat, { toFile: true, color: run.color }, io));
    } catch (error) {
      throw new ExitError(`cannot write the report to ${safeText(run.out)}: ${fsReason(error)} (your answers are saved in ${safeText(run.savedTo)}; "syslead score" makes the report from them)`);
    }
    io.stderr.write(`The report is in ${safeText(run.out)}.\n`);
  }
}

/** The report in the format asked for; the HTML renderer is loaded only when HTML is asked for. */
async function renderAs(run: CompletedRun, report: PersonReport, format: ReportFormat, where: { toFile: boolean; color: boolean | undefined }, io: CommandIO): Promise<string> {
  if (format !== 'html') return render(report, format, where, io);
  const { renderPersonHtml } = await import('../render/person-html.js');
  return renderPersonHtml([{ report, questionnaire: run.questionnaire }]);
}

function render(report: PersonReport, format: Exclude<ReportFormat, 'html'>, { toFile, color }: { toFile: boolean; color: boolean | undefined }, io: CommandIO): string {
  if (format === 'json') return renderResultsJson([report]);
  if (format === 'md') return renderPersonMarkdown(report);
  // A file gets plain text: no colour, no hyperlinks, 80 columns.
  const toTerminal = !toFile && io.stdout.isTTY;
  const width = toTerminal ? (io.stdout.columns ?? PLAIN_WIDTH) : PLAIN_WIDTH;
  const style = styler(io.stdout, toFile ? false : color, io.env);
  const link = toTerminal && terminalLink.isSupported ? (text: string, url: string) => terminalLink(text, url) : undefined;
  return renderPersonText(report, { width, style, ...(link ? { link } : {}) });
}
