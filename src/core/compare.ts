import type { UiLanguage } from './i18n/messages.js';
import { cleanPercent } from './score/bands.js';
import type { Questionnaire } from './questionnaire/model.js';
import { presentationOf, type Presentation } from './report/presentation.js';
import type { SectionScore, PersonResult } from './score/result.js';
import { judgeChange, type Reliability, type ReliableChangeJudgement } from './evaluate/reliability.js';

export type Direction = 'up' | 'down' | 'same';
export type ChangeSize = 'negligible' | 'small' | 'moderate' | 'large';

/**
 * Sizes of a change in percentage points (0-100). Under 5 points is about one answer moving one
 * step on one item, too little to read anything into; the other cut-offs are rules of thumb for
 * one person's self-ratings, not tests of significance.
 */
export const CHANGE_SIZES: readonly { size: ChangeSize; below?: number }[] = [{ size: 'negligible', below: 5 }, { size: 'small', below: 10 }, { size: 'moderate', below: 20 }, { size: 'large' }];

/** A change smaller than half a point shows as 0: it has no direction. */
const SAME_WITHIN = 0.5;

export interface SectionChange {
  id: string;
  title: string;
  /** Percent of maximum before and after; null when that result has no score for it. */
  before: number | null;
  after: number | null;
  bandBefore: string | null;
  bandAfter: string | null;
  /** after - before in percentage points, at full precision; null unless both have a score. */
  change: number | null;
  direction: Direction | null;
  size: ChangeSize | null;
  /** Whether the change is read by the RCI (with --reliability, when the cohort's figures allow) or by the rule of thumb of `size`, and why. */
  judgement: ReliableChangeJudgement;
}

export interface ThemeChange extends SectionChange {
  facets: SectionChange[];
}

export interface ComparedResult {
  /** Where the result came from (a file path), as the caller names it. */
  source: string;
  completed: string | null;
}

export interface Comparison {
  questionnaire: { id: string; version: number; title: string };
  before: ComparedResult;
  after: ComparedResult;
  /** Every theme of either result, in the order of the later one; each with its facets. */
  themes: ThemeChange[];
  /** The report JSON the reliable change is judged from (--reliability), or null. */
  reliability: { source: string } | null;
}

/** A comparison with what its renderers need of the questionnaire; its JSON form is `comparison` alone. */
export interface ComparisonReport {
  comparison: Comparison;
  /** The later result's questionnaire's language and bands: the bands the results are in are named by them. */
  presentation: Presentation;
  /**
   * A bilingual comparison's second language (--lang cy,en): the same figures with syslead's words
   * in it and the questionnaire's titles and bands as its form in that language has them.
   */
  alongside?: ComparisonReport;
}

export interface LabelledResult {
  source: string;
  result: PersonResult;
}

/**
 * How two results given for a comparison stand in time: `as-given` (the first was completed
 * first), `swapped` (the second was: they are put in time order), `same-time`, or `undated` (one
 * has no completion date, so the order given is all there is).
 */
export type TimeOrder = 'as-given' | 'swapped' | 'same-time' | 'undated';

/**
 * The two results earlier first, by their completion dates. A comparison reads as the change over
 * time, so a later result given first is never shown as the "before": that would report a rise as
 * a fall.
 */
export function inTimeOrder(first: LabelledResult, second: LabelledResult): { before: LabelledResult; after: LabelledResult; order: TimeOrder } {
  const time = (r: LabelledResult) => (r.result.completed === null ? Number.NaN : Date.parse(r.result.completed));
  const [a, b] = [time(first), time(second)];
  if (Number.isNaN(a) || Number.isNaN(b)) return { before: first, after: second, order: 'undated' };
  if (a > b) return { before: second, after: first, order: 'swapped' };
  return { before: first, after: second, order: a === b ? 'same-time' : 'as-given' };
}

