/** The options of `syslead score` and how its inputs are read, shared by one report and --out-dir. */
import { hasErrors } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import { loadExportMap } from '../io/export-map.js';
import type { InputOptions, RowAccounting } from '../io/input-pipeline.js';
import type { InputEvent } from '../io/inputs.js';
import { questionnaireSources, resolveQuestionnaire } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { renderProblem } from '../terminal/problems.js';
import type { GlobalOptions } from '../cli/options.js';
import type { scoreCommand } from '../cli/commands/score.js';
import type { OptionsOf } from '../cli/commands/shared.js';
import { lineWriter, stdinWhenRead, type CommandIO } from '../terminal/io.js';
import { tableLine, totalLine } from './accounting.js';
import { chooseByFirstQuestionnaire } from './language.js';
import { questionnaireWarnings, type SayWarnings } from './questionnaire-warnings.js';

/** As `syslead score` declares them (cli/commands/score.ts), with its inputs: answer files, CSV files, folders; "-" is stdin. */
export type ScoreOptions = GlobalOptions & OptionsOf<typeof scoreCommand> & { inputs: string[] };

/** How to read the inputs: against --questionnaire when given, else the questionnaire each names; tables through --map. */
export async function inputOptions(opts: ScoreOptions, io: CommandIO): Promise<InputOptions & { onQuestionnaireWarnings: SayWarnings }> {
  const warn = lineWriter(io.stderr);
  const sources = questionnaireSources(opts.questionnaires, io.env, warn);
  const stdin = stdinWhenRead(io);
  const resolved = opts.questionnaire ? await resolveQuestionnaire(opts.questionnaire, sources, stdin) : undefined;
  const given = resolved?.questionnaire;
  // What reading finds is said in the language of the questionnaire (after --lang and $SYSLEAD_LANG): --questionnaire's, else the first read.
  const onQuestionnaire = chooseByFirstQuestionnaire(opts.lang, io);
  // Each questionnaire's warnings once, in that language: --questionnaire's now, those of the ones the inputs name as each is read.
  const onQuestionnaireWarnings = questionnaireWarnings(io, opts.color);
  if (given) await onQuestionnaire(given);
  onQuestionnaireWarnings(resolved?.warnings ?? []);
  const map = opts.map === undefined ? undefined : await loadExportMap(opts.map, given, sources);
  const style = styler(io.stderr, opts.color, io.env);
  for (const warning of map?.warnings ?? []) io.stderr.write(`${renderProblem(warning, style)}\n`);
  return {
    sources,
    stdin,
    warn,
    includeUnfinished: opts.includeUnfinished === true,
    onQuestionnaire,
    onQuestionnaireWarnings,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(given ? { questionnaire: given } : {}),
    ...(map ? { map: map.map } : {}),
  };
}

/**
 * Prints what reading found on stderr as it is found, and tells whether it has an error; with
 * each CSV file, what became of its rows, and at the end (`total`) of all respondents when
 * they came from more than that one file.
 */
export function problemPrinter(opts: GlobalOptions, io: CommandIO): { print(event: InputEvent): boolean; total(accounting: RowAccounting): void } {
  const style = styler(io.stderr, opts.color, io.env);
  const tableRows: number[] = [];
  return {
    total(accounting) {
      if (tableRows.length > 0 && (tableRows.length > 1 || tableRows[0] !== accounting.read)) io.stderr.write(totalLine(accounting));
    },
    print(event) {
      if (event.kind === 'table') {
        tableRows.push(event.accounting.read);
        io.stderr.write(tableLine(event.source.file, event.accounting));
        return false;
      }
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
