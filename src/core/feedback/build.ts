import { ownValue } from '../dictionary.js';
import type { UiLanguage } from '../i18n/messages.js';
import { sayIn, speakingNow } from '../i18n/voice.js';
import { presentationOf } from '../report/presentation.js';
import type { Facet, Questionnaire, Reflection, ScoredItem, Theme } from '../questionnaire/model.js';
import { findingFor } from '../report/cohort-360.js';
import { bandFor, cleanPercent } from '../score/bands.js';
import { developmentPriorities } from '../score/priorities.js';
import type { ThemeScore } from '../score/result.js';
import { agreementReading, rwg } from './agreement.js';
import { commentsByTheme } from './comments.js';
import { coachingQuestions, howToRead, notAppraisal } from './content.js';
import { groupLabel, planRaters, type RaterPlan } from './raters.js';
import { mean, sampleVariance, sectionPercents, statementAnswers } from './rating-figures.js';
import type { FeedbackReport, GroupFigures, OthersFigures, PointCount, SectionFeedback, StatementFeedback, StatementRef, ThemeFeedback, ThemeRef } from './schema.js';
import type { Rating, SubjectRatings } from './subjects.js';

export interface FeedbackSettings {
  /** The anonymity floor (--min-group): every group but the manager needs this many raters. */
  minGroup: number;
  /** Percentage points between self and others that make a blind spot or a hidden strength (--margin). */
  margin: number;
}

/** At most this many statements are named as others' highest, lowest, and as the largest gaps each way. */
export const STATEMENTS_NAMED = 3;
/** An r_wg at or under this (weak agreement or none) asks a coaching question. */
const LOW_AGREEMENT = 0.5;

/**
 * One subject's 360 feedback report. The anonymity floor is applied first (planRaters), and every
 * figure after it is computed from the raters shown alone, so no figure holds a hidden rater and
 * no total minus the groups shown gives one back. Forms are joined by theme, facet and item id
 * (the self and observer forms share them), on the percent of maximum, which compares across
 * scales. The main form, whose themes and statements the report follows, is the self-assessment's,
 * else the observers'. Its texts (notes, readings, questions, group names) are in the first of
 * `languages`, which renderers write their own words in too; JSON is built in English.
 */
export function buildFeedback(subject: SubjectRatings, settings: FeedbackSettings, languages: readonly UiLanguage[] = [speakingNow()]): FeedbackReport {
  const language = languages[0]!;
  const plan = planRaters(subject, settings.minGroup);
  const self = latest(plan.self);
  const raters = plan.shown.flatMap((g) => g.ratings);
  const everyRater = [...subject.byRole.values()].flat();
  const main = (self ?? raters[0] ?? everyRater[0])!.questionnaire;
  const observerForm = [...raters, ...everyRater].find((r) => r.questionnaire.form === 'observer')?.questionnaire;
  const figures = new Figures(plan, self, main, settings, language);
  const comments = commentsByTheme(raters);

  const themes = main.themes.map((theme): ThemeFeedback => {
    const statements = theme.scoredItems.map((item) => figures.statement(item));
    const section = figures.section(theme, theme.scoredItems, observerForm);
    return {
      ...section,
      importance: importanceOf(self, theme.id),
      agreement: figures.agreement(theme, statements, section.others?.sd ?? null),
      facets: theme.facets.map((facet) => figures.section(facet, facet.scoredItems, observerForm)),
      statements,
      comments: comments.get(theme.id) ?? [],
    };
  });

  const allStatements = themes.flatMap((t) => t.statements);
  const rated = allStatements.filter((s) => s.others !== null);
  const count = Math.min(STATEMENTS_NAMED, Math.floor(rated.length / 2));
  const byOthers = [...rated].sort((a, b) => cleanPercent(b.others!) - cleanPercent(a.others!));
  const highest = byOthers.slice(0, count).filter((s) => s.others! > byOthers.at(-1)!.others!);
  // Sorted apart rather than reversed, so that ties keep the questionnaire's order here too.
  const lowest = [...rated]
    .sort((a, b) => cleanPercent(a.others!) - cleanPercent(b.others!))
    .slice(0, count)
    .filter((s) => s.others! < byOthers[0]!.others!);
  const statementGaps = {
    blindSpots: largest(allStatements.filter((s) => s.finding === 'blind-spot')),
    hiddenStrengths: largest(allStatements.filter((s) => s.finding === 'hidden-strength')),
  };
  const sections = themes.flatMap((t) => [t, ...t.facets]);

  return {
    // The observer form's title names the feedback ("... feedback from colleagues"); without observers, the self form's.
    title: (observerForm ?? main).title,
    subject: subject.name,
    language: main.language,
    bands: main.bands.map((b) => ({ id: b.id, label: b.label, below: b.below ?? null })),
    forms: { self: self ? formOf(self.questionnaire) : null, observer: observerForm ? formOf(observerForm) : null },
    settings,
    raters: {
      self: plan.self.length,
      groups: plan.shown.map((g) => ({ role: g.role, label: groupLabel(g.role, language), n: g.ratings.length, pooled: g.pooled })),
      others: raters.length,
      leftOut: plan.leftOut,
    },
    missing: missingNotes(subject.name, plan, settings.minGroup, language),
    howToRead: howToRead(language),
    notAppraisal: notAppraisal(language),
    themes,
    gaps: {
      blindSpots: largestSections(sections.filter((s) => s.finding === 'blind-spot')),
      hiddenStrengths: largestSections(sections.filter((s) => s.finding === 'hidden-strength')),
    },
    statements: {
      highest: highest.map(statementRef),
      lowest: lowest.map(statementRef),
      blindSpots: statementGaps.blindSpots.map(statementRef),
      hiddenStrengths: statementGaps.hiddenStrengths.map(statementRef),
    },
    priorities: priorities(self, themes),
    coachingQuestions: coachingQuestions(themes, statementGaps, LOW_AGREEMENT, language),
    presentation: presentationOf(main, languages),
  };
}