/** The change from one result to a later one of the same questionnaire, per theme and facet. */
export function compareResults(before: LabelledResult, after: LabelledResult, reliability?: Reliability, language: UiLanguage = 'en'): Comparison {
  const a = before.result;
  const b = after.result;
  if (a.questionnaire.id !== b.questionnaire.id) {
    throw new RangeError(`the results are of different questionnaires ("${a.questionnaire.id}" and "${b.questionnaire.id}")`);
  }
  const themes = pairById(a.themes, b.themes).map(
    ([x, y]): ThemeChange => ({
      ...sectionChange(x, y, reliability, language),
      facets: pairById(x?.facets ?? [], y?.facets ?? []).map(([fx, fy]) => sectionChange(fx, fy, reliability, language)),
    }),
  );
  return {
    questionnaire: b.questionnaire,
    before: { source: before.source, completed: a.completed },
    after: { source: after.source, completed: b.completed },
    themes,
    reliability: reliability === undefined ? null : { source: reliability.source },
  };
}

/** The comparison as its renderers take it, with the language and bands of the questionnaire (the later result's copy). */
export function comparisonReport(comparison: Comparison, questionnaire: Pick<Questionnaire, 'language' | 'bands'>, languages?: readonly UiLanguage[]): ComparisonReport {
  return { comparison, presentation: presentationOf(questionnaire, languages) };
}

/**
 * A bilingual comparison (--lang cy,en): the comparison in each of `languages`, the questionnaire's
 * titles and bands in each from `inEach` (the questionnaire in that language: the later result's
 * when there is none, whose titles the results themselves give).
 */
export function bilingualComparison(
  before: LabelledResult,
  after: LabelledResult,
  reliability: Reliability | undefined,
  questionnaire: Questionnaire,
  inEach: readonly [Questionnaire, Questionnaire],
  languages: readonly [UiLanguage, UiLanguage],
): ComparisonReport {
  const [inFirst, inSecond] = inEach;
  const titled = (c: Comparison, q: Questionnaire) => (q === questionnaire ? c : titledIn(c, q));
  return {
    comparison: titled(compareResults(before, after, reliability, languages[0]), inFirst),
    presentation: presentationOf(inFirst, languages),
    alongside: { comparison: titled(compareResults(before, after, reliability, languages[1]), inSecond), presentation: presentationOf(inSecond, [languages[1]]) },
  };
}

/** A comparison with the questionnaire's titles (its own, its themes' and facets') from `q`, the same questionnaire in another language. */
function titledIn(c: Comparison, q: Questionnaire): Comparison {
  const titles = new Map<string, string>(q.themes.flatMap((t) => [[t.id, t.title] as const, ...t.facets.map((f) => [f.id, f.title] as const)]));
  const retitled = <T extends SectionChange>(g: T): T => ({ ...g, title: titles.get(g.id) ?? g.title });
  return { ...c, questionnaire: { ...c.questionnaire, title: q.title }, themes: c.themes.map((t) => ({ ...retitled(t), facets: t.facets.map(retitled) })) };
}

/** Direction and size of a change in percentage points. */
export function describeChange(change: number): { direction: Direction; size: ChangeSize } {
  const magnitude = Math.abs(change);
  const direction: Direction = magnitude < SAME_WITHIN ? 'same' : change > 0 ? 'up' : 'down';
  const size = CHANGE_SIZES.find((s) => s.below === undefined || magnitude < s.below)!.size;
  return { direction, size };
}

function sectionChange(x: SectionScore | undefined, y: SectionScore | undefined, reliability: Reliability | undefined, language: UiLanguage): SectionChange {
  const before = x?.percent ?? null;
  const after = y?.percent ?? null;
  const change = before === null || after === null ? null : cleanPercent(after - before);
  return {
    id: (y ?? x)!.id,
    title: (y ?? x)!.title,
    before,
    after,
    bandBefore: x?.band ?? null,
    bandAfter: y?.band ?? null,
    change,
    ...(change === null ? { direction: null, size: null } : describeChange(change)),
    judgement: judgeChange((y ?? x)!.id, x?.score ?? null, y?.score ?? null, reliability, language),
  };
}

/** Sections of two lists matched by id: the later list's order, then any found only in the earlier. */
function pairById<T extends { id: string }>(earlier: readonly T[], later: readonly T[]): [T | undefined, T | undefined][] {
  const earlierById = new Map(earlier.map((g) => [g.id, g] as const));
  const laterIds = new Set(later.map((g) => g.id));
  return [...later.map((g): [T | undefined, T] => [earlierById.get(g.id), g]), ...earlier.filter((g) => !laterIds.has(g.id)).map((g): [T, undefined] => [g, undefined])];
}
