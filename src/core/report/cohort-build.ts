import { threeSixty } from './cohort-360.js';
import { formReport } from './cohort-figures.js';
import { personRows } from './cohort-people.js';
import type { CohortReport, Detail, ReportAbout } from './cohort.js';
import { cohortSummary } from './cohort-summary.js';
import { importanceFigures, shownImportance } from './cohort-importance.js';
import { planAnonymity } from './disclosure.js';
import { CORRELATION_FLOOR, SD_FLOOR, type Floors } from '../stats/floors.js';
import type { FormRespondents } from './respondents.js';
import { stableText } from './stable-text.js';

/** Said in every cohort report, in every format. */
export const COHORT_CAUTION = stableText('cohort.caution');

/** How the statistics are computed, stated in the report itself. */
export const BASIS = stableText('cohort.basis', { correlationFloor: String(CORRELATION_FLOOR), sdFloor: String(SD_FLOOR) });

export interface CohortReportInput {
  /** The main form first: its statistics head the report. */
  forms: readonly FormRespondents[];
  respondents: CohortReport['respondents'];
  /** Per CSV file, what became of its rows; none given, none said. */
  tables?: CohortReport['tables'];
  groupBy?: string;
  minGroup: number;
  subjectColumn: string;
  /** Percentage points between self and others that make a blind spot or a hidden strength. */
  margin: number;
  /** Per-respondent rows: with names (--per-respondent), without (CSV output), or none. */
  people: 'named' | 'anonymous' | 'none';
  /** The floors below which figures are withheld (core/stats/floors.ts); the documented ones unless given (tests). */
  floors?: Floors;
  /** What heads the report; nothing when not given. */
  about?: ReportAbout;
  /** The summary alone, or the summary then the full statistics (the default). */
  detail?: Detail;
}

/** The cohort report model from the respondents read: pure, every number finite or null, the anonymity floor applied. */
export function buildCohortReport(input: CohortReportInput): CohortReport {
  const [main] = input.forms;
  if (!main) throw new RangeError('a cohort report needs at least one questionnaire');
  const named = input.people === 'named';
  const plan = planAnonymity(input.forms, input);
  const forms = input.forms.map((form, f) => formReport(form, f, plan, input.floors));
  const report = {
    ...forms[0]!,
    about: input.about ?? { title: null, programme: null, date: null },
    detail: input.detail ?? 'full',
    caution: COHORT_CAUTION,
    basis: BASIS,
    respondents: input.respondents,
    // A file's name may name a person (sam-patel-360.csv), so the files are listed only where people are named.
    tables: named ? (input.tables ?? []) : [],
    groupBy: input.groupBy === undefined ? null : { column: input.groupBy, minGroup: input.minGroup },
    otherForms: forms.slice(1),
    ...threeSixty(input.forms, plan, input, named),
    people: input.people === 'none' ? null : personRows(input.forms, plan, named),
  };
  // The summary is made from the figures shown, after the anonymity floor, so it shows nothing they hide.
  const importance = shownImportance(main, 0, plan);
  return { ...report, summary: cohortSummary(report, importance && importanceFigures(importance, main.questionnaire, main.importance!.themeIds, report.themes)) };
}