/** The self-assessment completed last (of equals, the last read): a retake replaces the first. */
function latest(selves: readonly Rating[]): Rating | undefined {
  let best: Rating | undefined;
  for (const rating of selves) if (!best || (rating.answers.completed ?? '') >= (best.answers.completed ?? '')) best = rating;
  return best;
}

const formOf = (q: Questionnaire) => ({ id: q.id, version: q.version, title: q.title });

/** The figures of a subject's sections and statements, from the raters shown only. */
class Figures {
  private readonly bands: Questionnaire['bands'];
  constructor(
    private readonly plan: RaterPlan,
    private readonly self: Rating | undefined,
    private readonly main: Questionnaire,
    private readonly settings: FeedbackSettings,
    private readonly language: UiLanguage,
  ) {
    this.bands = main.bands;
  }

  private band(percent: number | null): string | null {
    return percent === null ? null : bandFor(percent, this.bands).id;
  }

  /**
   * A theme's or facet's figures. A group's figure is withheld when fewer than the floor of a group
   * besides the manager scored here (some skipped statements), and then every such group's is, so
   * none is the rest minus the others; all others are withheld when fewer than the floor besides
   * the manager scored, as all others minus the manager would give them back.
   */
  section(section: Theme | Facet, items: readonly ScoredItem[], observerForm: Questionnaire | undefined): SectionFeedback {
    const selfPercent = this.self ? (sectionPercents(this.self).get(section.id) ?? null) : null;
    const groups = this.plan.shown.map((g) => ({ role: g.role, ratings: g.ratings.filter((r) => sectionPercents(r).has(section.id)) }));
    const { groupsWithheld, othersWithheld } = this.withholding(groups.map((g) => ({ role: g.role, n: g.ratings.length })));
    const figuresOf: GroupFigures[] = groups.map((g) => {
      const withheld = g.role !== 'manager' && groupsWithheld;
      const percent = withheld ? null : mean(g.ratings.map((r) => sectionPercents(r).get(section.id)!));
      return { role: g.role, label: groupLabel(g.role, this.language), n: g.ratings.length, percent, band: this.band(percent), withheld };
    });
    const everyone = groups.flatMap((g) => g.ratings);
    const others = othersWithheld || everyone.length === 0 ? null : this.othersOf(everyone, section.id, items);
    const difference = selfPercent === null || others?.percent == null ? null : selfPercent - others.percent;
    const reflection = this.reflection(section.id, others?.percent ?? null, selfPercent, observerForm);
    return {
      id: section.id,
      title: section.title,
      self: selfPercent,
      selfBand: this.band(selfPercent),
      groups: figuresOf,
      others,
      othersWithheld,
      difference,
      finding: findingFor(difference, this.settings.margin),
      reflection,
    };
  }

