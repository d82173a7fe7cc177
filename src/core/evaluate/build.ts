import type { Questionnaire } from '../questionnaire/model.js';
import type { FormRespondents } from '../report/respondents.js';
import { CohortTally } from '../stats/cohort-tally.js';
import { tallyStatistics } from '../stats/cohort-statistics.js';
import { textKey } from '../text-key.js';
import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import { presentationOf, type Presentation } from '../report/presentation.js';
import { effectSize, pairedT, rciClass, RCI_CRITERION, reliableChangeSe, sampleSd, type ChangeClass } from './paired.js';

/** How match keys are compared, said in every format. */
export const keyRule = (language: UiLanguage) => sayIn(language, 'evaluate.keyRule');

/** What the figures are on, said in every format. */
export const basis = (language: UiLanguage) => sayIn(language, 'evaluate.basis');

export const rciMethod = (language: UiLanguage) => sayIn(language, 'evaluate.method.rci', { criterion: String(RCI_CRITERION) });

export const dzMethod = (language: UiLanguage) => sayIn(language, 'evaluate.method.dz');

export const tMethod = (language: UiLanguage) => sayIn(language, 'evaluate.method.t');

/** One wave's respondents as matching saw them. */
export interface WaveMatching {
  /** Respondents of the questionnaire evaluated, read in this wave. */
  respondents: number;
  /** Without a value in the match column: cannot be matched. */
  withoutKey: number;
  /** Respondents sharing a key with another of the same wave: none of them is matched. */
  duplicated: number;
  /** Distinct keys met more than once. */
  duplicateKeys: number;
  matched: number;
  /** With a key found once here and not in the other wave. */
  unmatched: number;
  /** With a key found once here that the other wave holds twice or more: not matched. */
  duplicatedInOther: number;
}

export interface Matching {
  column: string;
  rule: string;
  matched: number;
  before: WaveMatching;
  after: WaveMatching;
}

export interface PairedChange {
  estimate: number;
  ciLower: number;
  ciUpper: number;
  statistic: number;
  df: number;
  pValue: number;
  sdDiff: number;
}

export interface ReliableChange {
  baselineSd: number;
  alpha: number;
  /** SD_before * sqrt(2) * sqrt(1 - alpha), in percentage points. */
  seDiff: number;
  improved: number;
  noReliableChange: number;
  declined: number;
}

export interface SectionEvaluation {
  id: string;
  title: string;
  kind: 'theme' | 'facet';
  /** The theme a facet is of; null for a theme. */
  theme: string | null;
  /** Matched people with a score for it in both waves. */
  pairs: number;
  meanBefore: number | null;
  meanAfter: number | null;
  change: PairedChange | null;
  /** Why change is null. */
  changeWithheld: string | null;
  effect: { dz: number; ciLower: number; ciUpper: number } | null;
  effectWithheld: string | null;
  reliableChange: ReliableChange | null;
  reliableChangeWithheld: string | null;
}

export interface PersonSectionChange {
  id: string;
  before: number | null;
  after: number | null;
  change: number | null;
  rci: number | null;
  class: ChangeClass | null;
}

export interface PersonEvaluation {
  /** Their respondent name if either wave gives one, else their key. */
  name: string;
  key: string;
  sections: PersonSectionChange[];
}

/** The evaluation as its JSON gives it. */
export interface EvaluationFigures {
  kind: 'evaluation';
  questionnaire: { id: string; version: number; title: string; language: string };
  before: { sources: string[] };
  after: { sources: string[] };
  matching: Matching;
  basis: string;
  methods: { change: string; effect: string; reliableChange: string };
  minGroup: number;
  /** Why every figure is withheld (fewer matched people than the floor), else null. */
  withheld: string | null;
  sections: SectionEvaluation[];
  /** With --per-respondent only: matched people, by name. Null otherwise. */
  people: PersonEvaluation[] | null;
}

/** The evaluation as its renderers take it. */
export interface Evaluation extends EvaluationFigures {
  /** The language of the questionnaire's texts and of syslead's words (the texts above are in the first); not in the JSON. */
  presentation: Presentation;
  /**
   * A bilingual evaluation's second language (--lang cy,en): the same figures with syslead's words
   * (reasons, methods, notes) in `presentation.languages[1]` and the questionnaire's titles from the
   * questionnaire in that language when there is one. Renderers walk the two in step.
   */
  alongside?: Evaluation;
}

interface WaveRow {
  key: string;
  name: string | undefined;
  percents: Float64Array;
}

