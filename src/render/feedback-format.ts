import type { FeedbackReport, GroupFigures, OthersFigures, PointCount, SectionFeedback, StatementFeedback } from '../core/feedback/schema.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { bandLabel } from '../core/report/presentation.js';
import { fixed, percent, signed, whole } from './cohort-format.js';
import { wordsTag } from '../core/report/presentation.js';
import { joinLanguages, madeFromEach, type Said } from './bilingual.js';

/**
 * Formatting shared by the feedback report's renderers; texts from files are neutralised by each
 * renderer, through `safe`. Syslead's own words are in the report's first language.
 */

/** The language of syslead's own words in a report: the first of its languages. */
export const reportLanguage = (report: Pick<FeedbackReport, 'presentation'>): UiLanguage => report.presentation?.languages[0] ?? 'en';

/**
 * How the renderers speak in a report's languages: in one, the report alone; in two (--lang cy,en),
 * the report made in each (`inEach`), the first first. `made` gives a text made from the report in
 * each language, each once (one when both are the same); `both` joins them on one line ("… / …", told apart as
 * joinLanguages tells them).
 * `said` tags each with syslead's words' language, `texts` with the questionnaire's (for HTML).
 */
export interface FeedbackVoice {
  reports: readonly FeedbackReport[];
  made: (make: (report: FeedbackReport, language: UiLanguage) => string) => string[];
  both: (make: (report: FeedbackReport, language: UiLanguage) => string) => string;
  said: (make: (report: FeedbackReport, language: UiLanguage) => string) => Said[];
  texts: (make: (report: FeedbackReport, language: UiLanguage) => string) => Said[];
}

export function feedbackVoice(report: FeedbackReport): FeedbackVoice {
  const reports = report.inEach ?? [report];
  const tagged = (tag: (r: FeedbackReport, language: UiLanguage) => string) => (make: (r: FeedbackReport, language: UiLanguage) => string) =>
    madeFromEach(
      reports,
      (r) => make(r, reportLanguage(r)),
      (r) => tag(r, reportLanguage(r)),
    );
  const said = tagged((r, language) => (r.presentation ? wordsTag(r.presentation, language) : language));
  const made = (make: (r: FeedbackReport, language: UiLanguage) => string) => said(make).map((s) => s.text);
  return {
    reports,
    made,
    both: (make) => joinLanguages(made(make)),
    said,
    texts: tagged((r, language) => r.presentation?.language ?? language),
  };
}

const FINDING_KEYS = { 'blind-spot': 'feedback.finding.blindSpot', 'hidden-strength': 'feedback.finding.hiddenStrength' } as const;

/** A finding in words: "blind spot", "hidden strength". */
export function findingName(finding: keyof typeof FINDING_KEYS, language: UiLanguage): string {
  return sayIn(language, FINDING_KEYS[finding]);
}

/** "Self 1 · Manager 1 · Peers 3 · Others 4", counts only; "left out 2" when any. */
export function ratersLine(report: FeedbackReport): string {
  const { raters } = report;
  const language = reportLanguage(report);
  const pooled = (n: number) => (n > 0 ? sayIn(language, 'feedback.raters.pooled', { count: n }) : '');
  const parts = [`${sayIn(language, 'feedback.group.self')} ${whole(raters.self)}`, ...raters.groups.map((g) => `${g.label} ${whole(g.n)}${pooled(g.pooled)}`)];
  if (raters.leftOut > 0) parts.push(sayIn(language, 'feedback.raters.leftOut', { count: raters.leftOut }));
  return parts.join(' · ');
}

/** A percent with its band's label: "62% (Growing)"; "–" without one. */
export function percentWithBand(report: FeedbackReport, p: number | null, band: string | null, safe: (text: string) => string): string {
  if (p === null) return '–';
  return band ? `${percent(p)} (${safe(bandLabel(report.bands, band))})` : percent(p);
}

/** "withheld", for a figure that would not keep its raters anonymous. */
export const withheld = (language: UiLanguage) => sayIn(language, 'feedback.withheld');

/** A group's figure, or why there is none. */
export function groupFigure(report: FeedbackReport, g: GroupFigures, safe: (text: string) => string): string {
  if (g.withheld) return withheld(reportLanguage(report));
  return percentWithBand(report, g.percent, g.band, safe);
}