  private withholding(groups: readonly { role: string; n: number }[]): { groupsWithheld: boolean; othersWithheld: boolean } {
    const { minGroup } = this.settings;
    const besidesManager = groups.filter((g) => g.role !== 'manager');
    const n = besidesManager.reduce((sum, g) => sum + g.n, 0);
    return { groupsWithheld: besidesManager.some((g) => g.n > 0 && g.n < minGroup), othersWithheld: n > 0 && n < minGroup };
  }

  private othersOf(raters: readonly Rating[], id: string, items: readonly ScoredItem[]): OthersFigures {
    const percents = raters.map((r) => sectionPercents(r).get(id)!);
    const percent = mean(percents)!;
    const variance = sampleVariance(percents);
    // Every answer of the raters to the section's statements, counted on the first statement's scale.
    const keyed = raters.flatMap((r) => items.flatMap((item) => statementAnswers(r).get(item.id)?.keyed ?? []));
    return {
      n: raters.length,
      percent,
      band: this.band(percent),
      min: Math.min(...percents),
      max: Math.max(...percents),
      sd: variance === null ? null : Math.sqrt(variance),
      points: items[0] ? pointCounts(items[0], keyed) : [],
    };
  }

  /** A statement: self against all others; others withheld as for a section. */
  statement(item: ScoredItem): StatementFeedback {
    const own = this.self ? statementAnswers(this.self).get(item.id) : undefined;
    const groups = this.plan.shown.map((g) => ({ role: g.role, answers: g.ratings.flatMap((r) => statementAnswers(r).get(item.id) ?? []) }));
    const { othersWithheld } = this.withholding(groups.map((g) => ({ role: g.role, n: g.answers.length })));
    const answers = othersWithheld ? [] : groups.flatMap((g) => g.answers);
    const others = mean(answers.map((a) => a.percent));
    const self = own?.percent ?? null;
    const difference = self === null || others === null ? null : self - others;
    return {
      id: item.id,
      text: item.text,
      theme: item.themeId,
      facet: item.facetId ?? null,
      reverseKeyed: item.keyed === 'minus',
      self,
      selfAnswer: own?.answer ?? null,
      others,
      othersN: answers.length,
      notObserved: othersWithheld ? null : this.plan.shown.reduce((n, g) => n + g.ratings.filter((r) => ownValue(r.answers.notObserved ?? {}, item.id) !== undefined).length, 0),
      othersWithheld,
      points:
        others === null
          ? []
          : pointCounts(
              item,
              answers.map((a) => a.answer),
            ),
      difference,
      finding: findingFor(difference, this.settings.margin),
    };
  }

  /** r_wg per statement over the answers shown, averaged over the theme; and the SD of the others' theme percents. */
  agreement(theme: Theme, statements: readonly StatementFeedback[], sd: number | null): ThemeFeedback['agreement'] {
    const shown = new Set(statements.filter((s) => s.others !== null).map((s) => s.id));
    const raters = this.plan.shown.flatMap((g) => g.ratings);
    if (raters.length === 0) return null;
    const values = theme.scoredItems.flatMap((item) => {
      if (!shown.has(item.id)) return [];
      const answers = raters.flatMap((r) => statementAnswers(r).get(item.id) ?? []);
      const value =
        answers.length === 0
          ? null
          : rwg(
              answers.map((a) => a.keyed),
              answers[0]!.points,
            );
      return value === null ? [] : [value];
    });
    const value = mean(values);
    return { rwg: value, statements: values.length, sd, reading: agreementReading(value, this.language) };
  }

  private reflection(id: string, others: number | null, self: number | null, observerForm: Questionnaire | undefined): SectionFeedback['reflection'] {
    const basis = others !== null ? 'others' : self !== null ? 'self' : null;
    if (basis === null) return null;
    // Observers read as the self form (an export the pipeline could not tell apart) get its reflections.
    const form = basis === 'others' ? (observerForm ?? this.main) : this.self!.questionnaire;
    const band = bandFor(basis === 'others' ? others! : self!, form.bands).id;
    const found = reflectionsOf(form, id);
    const reflection: Reflection | undefined = found ? ownValue(found, band) : undefined;
    return reflection ? { basis, band, meaning: reflection.meaning, questions: [...reflection.questions], try: reflection.try } : null;
  }
}