/** A wave's kept rows by key: unique keys only, the rest counted. */
function waveRows(form: FormRespondents): { byKey: Map<string, WaveRow>; duplicates: Set<string>; counts: Omit<WaveMatching, 'matched' | 'unmatched' | 'duplicatedInOther'>; all: Float64Array[] } {
  const rows = new Map<string, WaveRow[]>();
  const all: Float64Array[] = [];
  let withoutKey = 0;
  for (let i = 0; i < form.kept.size; i++) {
    const percents = Float64Array.from(form.figuresOf(form.kept, i).percents);
    all.push(percents);
    const group = form.keptGroup(i);
    if (group < 0) {
      withoutKey++;
      continue;
    }
    const key = textKey(form.groups.names[group]!);
    const list = rows.get(key) ?? rows.set(key, []).get(key)!;
    list.push({ key: form.groups.names[group]!, name: form.names.at(i), percents });
  }
  const byKey = new Map<string, WaveRow>();
  const duplicates = new Set<string>();
  let duplicated = 0;
  let duplicateKeys = 0;
  for (const [key, list] of rows) {
    if (list.length === 1) byKey.set(key, list[0]!);
    else {
      duplicated += list.length;
      duplicateKeys++;
      duplicates.add(key);
    }
  }
  return { byKey, duplicates, counts: { respondents: form.kept.size, withoutKey, duplicated, duplicateKeys }, all };
}

/** Keys met once in a wave and not matched: absent from the other wave, or met there more than once. */
function unmatchedOf(byKey: Map<string, WaveRow>, other: { byKey: Map<string, WaveRow>; duplicates: Set<string> }): { unmatched: number; duplicatedInOther: number } {
  let unmatched = 0;
  let duplicatedInOther = 0;
  for (const key of byKey.keys()) {
    if (other.byKey.has(key)) continue;
    if (other.duplicates.has(key)) duplicatedInOther++;
    else unmatched++;
  }
  return { unmatched, duplicatedInOther };
}

export interface EvaluateOptions {
  matchBy: string;
  minGroup: number;
  perRespondent: boolean;
  beforeSources: string[];
  afterSources: string[];
  /** The language of the evaluation's words (its reasons, methods and notes): English for JSON. */
  language?: UiLanguage;
}

/**
 * The change of one cohort between two waves of one questionnaire, people matched by a key
 * column (read as the forms' --group-by groups, every row kept). Per theme and facet: the paired
 * t, d_z with its CI, and reliable change per person from BEFORE's SD and alpha.
 */
