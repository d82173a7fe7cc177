import { RATER_ROLES, type RaterRole } from '../answers/schema.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { dictionary } from '../dictionary.js';
import { cleanPercent } from '../score/bands.js';
import { finite } from '../stats/alpha.js';
import { cohortStatistics, type GroupCohortStatistics, type ItemCohortStatistics } from '../stats/cohort-statistics.js';
import { allRows, type ItemMatrix } from '../stats/matrix.js';
import { NOT_GIVEN, planAnonymity, type AnonymityPlan, type Rating } from './disclosure.js';
import type { FormRespondents } from './respondents.js';
import { byCodePoint } from '../code-point-order.js';

/** Said in every cohort report, in every format. */
export const COHORT_CAUTION = 'A tool for reflection, not a validated measure: use these figures to talk about practice across the group, never to rank, select or appraise people.';

/** How the statistics are computed, stated in the report itself. */
export const BASIS =
  'Statistics as R\'s psych package computes them by default: items reverse-keyed first, on their declared scale; Cronbach\'s alpha as psych::alpha() on pairwise-complete covariances (each pair of items over the respondents who answered both); person scores as scoreItems(impute = "none"), from the answered items only; sample standard deviations (n - 1). Percents are of the maximum possible (POMP).';

/** Respondents per ten-point bin of percent: [0, 10), [10, 20), ... [90, 100]. */
export const DISTRIBUTION_BINS = 10;

export interface ItemFigures extends ItemCohortStatistics {
  text: string;
  reverseKeyed: boolean;
}

/** A theme's or facet's cohort figures: person scores, bands, percents, alpha and its items. */
export interface GroupFigures extends Omit<GroupCohortStatistics, 'items'> {
  /** Mean of the respondents' percents of maximum possible. */
  meanPercent: number | null;
  /** Respondents with a score per ten-point bin of percent, lowest first (the last bin includes 100). */
  distribution: number[];
  items: ItemFigures[];
}

export interface ThemeFigures extends GroupFigures {
  facets: GroupFigures[];
}

/** A group of respondents (--group-by) at or above the anonymity floor. */
export interface GroupReport {
  name: string;
  n: number;
  /** Groups under the floor pooled into this one (only in `other`). */
  pooled: number;
  themes: ThemeFigures[];
}

/** One questionnaire's statistics: the main form at the top of the report, other forms (a 360's observer form) beside it. */
export interface FormReport {
  questionnaire: { id: string; version: number; title: string };
  /** Respondents scored with this questionnaire. */
  scored: number;
  bands: { id: string; label: string }[];
  themes: ThemeFigures[];
  groups: GroupReport[];
  /**
   * Respondents the anonymity floor hides (in a hidden group, or a hidden rater group of a 360):
   * they are in no figure at all, this form's own included, since subtracting the rest would give
   * them back.
   */
  hidden: { respondents: number };
  /** Groups left out by the anonymity floor even after pooling, and their respondents. */
  hiddenGroups: { groups: number; respondents: number };
}

export interface RaterGroupFigures {
  role: RaterRole;
  n: number;
  /** Mean percent of the group's raters with a score. */
  percent: number | null;
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
}

