import type { CohortReport, Finding, FormFigures, CohortSectionFigures } from '../core/report/cohort.js';
import { byCodePoint } from '../core/code-point-order.js';
import type { RaterRole } from '../core/answers/schema.js';
import { percentText } from './percent.js';
import { whole } from '../core/whole.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';
import { SKIP_REASONS } from '../core/csv/reader.js';
import { BETWEEN } from './bilingual.js';

/** Number formatting shared by the cohort report's text and Markdown. */

export { whole };
export const fixed = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));
/** Percents are shown rounded down, as in person reports, so none looks like a higher band than it is. */
export const percent = (x: number | null) => percentText(x, '–');
/** A band's share of the respondents, to the nearest whole percent (it is a share, not a score). */
export const share = (count: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * count) / total)}%`);
export const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`);

/** A figure, or where it is null the reason why in brackets: "(withheld: fewer than 10 respondents (n = 4))". */
export const figureOr = (x: number | null, reason: string | undefined, language: UiLanguage, digits = 2) =>
  x === null ? `(${reason === undefined ? sayIn(language, 'cohort.format.notComputed') : sayAgain(language, reason)})` : x.toFixed(digits);

/**
 * The reasons of a table's null figures: a cell shows the mark of its reason ("[1]"), each reason
 * numbered once, and the notes follow the table, so no null figure is a bare blank.
 */
export class FigureNotes {
  readonly reasons: string[] = [];
  /** The language the reasons are said in (a model's reasons are English: core/report/stable-text.ts); in two, each reason is said in both ("… / …"). */
  constructor(private readonly language: UiLanguage | readonly UiLanguage[]) {}
  /** The figure to `digits` places, or the mark of its reason. */
  figure(x: number | null, reason: string | undefined, digits = 2): string {
    return x === null ? this.mark(reason) : x.toFixed(digits);
  }
  /** A figure already formatted, or the mark of its reason where it is null. */
  shown(text: string | null, reason: string | undefined): string {
    return text === null ? this.mark(reason) : text;
  }
  mark(reason: string | undefined): string {
    const languages = typeof this.language === 'string' ? [this.language] : this.language;
    const said = languages.map((language) => (reason === undefined ? sayIn(language, 'cohort.format.notComputed') : sayAgain(language, reason)));
    reason = said.filter((text, i) => said.indexOf(text) === i).join(BETWEEN);
    let i = this.reasons.indexOf(reason);
    if (i < 0) i = this.reasons.push(reason) - 1;
    return `[${i + 1}]`;
  }
  /** "[1] withheld: fewer than 10 respondents (n = 4)", one per reason marked, each reason through the format's escaper (it may name items). */
  lines(neutralise: (text: string) => string): string[] {
    return this.reasons.map((r, i) => `[${i + 1}] ${neutralise(r)}`);
  }
}

const RAMP = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** Counts as a row of block heights (the largest count a full block, a zero a space), e.g. answer frequencies. */
export function sparkline(counts: readonly number[]): string {
  const most = Math.max(0, ...counts);
  return counts.map((c) => (c === 0 || most === 0 ? ' ' : RAMP[Math.min(RAMP.length - 1, Math.floor((c / most) * (RAMP.length - 1) + 0.5))]!)).join('');
}

/** Frequencies in scale order (the keys are scale points). */
export function frequencyCounts(frequencies: Record<string, number>): number[] {
  return Object.keys(frequencies)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => frequencies[k]!);
}

/** A rater group's name in a language. */
export function roleName(language: UiLanguage, role: RaterRole): string {
  return sayIn(language, `cohort.role.${role}`);
}

/** One respondent's role in a language ("Peer"; `roleName` names the group, "Peers"), as the person report says it. */
export function respondentRole(language: UiLanguage, role: RaterRole): string {
  return sayIn(language, `person.role.${role}`);
}

/** A finding's name in a language. */
export function findingName(language: UiLanguage, finding: Finding): string {
  return sayIn(language, `cohort.finding.${finding}`);
}

