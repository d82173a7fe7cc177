import type { RaterRole } from '../answers/schema.js';
import type { SectionStatistics, ItemCohortStatistics } from '../stats/cohort-statistics.js';
import type { ItemExtras, SectionCorrelation, SectionExtras } from '../stats/section-extras.js';

// The cohort report model: what `syslead report` shows, the same in every format (the JSON
// schema in ./cohort-schema.ts mirrors it). ./cohort-build.ts builds it.

export interface ItemFigures extends ItemCohortStatistics, ItemExtras {
  text: string;
  reverseKeyed: boolean;
}

/** A theme's or facet's cohort figures: person scores, bands, percents, alpha and its items. */
export interface CohortSectionFigures extends Omit<SectionStatistics, 'items'>, Omit<SectionExtras, 'items'> {
  /** Mean of the respondents' percents of maximum possible. */
  meanPercent: number | null;
  /** Respondents with a score per ten-point bin of percent, lowest first (the last bin includes 100). */
  distribution: number[];
  items: ItemFigures[];
}

export interface ThemeFigures extends CohortSectionFigures {
  facets: CohortSectionFigures[];
}

/** A group of respondents (--group-by) at or above the anonymity floor. */
export interface GroupFigures {
  name: string;
  n: number;
  /** Groups under the floor pooled into this one (only in `other`). */
  pooled: number;
  themes: ThemeFigures[];
}

/** One questionnaire's statistics: the main form at the top of the report, other forms (a 360's observer form) beside it. */
export interface FormFigures {
  questionnaire: { id: string; version: number; title: string };
  /** Respondents scored with this questionnaire. */
  scored: number;
  bands: { id: string; label: string }[];
  themes: ThemeFigures[];
  /** Every pair of themes and facets: their person scores' correlation, raw and corrected for attenuation. */
  correlations: SectionCorrelation[];
  /** Items with a negative r.drop in a theme or facet: probably keyed the wrong way. */
  negativeItems: NegativeItemFigures[];
  groups: GroupFigures[];
  /**
   * Respondents the anonymity floor hides (in a hidden group, or a hidden rater group of a 360):
   * they are in no figure at all, this form's own included, since subtracting the rest would give
   * them back.
   */
  hidden: { respondents: number };
  /** Groups left out by the anonymity floor even after pooling, and their respondents. */
  hiddenGroups: { groups: number; respondents: number };
}

export interface NegativeItemFigures {
  section: string;
  sectionTitle: string;
  item: string;
  text: string;
  rDrop: number;
}

export interface RaterGroupFigures {
  role: RaterRole;
  n: number;
  /** Mean percent of the group's raters with a score. */
  percent: number | null;
  /** Why percent is null, when it is. */
  reasons: Record<string, string>;
}

export type Finding = 'blind-spot' | 'hidden-strength';

export interface SubjectThemeFigures {
  id: string;
  title: string;
  /** The subject's own percent (the mean when they rated themselves more than once). */
  self: number | null;
  /** Mean percent of the other raters shown (every rater group that is shown). */
  others: number | null;
  othersN: number;
  raterGroups: RaterGroupFigures[];
  /** self - others, in percentage points. */
  difference: number | null;
  /** blind-spot: self above others by more than the margin; hidden-strength: below by more. */
  finding: Finding | null;
  /** Figure name -> why it is null (self, others, difference). */
  reasons: Record<string, string>;
}

export interface SubjectFigures {
  /** With names (--per-respondent), as in the inputs; otherwise "Subject 1", "Subject 2"... */
  name: string;
  selfRatings: number;
  /** Other raters counted (those in rater groups shown). */
  raters: number;
  /** Other raters left out by the anonymity floor. */
  hiddenRaters: number;
  themes: SubjectThemeFigures[];
}

export interface PersonScore {
  score: number | null;
  percent: number | null;
  band: string | null;
}

