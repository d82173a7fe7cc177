import type { FeedbackReport, GroupFigures, OthersFigures, PointCount, SectionFeedback, StatementFeedback } from '../core/feedback/schema.js';
import { bandLabel } from '../core/report/presentation.js';
import { fixed, percent, signed, whole } from './cohort-format.js';

/** Formatting shared by the feedback report's renderers; texts from files are neutralised by each renderer, through `safe`. */

export const FINDINGS = { 'blind-spot': 'blind spot', 'hidden-strength': 'hidden strength' } as const;

/** "Self 1 · Manager 1 · Peers 3 · Others 4", counts only; "left out 2" when any. */
export function ratersLine(report: FeedbackReport): string {
  const { raters } = report;
  const parts = [`Self ${whole(raters.self)}`, ...raters.groups.map((g) => `${g.label} ${whole(g.n)}${g.pooled > 0 ? ` (${whole(g.pooled)} small group${g.pooled === 1 ? '' : 's'} pooled)` : ''}`)];
  if (raters.leftOut > 0) parts.push(`left out ${whole(raters.leftOut)}`);
  return parts.join(' · ');
}

/** A percent with its band's label: "62% (Growing)"; "–" without one. */
export function percentWithBand(report: FeedbackReport, p: number | null, band: string | null, safe: (text: string) => string): string {
  if (p === null) return '–';
  return band ? `${percent(p)} (${safe(bandLabel(report.bands, band))})` : percent(p);
}

/** A group's figure, or why there is none. */
export function groupFigure(report: FeedbackReport, g: GroupFigures, safe: (text: string) => string): string {
  if (g.withheld) return 'withheld';
  return percentWithBand(report, g.percent, g.band, safe);
}

/** The columns of a section's figures: self, each group shown, all others. */
export function figureColumns(report: FeedbackReport): string[] {
  return ['Self', ...report.raters.groups.map((g) => g.label), 'All others'];
}

/** A section's figures in the order of figureColumns. */
export function figureCells(report: FeedbackReport, s: SectionFeedback, safe: (text: string) => string): string[] {
  const byRole = new Map(s.groups.map((g) => [g.role, g] as const));
  const groups = report.raters.groups.map((g) => {
    const found = byRole.get(g.role);
    return found ? groupFigure(report, found, safe) : '–';
  });
  return [percentWithBand(report, s.self, s.selfBand, safe), ...groups, s.othersWithheld ? 'withheld' : percentWithBand(report, s.others?.percent ?? null, s.others?.band ?? null, safe)];
}

/** "range 25–75% · SD 20.4 points · n 5" */
export function spreadLine(o: OthersFigures): string {
  return `range ${percent(o.min)}–${percent(o.max)} · SD ${o.sd === null ? '–' : `${fixed(o.sd, 1)} points`} · n ${whole(o.n)}`;
}

/** "Rarely 0 · Sometimes 2 · Often 5 …" (labels neutralised by the caller's `safe`). */
export function pointsLine(points: readonly PointCount[], safe: (text: string) => string): string {
  return points.map((p) => `${safe(p.label)} ${whole(p.n)}`).join(' · ');
}

/** A gap in points with its finding: "+23.5 points, blind spot". */
export function gapText(s: { difference: number | null; finding: keyof typeof FINDINGS | null }): string {
  if (s.difference === null) return '–';
  return `${signed(s.difference)} points${s.finding ? `, ${FINDINGS[s.finding]}` : ''}`;
}

function rwgText(rwg: number | null): string {
  return rwg === null ? '–' : rwg.toFixed(2);
}

export const WITHHELD_NOTE = 'withheld: too few raters besides the manager answered here for the figure to keep them anonymous.';

/** Why no gap is named: none is over the margin, or there is no self or no others to compare. */
export function noGapsText(report: FeedbackReport): string {
  if (report.raters.self === 0 || report.raters.others === 0) return 'Gaps between self and others need both a self-assessment and ratings from others.';
  return 'No gap between self and others is larger than the margin.';
}

/** "r_wg 0.52 over 3 statement(s). Moderate agreement: ...", or the reading alone without an r_wg. */
export function agreementText(agreement: NonNullable<FeedbackReport['themes'][number]['agreement']>, safe: (text: string) => string): string {
  const reading = safe(agreement.reading);
  return agreement.rwg === null ? `Agreement among others: ${reading}` : `Agreement among others: r_wg ${rwgText(agreement.rwg)} over ${agreement.statements} statement(s). ${reading}`;
}

/** Marks a statement worded the other way round, in words a leader reads (no "reverse-keyed" jargon). */
export const REVERSED_MARK = ' (less is better)';

/** A statement's text, marked when it is worded the other way round. */
export const statementText = (text: string, reverseKeyed: boolean) => `${text}${reverseKeyed ? REVERSED_MARK : ''}`;

/** What the mark after a statement means. */
export const REVERSED_NOTE = '(less is better): a thing to do less of; the less others see it, the higher its percent.';

/** Whether any statement named in the report's lists is reverse-keyed. */
export function listsReversed(report: FeedbackReport): boolean {
  const { highest, lowest, blindSpots, hiddenStrengths } = report.statements;
  return [...highest, ...lowest, ...blindSpots, ...hiddenStrengths].some((s) => s.reverseKeyed);
}

/** After a statement's others: how many answered and how many could not say, " (n 3, 2 not observed)"; nothing when neither. */
export function answeredNote(s: Pick<StatementFeedback, 'othersN' | 'notObserved'>): string {
  const parts = [...(s.othersN > 0 ? [`n ${whole(s.othersN)}`] : []), ...(s.notObserved ? [`${whole(s.notObserved)} not observed`] : [])];
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