export interface SubjectReport {
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

export interface CohortReport extends FormReport {
  caution: string;
  basis: string;
  respondents: { read: number; scored: number; skipped: number; reasons: Record<string, number> };
  groupBy: { column: string; minGroup: number } | null;
  otherForms: FormReport[];
  threeSixty: { subjectColumn: string; margin: number; minGroup: number } | null;
  subjects: SubjectReport[];
  people: PersonRow[] | null;
}

export interface CohortReportInput {
  /** The main form first: its statistics head the report. */
  forms: readonly FormRespondents[];
  respondents: CohortReport['respondents'];
  groupBy?: string;
  minGroup: number;
  subjectColumn: string;
  /** Percentage points between self and others that make a blind spot or a hidden strength. */
  margin: number;
  /** Per-respondent rows: with names (--per-respondent), without (CSV output), or none. */
  people: 'named' | 'anonymous' | 'none';
}

/** The cohort report model from the respondents read: pure, every number finite or null, the anonymity floor applied. */
export function buildCohortReport(input: CohortReportInput): CohortReport {
  const [main] = input.forms;
  if (!main) throw new RangeError('a cohort report needs at least one questionnaire');
  const named = input.people === 'named';
  const plan = planAnonymity(input.forms, input);
  const forms = input.forms.map((form, f) => formReport(form, f, plan));
  return {
    ...forms[0]!,
    caution: COHORT_CAUTION,
    basis: BASIS,
    respondents: input.respondents,
    groupBy: input.groupBy === undefined ? null : { column: input.groupBy, minGroup: input.minGroup },
    otherForms: forms.slice(1),
    ...threeSixty(input.forms, plan, input, named),
    people: input.people === 'none' ? null : people(input.forms, plan, named),
  };
}

function formReport(form: FormRespondents, f: number, plan: AnonymityPlan): FormReport {
  const q = form.questionnaire;
  const hidden = plan.hidden[f]!;
  const hiddenCount = hidden.reduce((n, h) => n + h, 0);
  // A hidden respondent is in no figure: with a row of their own for everyone shown (the CSV),
  // whatever included them could be subtracted back to them.
  const rows = hiddenCount === 0 ? allRows(form.size) : Int32Array.from(hidden.keys()).filter((row) => hidden[row] === 0);
  const floored = plan.groups[f];
  return {
    questionnaire: { id: q.id, version: q.version, title: q.title },
    scored: form.size,
    bands: q.bands.map((b) => ({ id: b.id, label: b.label })),
    themes: themeFigures(form, rows),
    hidden: { respondents: hiddenCount },
    groups: (floored?.shown ?? []).map((g) => ({ name: g.name, n: g.members.length, pooled: g.pooled, themes: themeFigures(form, Int32Array.from(g.members)) })),
    hiddenGroups: { groups: floored?.hidden.groups ?? 0, respondents: floored?.hidden.members ?? 0 },
  };
}

/** cohortStatistics over the rows, with each group's percents and the items' texts added. */
function themeFigures(form: FormRespondents, rows: Int32Array): ThemeFigures[] {
  const percents = form.percentMatrix();
  const column = new Map(form.scorer.groupIds.map((id, i) => [id, i] as const));
  const itemOf = new Map(form.scorer.scoredItems.map((item) => [item.id, item] as const));
  const figures = (stats: GroupCohortStatistics): GroupFigures => ({
    ...stats,
    ...percentSummary(percents, column.get(stats.id)!, rows),
    items: stats.items.map((item) => {
      const scored = itemOf.get(item.id)!;
      return { ...item, text: scored.text, reverseKeyed: scored.keyed === 'minus' };
    }),
  });
  return cohortStatistics(form.cohort, rows).map((theme) => ({ ...figures(theme), facets: theme.facets.map(figures) }));
}

function percentSummary(percents: ItemMatrix, column: number, rows: ArrayLike<number>): { meanPercent: number | null; distribution: number[] } {
  const distribution = new Array<number>(DISTRIBUTION_BINS).fill(0);
  let sum = 0;
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const percent = percents.values[rows[r]! * percents.columns + column]!;
    if (Number.isNaN(percent)) continue;
    sum += percent;
    n++;
    distribution[Math.min(DISTRIBUTION_BINS - 1, Math.floor(cleanPercent(percent) / (100 / DISTRIBUTION_BINS)))]!++;
  }
  return { meanPercent: n === 0 ? null : finite(sum / n), distribution };
}

/**
 * The 360 view: per subject named in the inputs, each theme of the main form with the subject's own
 * percent against the mean of the others', by rater group, as the anonymity plan lets them through.
 * Forms are joined by theme id on the percent of maximum, which compares across forms and scales.
 * Without names, subjects are "Subject 1", "Subject 2"... in the order of their figures, so that
 * neither their names nor the order of the inputs can tell who is who.
 */
function threeSixty(forms: readonly FormRespondents[], plan: AnonymityPlan, input: CohortReportInput, named: boolean): Pick<CohortReport, 'threeSixty' | 'subjects'> {
  if (plan.subjects.length === 0) return { threeSixty: null, subjects: [] };
  const main = forms[0]!;
  const percentsOf = forms.map((form) => form.percentMatrix());
  const columnsOf = forms.map((form) => new Map(form.scorer.groupIds.map((id, i) => [id, i] as const)));
  const meanPercent = (ratings: readonly Rating[], themeId: string): { n: number; mean: number | null } => {
    let sum = 0;
    let n = 0;
    for (const { form, row } of ratings) {
      const column = columnsOf[form]!.get(themeId);
      if (column === undefined) continue;
      const matrix = percentsOf[form]!;
      const percent = matrix.values[row * matrix.columns + column]!;
      if (Number.isNaN(percent)) continue;
      sum += percent;
      n++;
    }
    return { n, mean: n === 0 ? null : finite(sum / n) };
  };

  const reports = plan.subjects.map((subject): SubjectReport => {
    const everyone = subject.shown.flatMap((g) => g.ratings);
    return {
      name: subject.name,
      selfRatings: subject.self.length,
      raters: everyone.length,
      hiddenRaters: subject.hiddenRaters,
      themes: main.questionnaire.themes.map((theme): SubjectThemeFigures => {
        const self = meanPercent(subject.self, theme.id).mean;
        const rest = meanPercent(everyone, theme.id);
        const difference = self === null || rest.mean === null ? null : finite(self - rest.mean);
        return {
          id: theme.id,
          title: theme.title,
          self,
          others: rest.mean,
          othersN: rest.n,
          raterGroups: subject.shown.map((g) => {
            const figures = meanPercent(g.ratings, theme.id);
            return { role: g.role, n: figures.n, percent: figures.mean };
          }),
          difference,
          finding: findingFor(difference, input.margin),
        };
      }),
    };
  });
  return { threeSixty: { subjectColumn: input.subjectColumn, margin: input.margin, minGroup: input.minGroup }, subjects: named ? reports : unnamed(reports) };
}