export function evaluate(before: FormRespondents, after: FormRespondents, options: EvaluateOptions): Evaluation {
  const q = before.questionnaire;
  const language = options.language ?? 'en';
  const b = waveRows(before);
  const a = waveRows(after);
  const pairs: [WaveRow, WaveRow][] = [];
  for (const [key, row] of b.byKey) {
    const other = a.byKey.get(key);
    if (other) pairs.push([row, other]);
  }
  const matched = pairs.length;
  const matching: Matching = {
    column: options.matchBy,
    rule: keyRule(language),
    matched,
    before: { ...b.counts, matched, ...unmatchedOf(b.byKey, a) },
    after: { ...a.counts, matched, ...unmatchedOf(a.byKey, b) },
  };

  // Baseline reliability: the whole BEFORE cohort, as its report would show it.
  const tally = new CohortTally(before.layout);
  for (let i = 0; i < before.kept.size; i++) {
    const f = before.figuresOf(before.kept, i);
    tally.add(f.keyed, f.scores, f.percents, i);
  }
  const stats = tallyStatistics(tally);
  const alphaOf = new Map<string, number | null>();
  for (const theme of stats) {
    alphaOf.set(theme.id, theme.alpha);
    for (const facet of theme.facets) alphaOf.set(facet.id, facet.alpha);
  }

  const withheld = matched < options.minGroup ? sayIn(language, 'evaluate.withheld.floor', { matched: String(matched), floor: String(options.minGroup) }) : null;
  const sectionInfo = q.themes.flatMap((theme) => [
    { id: theme.id, title: theme.title, kind: 'theme' as const, theme: null },
    ...theme.facets.map((facet) => ({ id: facet.id, title: facet.title, kind: 'facet' as const, theme: theme.id })),
  ]);
  const ids = before.scorer.sectionIds;
  const people: PersonEvaluation[] = pairs.map(([x, y]) => ({ name: y.name ?? x.name ?? y.key, key: y.key, sections: [] }));
  const sections = sectionInfo.map((info): SectionEvaluation => {
    const g = ids.indexOf(info.id);
    const xs: number[] = [];
    const ys: number[] = [];
    const baseline = b.all.map((p) => p[g]!).filter((v) => v === v);
    const baselineSd = baseline.length > 1 ? sampleSd(baseline) : null;
    const se = reliableChangeSe(baselineSd, alphaOf.get(info.id) ?? null, language);
    let improved = 0;
    let declined = 0;
    let noChange = 0;
    pairs.forEach(([x, y], p) => {
      const bx = x.percents[g]!;
      const ay = y.percents[g]!;
      const both = bx === bx && ay === ay;
      const change = both ? ay - bx : null;
      const rci = change !== null && typeof se === 'number' ? change / se : null;
      if (both) {
        xs.push(bx);
        ys.push(ay);
      }
      if (rci !== null) {
        const c = rciClass(rci);
        if (c === 'improved') improved++;
        else if (c === 'declined') declined++;
        else noChange++;
      }
      people[p]!.sections.push({ id: info.id, before: bx === bx ? bx : null, after: ay === ay ? ay : null, change, rci, class: rci === null ? null : rciClass(rci) });
    });
    const n = xs.length;
    const empty = { ...info, pairs: n, meanBefore: null, meanAfter: null, change: null, effect: null, reliableChange: null };
    if (withheld !== null) return { ...empty, changeWithheld: withheld, effectWithheld: withheld, reliableChangeWithheld: withheld };
    if (n < options.minGroup) {
      const reason = sayIn(language, 'evaluate.withheld.sectionFloor', { pairs: String(n), floor: String(options.minGroup) });
      return { ...empty, changeWithheld: reason, effectWithheld: reason, reliableChangeWithheld: reason };
    }
    const t = pairedT(xs, ys, language);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    return {
      ...info,
      pairs: n,
      meanBefore: mean(xs),
      meanAfter: mean(ys),
      change: 'withheld' in t ? null : { estimate: t.estimate, ciLower: t.ciLower, ciUpper: t.ciUpper, statistic: t.statistic, df: t.df, pValue: t.pValue, sdDiff: t.sdDiff },
      changeWithheld: 'withheld' in t ? t.withheld : null,
      effect: 'withheld' in t ? null : effectSize(t),
      effectWithheld: 'withheld' in t ? t.withheld : null,
      reliableChange: typeof se === 'number' ? { baselineSd: baselineSd!, alpha: alphaOf.get(info.id)!, seDiff: se, improved, noReliableChange: noChange, declined } : null,
      reliableChangeWithheld: typeof se === 'number' ? null : se.withheld,
    };
  });
  return {
    kind: 'evaluation',
    questionnaire: { id: q.id, version: q.version, title: q.title, language: q.language },
    before: { sources: options.beforeSources },
    after: { sources: options.afterSources },
    matching,
    basis: basis(language),
    methods: { change: tMethod(language), effect: dzMethod(language), reliableChange: rciMethod(language) },
    minGroup: options.minGroup,
    withheld,
    sections,
    people: options.perRespondent && withheld === null ? people : null,
    presentation: presentationOf(q, [language]),
  };
}

/**
 * A bilingual evaluation (--lang cy,en): the figures of `evaluate` with syslead's words in both
 * `languages`, the questionnaire's titles in each from `inEach` (the questionnaire in that language:
 * the form answered when there is none). The figures are the form answered's.
 */
export function evaluateBilingual(before: FormRespondents, after: FormRespondents, options: EvaluateOptions, inEach: readonly [Questionnaire, Questionnaire], languages: readonly [UiLanguage, UiLanguage]): Evaluation {
  const [inFirst, inSecond] = inEach;
  const first = titledIn(evaluate(before, after, { ...options, language: languages[0] }), inFirst);
  const other = titledIn(evaluate(before, after, { ...options, language: languages[1] }), inSecond);
  const alongside: Evaluation = { ...other, presentation: presentationOf(inSecond, [languages[1]]) };
  return { ...first, presentation: presentationOf(inFirst, languages), alongside };
}

/** An evaluation with the questionnaire's titles (its own, its themes' and facets') taken from `q`, the same questionnaire in another language. */
function titledIn(evaluation: Evaluation, q: Questionnaire): Evaluation {
  const titles = new Map<string, string>(q.themes.flatMap((t) => [[t.id, t.title] as const, ...t.facets.map((f) => [f.id, f.title] as const)]));
  return {
    ...evaluation,
    questionnaire: { ...evaluation.questionnaire, title: q.title },
    sections: evaluation.sections.map((s) => ({ ...s, title: titles.get(s.id) ?? s.title })),
  };
}
