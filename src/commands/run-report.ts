import { basename, dirname, join } from 'node:path';
import { ExitError } from '../errors.js';
import { Failure } from '../core/failure.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { PersonReport } from '../core/report/person.js';
import { safeText } from '../core/safe-text.js';
import { scoreAnswers } from '../core/score/score.js';
import { renderReport } from '../render/registry.js';
import { renderPersonSummaryText } from '../render/person-text.js';
import { renderOptions } from '../render/options.js';
import { page, pagerFor } from '../io/pager.js';
import { writeAtomically } from '../io/atomic.js';
import { fsReason } from '../io/fs-reason.js';
import { removeLeftovers } from '../io/output.js';
import { outputTarget } from '../terminal/output-target.js';
import { DEFAULT_QUESTIONNAIRE, type Source } from '../io/questionnaires.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { PersonReports } from './person-reports.js';
import { questionnaireWarnings } from './questionnaire-warnings.js';
import type { PersonFormat } from './person-format.js';
import { browserFor, renderOutput, type Paper } from './pdf-output.js';
import { sysleadCommand, type CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';

export interface CompletedRun {
  questionnaire: Questionnaire;
  answers: AnswerSet;
  savedTo: string;
  color: boolean | undefined;
  /** --plain: no colour and no hyperlinks, whatever the terminal can do. */
  plain?: boolean;
  /** --format: the format on stdout (text when absent) and in --out when given. */
  format: PersonFormat | undefined;
  out: string | undefined;
  fileFormat: PersonFormat | undefined;
  /** The languages the report is written in (two for --lang cy,en) and where to find the questionnaire in the second; the one syslead speaks now when absent. */
  languages?: readonly UiLanguage[];
  sources?: readonly Source[];
  /** The browser found for a PDF --out, and its paper. */
  browser?: string | undefined;
  paper?: Paper;
  /**
   * A run at a terminal, its report on the terminal too: the summary is shown last, the full
   * report a choice away (read, saved as HTML or PDF). Absent: the full report is printed, as
   * for a pipe, a file, --format and --out.
   */
  end?: EndScreen;
}

/** What the end of a run at a terminal asks with: the run's own prompts. */
export interface EndScreen {
  /** A numbered choice, as the run's questions are; the position of the answer. */
  choose(message: string, labels: readonly string[]): Promise<number>;
  /** Runs `use` with the terminal given up (cooked mode, not read), for a pager. */
  handOver<T>(use: () => Promise<T>): Promise<T>;
  /** Where the run's questions are shown. */
  ui: NodeJS.WritableStream;
  /** --plain: the full report printed, never paged; no colour, hyperlinks or box drawing. */
  plain?: boolean;
}

/** Prints the person's report on stdout (and writes it to --out), then where the answers were saved. */
export async function printCompletedRun(run: CompletedRun, io: CommandIO): Promise<void> {
  const report = await new PersonReports(run.languages ?? [], run.sources ?? [], questionnaireWarnings(io, run.plain ? false : run.color)).build(run.questionnaire, scoreAnswers(run.questionnaire, run.answers));
  const target = (toFile: boolean) => {
    const facts = outputTarget(io, { toFile, color: run.plain ? false : run.color });
    return run.plain ? { ...facts, hyperlinks: false } : facts;
  };
  const id = run.questionnaire.id;
  const history = id === DEFAULT_QUESTIONNAIRE ? sysleadCommand(io, 'history') : sysleadCommand(io, 'history', id);
  const compare = id === DEFAULT_QUESTIONNAIRE ? sysleadCommand(io, 'compare') : sysleadCommand(io, 'compare', '--questionnaire', id);
  if (run.end) return endOfRun(run, run.end, report, io, { history, compare });
  // A PDF goes to --out alone; stdout shows the text report then.
  io.stdout.write(await renderReport('person', [report], run.format === undefined || run.format === 'pdf' ? 'text' : run.format, { ...target(false), plain: run.plain === true }));
  io.stderr.write(`\n${say('results.run.savedWithNext', { file: safeText(run.savedTo), history: safeText(history), compare: safeText(compare) })}\n`);
  if (run.out && run.fileFormat) {
    await removeLeftovers(dirname(run.out), io.stderr);
    try {
      await writeAtomically(run.out, await renderOutput('person', [report], run.fileFormat, target(true), { browser: run.browser, paper: run.paper ?? 'a4' }));
    } catch (error) {
      throw new ExitError(say('results.run.cannotWriteReport', { file: safeText(run.out), reason: fsReason(error), saved: safeText(run.savedTo), command: safeText(sysleadCommand(io, 'score', run.savedTo)) }));
    }
    io.stderr.write(`${say('results.run.reportIn', { file: safeText(run.out) })}\n`);
  }
}

type Report = PersonReport;

/**
 * The end of a run at a terminal: the summary, which fits a screen, is what the leader sees last;
 * then a choice, offered again after each thing done: read the full report (in the pager), save it
 * as HTML (or PDF, when a browser is found) in the data folder, or be done; then the next steps.
 */
async function endOfRun(run: CompletedRun, end: EndScreen, report: Report, io: CommandIO, commands: { history: string; compare: string }): Promise<void> {
  const terminal = end.plain ? { ...outputTarget(io, { toFile: false, color: false }), hyperlinks: false, plain: true } : outputTarget(io, { toFile: false, color: run.color });
  io.stdout.write(`${renderPersonSummaryText(report, renderOptions(terminal))}\n`);
  end.ui.write(`${say('results.run.answersSaved', { file: safeText(run.savedTo) })}\n\n`);
  let browser: string | undefined;
  try {
    browser = browserFor(io);
  } catch {
    browser = undefined;
  }
  const saved: string[] = [];
  const actions = ['read', 'html', ...(browser ? (['pdf'] as const) : []), 'done'] as const;
  const labels: Record<(typeof actions)[number], string> = {
    read: say('results.end.read'),
    html: say('results.end.html'),
    pdf: say('results.end.pdf'),
    done: say('results.end.done'),
  };
  for (;;) {
    const action =
      actions[
        await end.choose(
          say('results.end.whatNext'),
          actions.map((a) => labels[a]),
        )
      ]!;
    if (action === 'done') break;
    if (action === 'read') {
      // The pager gets the report as the terminal shows it, colours and all (less -R), but no hyperlinks, which pagers garble.
      const text = await renderReport('person', [report], 'text', { ...terminal, hyperlinks: false });
      const pager = end.plain ? undefined : pagerFor(io.env);
      if (pager === undefined) io.stdout.write(text);
      else {
        await end
          .handOver(() => page(pager, text, io.env))
          .catch((error: unknown) => {
            end.ui.write(`${say('results.end.pagerFailed', { pager: safeText(pager), reason: fsReason(error) })}\n`);
            io.stdout.write(text);
          });
      }
      continue;
    }
    const file = join(dirname(run.savedTo), `${run.questionnaire.id}-${basename(run.savedTo, '.json')}.${action}`);
    try {
      // Private, as the answers beside it are.
      await writeAtomically(file, await renderOutput('person', [report], action, outputTarget(io, { toFile: true, color: false }), { browser, paper: run.paper ?? 'a4' }), 0o600);
      if (!saved.includes(file)) saved.push(file);
      end.ui.write(`${say('results.end.saved', { file: safeText(file) })}\n\n`);
    } catch (error) {
      // Not the end of the run: the result is saved, and the choice is offered again.
      end.ui.write(`${say('results.end.cannotSave', { file: safeText(file), reason: error instanceof Failure ? safeText(error.reason) : fsReason(error) })}\n\n`);
    }
  }
  const steps = [
    '',
    say('results.next.heading'),
    `  ${say('results.next.history', { command: safeText(commands.history) })}`,
    `  ${say('results.next.compare', { command: safeText(commands.compare) })}`,
    saved.length > 0
      ? `  ${say('results.next.shareFiles', { files: saved.map((file) => safeText(file)).join(', ') })}`
      : `  ${say('results.next.shareCommand', { command: safeText(sysleadCommand(io, 'score', run.savedTo, '--format', 'html', '--out', 'report.html')) })}`,
  ];
  end.ui.write(`${steps.join('\n')}\n`);
}