/** Subjects labelled by number, ordered by what the report shows of them (nothing else), so the order tells nothing more. */
function unnamed(subjects: SubjectReport[]): SubjectReport[] {
  const keyed = subjects.map((s) => ({ s, key: JSON.stringify({ ...s, name: '' }) }));
  keyed.sort((a, b) => byCodePoint(a.key, b.key));
  return keyed.map(({ s }, i) => ({ ...s, name: `Subject ${i + 1}` }));
}

/** A blind spot or hidden strength when self and others differ by more than the margin (noise removed first). */
export function findingFor(difference: number | null, margin: number): Finding | null {
  if (difference === null) return null;
  const d = cleanPercent(difference);
  return d > margin ? 'blind-spot' : d < -margin ? 'hidden-strength' : null;
}

/**
 * Per-respondent rows. Named (--per-respondent): every respondent as read. Unnamed: only the
 * respondents the report shows, each with the group and rater group it is shown in, so a row can
 * never stand for a respondent the floor hides, nor a pooled rater under their own role.
 */
function people(forms: readonly FormRespondents[], plan: AnonymityPlan, named: boolean): PersonRow[] {
  return forms.flatMap((form, f) => {
    const percents = form.percentMatrix();
    const scores = form.cohort.groupScores();
    const q: Questionnaire = form.questionnaire;
    const ids = form.scorer.groupIds;
    const floored = plan.groups[f];
    const reported = new Map<number, string>();
    for (const group of floored?.shown ?? []) for (const row of group.members) reported.set(row, group.name);
    const rows: PersonRow[] = [];
    for (let row = 0; row < form.size; row++) {
      if (!named && plan.hidden[f]![row] === 1) continue;
      const group = form.groupOf[row]!;
      const subject = form.subjectOf[row]!;
      const own = dictionary<PersonScore>();
      ids.forEach((id, g) => {
        const score = scores.values[row * scores.columns + 2 * g]!;
        const band = scores.values[row * scores.columns + 2 * g + 1]!;
        const percent = percents.values[row * percents.columns + g]!;
        own[id] = { score: finite(score), percent: finite(percent), band: Number.isNaN(band) ? null : q.bands[band]!.id };
      });
      const role = RATER_ROLES[form.roles[row]!]!;
      rows.push({
        questionnaire: q.id,
        row: row + 1,
        respondent: named ? (form.names[row] ?? null) : null,
        subject: named && subject >= 0 ? form.subjects.names[subject]! : null,
        source: named ? (form.sources[row] ?? null) : null,
        role: named ? role : (plan.shownRole[f]![row] ?? role),
        group: named ? (group >= 0 ? form.groups.names[group]! : floored ? NOT_GIVEN : null) : (reported.get(row) ?? null),
        scores: own,
      });
    }
    return named ? rows : unordered(rows, ids);
  });
}

/**
 * Rows without names in an order of their own figures, numbered afresh: neither the order of the
 * file nor a gap where a hidden respondent was can point at who is who.
 */
function unordered(rows: PersonRow[], ids: readonly string[]): PersonRow[] {
  const key = (p: PersonRow) => [p.group ?? '', RATER_ROLES.indexOf(p.role), ...ids.map((id) => p.scores[id]!.percent ?? -1)] as const;
  const compare = (a: PersonRow, b: PersonRow) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      return typeof x[i] === 'number' ? (x[i] as number) - (y[i] as number) : byCodePoint(String(x[i]), String(y[i]));
    }
    return 0;
  };
  return rows.sort(compare).map((p, i) => ({ ...p, row: i + 1 }));
}
