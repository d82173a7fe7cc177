/** The options of `syslead score` and how its inputs are read, shared by one report and --out-dir. */
import { hasErrors } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import type { InputEvent, InputOptions } from '../io/inputs.js';
import { questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import type { GlobalOptions } from '../cli/options.js';
import type { PersonFormat } from './person-format.js';

export interface ScoreOptions extends GlobalOptions {
  questionnaire?: string;
  questionnaires: string[];
  format: PersonFormat;
  out?: string;
  outDir?: string;
  nameBy?: string;
  force?: boolean;
}

/** How to read the inputs: against --questionnaire when given, else the questionnaire each names. */
export async function inputOptions(opts: ScoreOptions): Promise<InputOptions> {
  const sources = questionnaireSources(opts.questionnaires);
  return opts.questionnaire ? { questionnaire: (await resolveQuestionnaire(opts.questionnaire, sources)).questionnaire, sources } : { sources };
}

/** Prints what reading found on stderr as it is found, and tells whether it has an error. */
export function problemPrinter(opts: GlobalOptions): { print(event: InputEvent): boolean } {
  const style = styler(process.stderr, opts.color);
  return {
    print(event) {
      if (event.kind === 'unreadable') {
        // File names and questionnaire problems in the message may carry escape sequences.
        process.stderr.write(`${safeText(event.message, { keepNewlines: true })}\n`);
        return true;
      }
      for (const problem of event.problems) process.stderr.write(`${renderProblem(problem, style)}\n`);
      return hasErrors(event.problems);
    },
  };
}