/** "n 236 (4 without a score) · mean 3.47 · SD 0.61 · min 1.33 · median 3.50 · max 5.00" */
export function scoreLine(g: CohortSectionFigures, language: UiLanguage): string {
  const unscored = g.unscored > 0 ? sayIn(language, 'cohort.format.unscored', { count: g.unscored }) : '';
  const f = (name: 'mean' | 'sd' | 'min' | 'median' | 'max') => figureOr(g[name], g.reasons[name], language);
  return sayIn(language, 'cohort.format.scoreLine', { n: g.n, unscored, mean: f('mean'), sd: f('sd'), min: f('min'), median: f('median'), max: f('max') });
}

/** "alpha 0.754 (standardized 0.750)", with the items left out when any. */
export function alphaLine(g: CohortSectionFigures, language: UiLanguage): string {
  // Statements by their text, as people read them; an id only for one the figures do not list.
  const textOf = new Map(g.items.map((i) => [i.id, i.text] as const));
  const excluded = g.alphaExcluded.length > 0 ? sayIn(language, 'cohort.format.alphaExcluded', { items: g.alphaExcluded.map((id) => (textOf.has(id) ? `“${textOf.get(id)}”` : id)).join(', ') }) : '';
  if (g.alpha === null && g.alphaStandardized === null && g.reasons.alpha === g.reasons.alphaStandardized)
    return sayIn(language, 'cohort.format.alphaAlone', { alpha: figureOr(null, g.reasons.alpha, language), excluded });
  return sayIn(language, 'cohort.format.alpha', { alpha: figureOr(g.alpha, g.reasons.alpha, language, 3), standardized: figureOr(g.alphaStandardized, g.reasons.alphaStandardized, language, 3), excluded });
}

/**
 * Why rows were skipped, in a language: the reader's reasons are English keys of the accounting
 * (core/csv/reader.ts, as JSON keeps them), said by SKIP_REASONS; any other as the model has it.
 */
export function skipReason(language: UiLanguage, reason: string): string {
  const key = Object.hasOwn(SKIP_REASONS, reason) ? SKIP_REASONS[reason] : undefined;
  return key === undefined ? sayAgain(language, reason) : sayIn(language, key);
}

/** "240 read · 236 scored · 4 skipped (answer not on the scale: 3, ...)" */
export function respondentsLine(r: CohortReport['respondents'], language: UiLanguage): string {
  const reasons = Object.entries(r.reasons).map(([reason, n]) => `${skipReason(language, reason)}: ${whole(n)}`);
  return sayIn(language, 'cohort.format.respondents', {
    read: sayIn(language, 'cohort.count.read', { count: r.read }),
    scored: sayIn(language, 'cohort.count.scored', { count: r.scored }),
    skipped: sayIn(language, 'cohort.count.skipped', { count: r.skipped }),
    reasons: reasons.length > 0 ? ` (${reasons.join(', ')})` : '',
  });
}

/**
 * The CSV files whose rows a report lists one by one: all of them when the respondents came from
 * more than one file; none when one file gave them all, as its line would repeat the total.
 */
export function tablesShown(report: CohortReport): CohortReport['tables'] {
  const { tables, respondents } = report;
  return tables.length > 1 || (tables.length === 1 && tables[0]!.read !== respondents.read) ? tables : [];
}

/** Where groups were hidden by the anonymity floor, a sentence saying so; otherwise null. */
export function hiddenLine(hidden: { groups: number; respondents: number }, minGroup: number, language: UiLanguage): string | null {
  if (hidden.groups === 0) return null;
  return sayIn(language, 'cohort.format.hiddenGroups', { count: hidden.groups, respondents: sayIn(language, 'cohort.count.respondents', { count: hidden.respondents }), min: String(minGroup) });
}

/** The anonymity floor of a report: --min-group, which applies to its groups and its 360 alike. */
export function minGroupOf(report: CohortReport): number {
  return report.groupBy?.minGroup ?? report.threeSixty?.minGroup ?? 0;
}