/** One respondent's scores. Names, subjects and sources only with --per-respondent. */
export interface PersonRow {
  questionnaire: string;
  /**
   * 1-based, within the questionnaire's respondents: in the order read with --per-respondent,
   * else in the order of their group, role and figures (see `unordered`).
   */
  row: number;
  respondent: string | null;
  subject: string | null;
  source: string | null;
  role: RaterRole;
  /** The group as reported (after pooling; null when hidden or not grouped), or the value itself with --per-respondent. */
  group: string | null;
  /** Theme and facet id -> score. */
  scores: Record<string, PersonScore>;
}

/** What the report is about, heading every format (--title, --programme, --date, --about FILE). */
export interface ReportAbout {
  title: string | null;
  programme: string | null;
  date: string | null;
}

/** A theme or facet in the summary: its mean percent always with its n. */
export interface SummaryArea {
  id: string;
  title: string;
  kind: 'theme' | 'facet';
  n: number;
  meanPercent: number | null;
  /** Why meanPercent is null, when it is. */
  reasons: Record<string, string>;
}

export interface StatementAgreement {
  id: string;
  text: string;
  n: number;
  reverseKeyed: boolean;
  /** Percent of those who answered at the top two points of the scale (see agreementBasis). */
  agreement: number | null;
}

/** A theme's mean importance to the role against its mean score, in the summary (./cohort-importance.ts). */
export interface SummaryImportance {
  id: string;
  title: string;
  /** Importance answers given for the theme. */
  importanceN: number;
  /** Their mean as a percent of the importance scale; null when nobody answered. */
  importancePercent: number | null;
  /** Respondents with a score for the theme. */
  n: number;
  meanPercent: number | null;
  /** importancePercent - meanPercent, in percentage points. */
  gap: number | null;
  reasons: Record<string, string>;
}

/** A theme of the cohort's 360 as a whole: the subjects' own percents against their colleagues'. */
export interface SummarySelfOthers {
  id: string;
  title: string;
  /** Subjects with both a self percent and an others' percent shown for the theme. */
  subjects: number;
  /** The other raters in those subjects' others' percents. */
  raters: number;
  /** Mean over those subjects of their own percent, and of their others' percent. */
  self: number | null;
  others: number | null;
  /** self - others, in percentage points. */
  difference: number | null;
  reasons: Record<string, string>;
}

/** The plain-English summary that opens the report (./cohort-summary.ts). */
export interface CohortSummary {
  participants: { scored: number; hidden: number; subjects: number; raters: number };
  areas: SummaryArea[];
  strongest: SummaryArea[];
  growth: SummaryArea[];
  mostAgreement: StatementAgreement[];
  leastAgreement: StatementAgreement[];
  agreementBasis: string;
  /** Null when the questionnaire does not ask how important each theme is. */
  priorities: { themes: SummaryImportance[]; shared: SummaryImportance[]; basis: string } | null;
  /** Null without 360 feedback. */
  selfOthers: { themes: SummarySelfOthers[]; basis: string } | null;
  limits: string[];
  /** Why priorities or selfOthers is null, when it is. */
  reasons: Record<string, string>;
}

/** How much a report shows (--detail): the summary alone, or the summary then the full statistics as an appendix. */
export const DETAILS = ['summary', 'full'] as const;
export type Detail = (typeof DETAILS)[number];

export interface CohortReport extends FormFigures {
  about: ReportAbout;
  /** What the report shows: the model always holds the full statistics; with `summary` its renderers show only the summary. */
  detail: Detail;
  summary: CohortSummary;
  caution: string;
  basis: string;
  respondents: { read: number; scored: number; skipped: number; reasons: Record<string, number> };
  /**
   * Per CSV file read, in input order, what became of its rows: they add up to its lines that are not
   * empty. Only with named people (--per-respondent): a file's name may name someone.
   */
  tables: ({ file: string } & CohortReport['respondents'])[];
  groupBy: { column: string; minGroup: number } | null;
  otherForms: FormFigures[];
  threeSixty: { subjectColumn: string; margin: number; minGroup: number } | null;
  subjects: SubjectFigures[];
  people: PersonRow[] | null;
}