function reflectionsOf(form: Questionnaire, id: string): Record<string, Reflection> | undefined {
  for (const theme of form.themes) {
    if (theme.id === id) return theme.reflections;
    for (const facet of theme.facets) if (facet.id === id) return facet.reflections;
  }
  return undefined;
}

/** Answers per point of an item's scale, every point listed. */
function pointCounts(item: ScoredItem, values: readonly number[]): PointCount[] {
  const { min, labels } = item.scale;
  return labels.map((label, i) => ({ value: min + i, label, n: values.filter((v) => v === min + i).length }));
}

function importanceOf(self: Rating | undefined, themeId: string): ThemeFeedback['importance'] {
  const scale = self?.questionnaire.importance?.scale;
  const value = self && scale ? ownValue(self.answers.importance, themeId) : undefined;
  if (value === undefined || !scale) return null;
  return { value, label: scale.labels[value - scale.min] ?? String(value) };
}

/** Development priorities from the self-assessment's importance, with self's percents, then with others'. */
function priorities(self: Rating | undefined, themes: readonly ThemeFeedback[]): FeedbackReport['priorities'] {
  const scale = self?.questionnaire.importance?.scale;
  if (!self || !scale) return { self: [], informed: [] };
  const selfThemes = self.result.themes;
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const withOthers: ThemeScore[] = selfThemes.map((t) => ({ ...t, percent: byId.get(t.id)?.others?.percent ?? null }));
  const named = (ids: string[], percentOf: (t: ThemeFeedback) => number | null) =>
    ids.flatMap((id) => {
      const theme = byId.get(id);
      const percent = theme ? percentOf(theme) : null;
      return theme?.importance && percent !== null ? [{ id, title: theme.title, importance: theme.importance.label, percent }] : [];
    });
  return {
    self: named(developmentPriorities(selfThemes, scale), (t) => t.self),
    informed: named(developmentPriorities(withOthers, scale), (t) => t.others?.percent ?? null),
  };
}

/** Statements with a gap, largest first (ties: questionnaire order); at most STATEMENTS_NAMED. */
function largest(statements: readonly StatementFeedback[]): StatementFeedback[] {
  return [...statements].sort((a, b) => Math.abs(cleanPercent(b.difference!)) - Math.abs(cleanPercent(a.difference!))).slice(0, STATEMENTS_NAMED);
}

function largestSections(sections: readonly SectionFeedback[]): ThemeRef[] {
  return [...sections]
    .sort((a, b) => Math.abs(cleanPercent(b.difference!)) - Math.abs(cleanPercent(a.difference!)))
    .map((s) => ({ id: s.id, title: s.title, self: s.self!, others: s.others!.percent!, difference: s.difference! }));
}

function statementRef(s: StatementFeedback): StatementRef {
  return { id: s.id, text: s.text, theme: s.theme, reverseKeyed: s.reverseKeyed, self: s.self, others: s.others!, difference: s.difference };
}

function missingNotes(name: string, plan: RaterPlan, minGroup: number, language: UiLanguage): string[] {
  const notes: string[] = [];
  const shown = plan.shown.reduce((n, g) => n + g.ratings.length, 0);
  if (plan.self.length === 0) {
    notes.push(sayIn(language, 'feedback.missing.noSelf', { name }));
  } else if (plan.self.length > 1) {
    notes.push(sayIn(language, 'feedback.missing.manySelves', { count: plan.self.length, name }));
  }
  if (shown === 0 && plan.leftOut === 0) {
    notes.push(sayIn(language, 'feedback.missing.noOthers'));
  }
  if (plan.leftOut > 0) {
    const noneShown = shown === 0 ? sayIn(language, 'feedback.missing.noneShown') : '';
    notes.push(sayIn(language, 'feedback.missing.leftOut', { count: plan.leftOut, minGroup: String(minGroup), noneShown }));
  }
  return notes;
}