/** Where the floor hides respondents, a sentence saying that these figures leave them out, and why; otherwise null. */
export function hiddenRespondentsLine(hidden: FormFigures['hidden'], minGroup: number, language: UiLanguage): string | null {
  if (hidden.respondents === 0) return null;
  return sayIn(language, 'cohort.format.hiddenRespondents', { count: hidden.respondents, min: String(minGroup) });
}

/** "Programme: Leading Places · Date: November 2026": what heads the report besides its title; null when neither is given. */
export function aboutLine(about: CohortReport['about'], language: UiLanguage): string | null {
  const parts = [
    about.programme === null ? null : sayIn(language, 'cohort.format.programme', { programme: about.programme }),
    about.date === null ? null : sayIn(language, 'cohort.format.date', { date: about.date }),
  ].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** The summary's sentences, the same in every human format: plain text, each from the model after the anonymity floor. */
/** Whether anyone answered how important a theme is: without, the summary gives the line that says so and no chart. */
export function importanceAnswered(priorities: NonNullable<CohortReport['summary']['priorities']>): boolean {
  return priorities.themes.some((t) => t.importanceN > 0);
}

export function summaryLines(report: CohortReport, language: UiLanguage): { participation: string; strongest: string; growth: string; priorities: string | null; selfOthers: string | null } {
  const { participants, strongest, growth, priorities, selfOthers } = report.summary;
  const say = (key: Parameters<typeof sayIn>[1], values?: Parameters<typeof sayIn>[2]) => sayIn(language, key, values);
  const area = (a: CohortReport['summary']['areas'][number]) => say('cohort.summary.area', { title: a.title, percent: percent(a.meanPercent), n: a.n });
  const threeSixty = participants.subjects > 0 ? say('cohort.summary.threeSixty', { subjects: participants.subjects, count: participants.raters }) : '';
  const hidden = participants.hidden > 0 ? say('cohort.summary.hidden', { count: participants.hidden }) : '';
  return {
    participation: say('cohort.summary.participation', { scored: participants.scored, threeSixty, hidden }),
    strongest: strongest.length === 0 ? say('cohort.summary.strongestNone') : say('cohort.summary.strongest', { areas: strongest.map(area).join('; ') }),
    growth: growth.length === 0 ? say('cohort.summary.growthNone') : say('cohort.summary.growth', { areas: growth.map(area).join('; ') }),
    priorities:
      priorities === null
        ? null
        : !importanceAnswered(priorities)
          ? say('cohort.summary.prioritiesUnanswered')
          : priorities.shared.length === 0
            ? say('cohort.summary.prioritiesNone')
            : say('cohort.summary.priorities', {
                themes: priorities.shared
                  .map((t) => say('cohort.summary.priority', { title: t.title, importance: percent(t.importancePercent), importanceN: t.importanceN, percent: percent(t.meanPercent), n: t.n }))
                  .join('; '),
              }),
    selfOthers: selfOthers === null ? null : selfOthersLine(selfOthers.themes, language),
  };
}

/** The themes where the subjects as a whole rate themselves most above, and most below, their colleagues. */
function selfOthersLine(themes: NonNullable<CohortReport['summary']['selfOthers']>['themes'], language: UiLanguage): string {
  const shown = themes.filter((t) => t.difference !== null);
  if (shown.length === 0) return sayIn(language, 'cohort.summary.selfOthersNone');
  const subjects = Math.max(...shown.map((t) => t.subjects));
  const sorted = [...shown].sort((a, b) => b.difference! - a.difference! || byCodePoint(a.id, b.id));
  const high = sorted[0]!;
  const low = sorted.at(-1)!;
  const gap = (t: (typeof shown)[number]) => sayIn(language, 'cohort.summary.gap', { title: t.title, self: percent(t.self), others: percent(t.others), difference: signed(t.difference), count: t.subjects });
  return sayIn(language, 'cohort.summary.selfOthers', { count: subjects, high: gap(high), low: low === high ? '' : sayIn(language, 'cohort.summary.selfOthersLow', { gap: gap(low) }) });
}
