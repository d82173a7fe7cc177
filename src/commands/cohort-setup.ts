import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import type { ExportMap } from '../core/csv/export-map.js';
import { loadExportMap } from '../io/export-map.js';
import type { InputOptions } from '../io/input-pipeline.js';
import { questionnaireSources, resolveQuestionnaire, type Source } from '../io/questionnaires.js';
import { styler } from '../terminal/colour.js';
import { lineWriter, stdinWhenRead, type CommandIO } from '../terminal/io.js';
import { renderProblem } from '../terminal/problems.js';
import { say } from '../core/i18n/voice.js';
import { chooseByFirstQuestionnaire } from './language.js';
import { questionnaireWarnings, type SayWarnings } from './questionnaire-warnings.js';

/** Problems printed in full before the rest are only counted: enough to fix a file by, not a flood. */
export const MAX_PROBLEMS_SHOWN = 100;

/** What `report` and `evaluate` need before they read a cohort's inputs. */
export interface CohortSetup {
  /** Prints a problem on stderr (the first MAX_PROBLEMS_SHOWN in full) and counts it. */
  printProblem(problem: Problem): void;
  /** Says how many problems were counted but not printed, if any. */
  endProblems(): void;
  warn: (line: string) => void;
  sources: Source[];
  /** --questionnaire, resolved. */
  given: { questionnaire: Questionnaire } | undefined;
  /** --map, loaded (its warnings already printed). */
  map: { map: ExportMap } | undefined;
  /** How to read the inputs, the same for every command that reads a cohort: --questionnaire, --map, --sheet, --include-unfinished. */
  inputOptions: InputOptions;
  /** Says a questionnaire's warnings once each: those of the forms loaded later for their texts (--lang cy,en) too. */
  sayWarnings: SayWarnings;
  /** The language of the first form the inputs were read in (--questionnaire's, else the first read), once reading has begun. */
  firstLanguage: () => string | undefined;
}

export interface CohortSetupOptions {
  questionnaires: string[];
  questionnaire?: string;
  map?: string;
  sheet?: string;
  includeUnfinished?: boolean;
  color?: boolean;
  lang?: string | undefined;
}

/** The problem printer, questionnaire sources, --questionnaire and --map of a command that reads a cohort. */
export async function cohortSetup(opts: CohortSetupOptions, io: CommandIO): Promise<CohortSetup> {
  const errStyle = styler(io.stderr, opts.color, io.env);
  let problems = 0;
  const printProblem = (p: Problem) => {
    if (++problems <= MAX_PROBLEMS_SHOWN) io.stderr.write(`${renderProblem(p, errStyle)}\n`);
  };
  const endProblems = () => {
    if (problems > MAX_PROBLEMS_SHOWN) io.stderr.write(`${say('cohort.command.moreProblems', { count: problems - MAX_PROBLEMS_SHOWN })}\n`);
  };
  const warn = lineWriter(io.stderr);
  const sources = questionnaireSources(opts.questionnaires, io.env, warn);
  const given = opts.questionnaire ? await resolveQuestionnaire(opts.questionnaire, sources, stdinWhenRead(io)) : undefined;
  // What reading finds is said in the language of the questionnaire (after --lang and $SYSLEAD_LANG): --questionnaire's, else the first read.
  const onQuestionnaire = chooseByFirstQuestionnaire(opts.lang, io);
  // Each questionnaire's warnings once, in that language: --questionnaire's now, those of the ones the inputs name as each is read.
  const onQuestionnaireWarnings = questionnaireWarnings(io, opts.color);
  if (given) await onQuestionnaire(given.questionnaire);
  onQuestionnaireWarnings(given?.warnings ?? []);
  const map = opts.map === undefined ? undefined : await loadExportMap(opts.map, given?.questionnaire, sources);
  for (const warning of map?.warnings ?? []) printProblem(warning);
  const inputOptions: InputOptions = {
    ...(given ? { questionnaire: given.questionnaire } : {}),
    ...(map ? { map: map.map } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    sources,
    stdin: stdinWhenRead(io),
    warn,
    includeUnfinished: opts.includeUnfinished === true,
    onQuestionnaire,
    onQuestionnaireWarnings,
  };
  return { printProblem, endProblems, warn, sources, given, map, inputOptions, sayWarnings: onQuestionnaireWarnings, firstLanguage: onQuestionnaire.firstLanguage };
}
