import type { CohortReport, Finding, FormFigures, CohortSectionFigures } from '../core/report/cohort.js';
import type { RaterRole } from '../core/answers/schema.js';
import { percentText } from './percent.js';
import { whole } from '../core/whole.js';

/** Number formatting shared by the cohort report's text and Markdown. */

export { whole };
export const fixed = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));
/** Percents are shown rounded down, as in person reports, so none looks like a higher band than it is. */
export const percent = (x: number | null) => percentText(x, '–');
/** A band's share of the respondents, to the nearest whole percent (it is a share, not a score). */
export const share = (count: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * count) / total)}%`);
export const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`);

/** A figure, or where it is null the reason why in brackets: "(withheld: fewer than 10 respondents (n = 4))". */
export const figureOr = (x: number | null, reason: string | undefined, digits = 2) => (x === null ? `(${reason ?? 'not computed'})` : x.toFixed(digits));

/**
 * The reasons of a table's null figures: a cell shows the mark of its reason ("[1]"), each reason
 * numbered once, and the notes follow the table, so no null figure is a bare blank.
 */
export class FigureNotes {
  readonly reasons: string[] = [];
  /** The figure to `digits` places, or the mark of its reason. */
  figure(x: number | null, reason: string | undefined, digits = 2): string {
    return x === null ? this.mark(reason ?? 'not computed') : x.toFixed(digits);
  }
  /** A figure already formatted, or the mark of its reason where it is null. */
  shown(text: string | null, reason: string | undefined): string {
    return text === null ? this.mark(reason ?? 'not computed') : text;
  }
  mark(reason: string): string {
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

export const ROLE_NAMES: Record<RaterRole, string> = {
  self: 'Self',
  manager: 'Manager',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  partner: 'Partners',
  other: 'Others',
};

export const FINDING_NAMES: Record<Finding, string> = { 'blind-spot': 'blind spot', 'hidden-strength': 'hidden strength' };

/** "n 236 (4 without a score) · mean 3.47 · SD 0.61 · min 1.33 · median 3.50 · max 5.00" */
export function scoreLine(g: CohortSectionFigures): string {
  const unscored = g.unscored > 0 ? ` (${whole(g.unscored)} without a score)` : '';
  const f = (name: 'mean' | 'sd' | 'min' | 'median' | 'max') => figureOr(g[name], g.reasons[name]);
  return `n ${whole(g.n)}${unscored} · mean ${f('mean')} · SD ${f('sd')} · min ${f('min')} · median ${f('median')} · max ${f('max')}`;
}

/** "alpha 0.754 (standardized 0.750)", with the items left out when any. */
export function alphaLine(g: CohortSectionFigures): string {
  // Statements by their text, as people read them; an id only for one the figures do not list.
  const textOf = new Map(g.items.map((i) => [i.id, i.text] as const));
  const excluded = g.alphaExcluded.length > 0 ? `; left out for no variance: ${g.alphaExcluded.map((id) => (textOf.has(id) ? `“${textOf.get(id)}”` : id)).join(', ')}` : '';
  if (g.alpha === null && g.alphaStandardized === null && g.reasons.alpha === g.reasons.alphaStandardized) return `Cronbach's alpha ${figureOr(null, g.reasons.alpha)}${excluded}`;
  return `Cronbach's alpha ${figureOr(g.alpha, g.reasons.alpha, 3)} (standardized ${figureOr(g.alphaStandardized, g.reasons.alphaStandardized, 3)})${excluded}`;
}

/** "240 read · 236 scored · 4 skipped (answer not on the scale: 3, ...)" */
export function respondentsLine(r: CohortReport['respondents']): string {
  const reasons = Object.entries(r.reasons).map(([reason, n]) => `${reason}: ${whole(n)}`);
  return `${whole(r.read)} read · ${whole(r.scored)} scored · ${whole(r.skipped)} skipped${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`;
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
export function hiddenLine(hidden: { groups: number; respondents: number }, minGroup: number): string | null {
  if (hidden.groups === 0) return null;
  return `${whole(hidden.groups)} group(s) with ${whole(hidden.respondents)} respondent(s) not shown: fewer than ${minGroup} even when pooled.`;
}

/** The anonymity floor of a report: --min-group, which applies to its groups and its 360 alike. */
export function minGroupOf(report: CohortReport): number {
  return report.groupBy?.minGroup ?? report.threeSixty?.minGroup ?? 0;
}

/** Where the floor hides respondents, a sentence saying that these figures leave them out, and why; otherwise null. */
export function hiddenRespondentsLine(hidden: FormFigures['hidden'], minGroup: number): string | null {
  if (hidden.respondents === 0) return null;
  return `These figures leave out ${whole(hidden.respondents)} respondent(s) hidden by the anonymity floor (in a group or 360 rater group of fewer than ${minGroup}): with them, taking the other figures shown away could give one back.`;
}

/** "Programme: Leading Places · Date: November 2026": what heads the report besides its title; null when neither is given. */
export function aboutLine(about: CohortReport['about']): string | null {
  const parts = [about.programme === null ? null : `Programme: ${about.programme}`, about.date === null ? null : `Date: ${about.date}`].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** The summary's sentences, the same in every human format: plain text, each from the model after the anonymity floor. */
/** Whether anyone answered how important a theme is: without, the summary gives the line that says so and no chart. */
export function importanceAnswered(priorities: NonNullable<CohortReport['summary']['priorities']>): boolean {
  return priorities.themes.some((t) => t.importanceN > 0);
}

export function summaryLines(report: CohortReport): { participation: string; strongest: string; growth: string; priorities: string | null; selfOthers: string | null } {
  const { participants, strongest, growth, priorities, selfOthers } = report.summary;
  const area = (a: CohortReport['summary']['areas'][number]) => `${a.title} (${percent(a.meanPercent)}, n ${whole(a.n)})`;
  const threeSixty = participants.subjects > 0 ? ` ${whole(participants.subjects)} received 360 feedback from ${whole(participants.raters)} colleague(s).` : '';
  const hidden = participants.hidden > 0 ? ` ${whole(participants.hidden)} more are left out by the anonymity floor.` : '';
  return {
    participation: `${whole(participants.scored)} people took part.${threeSixty}${hidden}`,
    strongest: strongest.length === 0 ? 'Too few areas have a score to name the strongest.' : `Strongest: ${strongest.map(area).join('; ')}.`,
    growth: growth.length === 0 ? 'Too few areas have a score to name where there is most room to grow.' : `Most room to grow: ${growth.map(area).join('; ')}.`,
    priorities:
      priorities === null
        ? null
        : !importanceAnswered(priorities)
          ? 'Nobody answered how important each theme is to their role, so there are no shared development priorities.'
          : priorities.shared.length === 0
            ? 'No theme rated important to the role scores below its importance.'
            : `Shared development priorities: ${priorities.shared.map((t) => `${t.title} (rated ${percent(t.importancePercent)} important, n ${whole(t.importanceN)}; scored ${percent(t.meanPercent)}, n ${whole(t.n)})`).join('; ')}.`,
    selfOthers: selfOthers === null ? null : selfOthersLine(selfOthers.themes),
  };
}

/** The themes where the subjects as a whole rate themselves most above, and most below, their colleagues. */
function selfOthersLine(themes: NonNullable<CohortReport['summary']['selfOthers']>['themes']): string {
  const shown = themes.filter((t) => t.difference !== null);
  if (shown.length === 0) return "No theme has both the subjects' own and their colleagues' figures shown, so self and colleagues cannot be set side by side.";
  const subjects = Math.max(...shown.map((t) => t.subjects));
  const sorted = [...shown].sort((a, b) => b.difference! - a.difference! || a.id.localeCompare(b.id));
  const high = sorted[0]!;
  const low = sorted.at(-1)!;
  const gap = (t: (typeof shown)[number]) => `${t.title} (self ${percent(t.self)}, colleagues ${percent(t.others)}, ${signed(t.difference)} points, ${whole(t.subjects)} subject(s))`;
  return `Across the ${whole(subjects)} ${subjects === 1 ? 'person' : 'people'} who received 360 feedback, self-ratings are furthest above colleagues' in ${gap(high)}${low === high ? '' : `, and lowest against them in ${gap(low)}`}.`;
}
