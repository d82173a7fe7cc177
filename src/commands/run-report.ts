import { dirname } from 'node:path';
import { ExitError } from '../errors.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { buildPersonReport } from '../core/report/person.js';
import { safeText } from '../core/safe-text.js';
import { scoreAnswers } from '../core/score/score.js';
import { renderReport } from '../render/registry.js';
import { writeAtomically } from '../io/atomic.js';
import { fsReason } from '../io/fs-reason.js';
import { removeLeftovers } from '../io/output.js';
import { outputTarget } from '../terminal/output-target.js';
import { DEFAULT_QUESTIONNAIRE } from '../io/questionnaires.js';
import type { PersonFormat } from './person-format.js';
import { renderOutput, type Paper } from './pdf-output.js';
import { sysleadCommand, type CommandIO } from '../terminal/io.js';

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
  /** The browser found for a PDF --out, and its paper. */
  browser?: string | undefined;
  paper?: Paper;
}

/** Prints the person's report on stdout (and writes it to --out), then where the answers were saved. */
export async function printCompletedRun(run: CompletedRun, io: CommandIO): Promise<void> {
  const report = buildPersonReport(run.questionnaire, scoreAnswers(run.questionnaire, run.answers));
  const target = (toFile: boolean) => {
    const facts = outputTarget(io, { toFile, color: run.plain ? false : run.color });
    return run.plain ? { ...facts, hyperlinks: false } : facts;
  };
  // A PDF goes to --out alone; stdout shows the text report then.
  io.stdout.write(await renderReport('person', [report], run.format === undefined || run.format === 'pdf' ? 'text' : run.format, target(false)));
  const id = run.questionnaire.id;
  const history = id === DEFAULT_QUESTIONNAIRE ? sysleadCommand(io, 'history') : sysleadCommand(io, 'history', id);
  const compare = id === DEFAULT_QUESTIONNAIRE ? sysleadCommand(io, 'compare') : sysleadCommand(io, 'compare', '--questionnaire', id);
  io.stderr.write(`\nYour answers are saved in ${safeText(run.savedTo)}.\nSee past runs with "${safeText(history)}"; see what changed since the last one with "${safeText(compare)}".\n`);
  if (run.out && run.fileFormat) {
    await removeLeftovers(dirname(run.out), io.stderr);
    try {
      await writeAtomically(run.out, await renderOutput('person', [report], run.fileFormat, target(true), { browser: run.browser, paper: run.paper ?? 'a4' }));
    } catch (error) {
      throw new ExitError(
        `cannot write the report to ${safeText(run.out)}: ${fsReason(error)} (your answers are saved in ${safeText(run.savedTo)}; "${safeText(sysleadCommand(io, 'score', run.savedTo))}" makes the report from them)`,
      );
    }
    io.stderr.write(`The report is in ${safeText(run.out)}.\n`);
  }
}
