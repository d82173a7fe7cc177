/** The options of `syslead score` and how its inputs are read, shared by one report and --out-dir. */
import { hasErrors } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import type { InputOptions } from '../io/input-pipeline.js';
import type { InputEvent } from '../io/inputs.js';
import { questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import type { GlobalOptions } from '../cli/options.js';
import type { scoreCommand } from '../cli/commands/score.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';

/** As `syslead score` declares them (cli/commands/score.ts), with its inputs: answer files, CSV files, folders; "-" is stdin. */
export type ScoreOptions = GlobalOptions & OptionsOf<typeof scoreCommand> & { inputs: string[] };

/** How to read the inputs: against --questionnaire when given, else the questionnaire each names. */
export async function inputOptions(opts: ScoreOptions, io: CommandIO): Promise<InputOptions> {
  const warn = lineWriter(io.stderr);
  const sources = questionnaireSources(opts.questionnaires, io.env, warn);
  const common = { sources, stdin: io.stdin, warn, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) };
  return opts.questionnaire ? { questionnaire: (await resolveQuestionnaire(opts.questionnaire, sources, io.stdin)).questionnaire, ...common } : common;
}

/** Prints what reading found on stderr as it is found, and tells whether it has an error. */
export function problemPrinter(opts: GlobalOptions, io: CommandIO): { print(event: InputEvent): boolean } {
  const style = styler(io.stderr, opts.color, io.env);
  return {
    print(event) {
      if (event.kind === 'unreadable') {
        // File names and questionnaire problems in the message may carry escape sequences.
        io.stderr.write(`${safeText(event.message, { keepNewlines: true })}\n`);
        return true;
      }
      for (const problem of event.problems) io.stderr.write(`${renderProblem(problem, style)}\n`);
      return hasErrors(event.problems);
    },
  };
}