/** The columns of a section's figures: self, each group shown, all others. */
export function figureColumns(report: FeedbackReport): string[] {
  const language = reportLanguage(report);
  return [sayIn(language, 'feedback.group.self'), ...report.raters.groups.map((g) => g.label), sayIn(language, 'feedback.column.allOthers')];
}

/** A section's figures in the order of figureColumns. */
export function figureCells(report: FeedbackReport, s: SectionFeedback, safe: (text: string) => string): string[] {
  const byRole = new Map(s.groups.map((g) => [g.role, g] as const));
  const groups = report.raters.groups.map((g) => {
    const found = byRole.get(g.role);
    return found ? groupFigure(report, found, safe) : '–';
  });
  return [percentWithBand(report, s.self, s.selfBand, safe), ...groups, s.othersWithheld ? withheld(reportLanguage(report)) : percentWithBand(report, s.others?.percent ?? null, s.others?.band ?? null, safe)];
}

/** "range 25–75% · SD 20.4 points · n 5" */
export function spreadLine(o: OthersFigures, language: UiLanguage): string {
  const sd = o.sd === null ? '–' : sayIn(language, 'feedback.points', { value: fixed(o.sd, 1) });
  return sayIn(language, 'feedback.spread', { min: percent(o.min), max: percent(o.max), sd, n: whole(o.n) });
}

/** "Rarely 0 · Sometimes 2 · Often 5 …" (labels neutralised by the caller's `safe`). */
export function pointsLine(points: readonly PointCount[], safe: (text: string) => string): string {
  return points.map((p) => `${safe(p.label)} ${whole(p.n)}`).join(' · ');
}

/** A gap in points with its finding: "+23.5 points, blind spot". */
export function gapText(s: { difference: number | null; finding: keyof typeof FINDING_KEYS | null }, language: UiLanguage): string {
  if (s.difference === null) return '–';
  return `${sayIn(language, 'feedback.points', { value: signed(s.difference) })}${s.finding ? `, ${findingName(s.finding, language)}` : ''}`;
}

function rwgText(rwg: number | null): string {
  return rwg === null ? '–' : rwg.toFixed(2);
}

/** "Some figures are withheld: too few raters ...", under a section with a figure withheld. */
export const someWithheldNote = (language: UiLanguage) => sayIn(language, 'feedback.someWithheld');

/** Why no gap is named: none is over the margin, or there is no self or no others to compare. */
export function noGapsText(report: FeedbackReport): string {
  const language = reportLanguage(report);
  if (report.raters.self === 0 || report.raters.others === 0) return sayIn(language, 'feedback.noGaps.cannot');
  return sayIn(language, 'feedback.noGaps.none');
}

/** "r_wg 0.52 over 3 statement(s). Moderate agreement: ...", or the reading alone without an r_wg. */
export function agreementText(agreement: NonNullable<FeedbackReport['themes'][number]['agreement']>, safe: (text: string) => string, language: UiLanguage): string {
  const reading = safe(agreement.reading);
  return agreement.rwg === null ? sayIn(language, 'feedback.agreement.line', { reading }) : sayIn(language, 'feedback.agreement.lineRwg', { rwg: rwgText(agreement.rwg), count: agreement.statements, reading });
}

/** A statement's text, marked when it is worded the other way round, in words a leader reads (no "reverse-keyed" jargon). */
export const statementText = (text: string, reverseKeyed: boolean, language: UiLanguage) => `${text}${reverseKeyed ? sayIn(language, 'feedback.reversed.mark') : ''}`;

/** What the mark after a statement means. */
export const reversedNote = (language: UiLanguage) => sayIn(language, 'feedback.reversed.note');

/** Whether any statement named in the report's lists is reverse-keyed. */
export function listsReversed(report: FeedbackReport): boolean {
  const { highest, lowest, blindSpots, hiddenStrengths } = report.statements;
  return [...highest, ...lowest, ...blindSpots, ...hiddenStrengths].some((s) => s.reverseKeyed);
}

/** After a statement's others: how many answered and how many could not say, " (n 3, 2 not observed)"; nothing when neither. */
export function answeredNote(s: Pick<StatementFeedback, 'othersN' | 'notObserved'>, language: UiLanguage): string {
  const parts = [...(s.othersN > 0 ? [`n ${whole(s.othersN)}`] : []), ...(s.notObserved ? [sayIn(language, 'feedback.answered.notObserved', { count: s.notObserved })] : [])];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
