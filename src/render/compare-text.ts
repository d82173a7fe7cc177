import type { Comparison, ComparisonReport, SectionChange } from '../core/compare.js';
import { bandLabel } from '../core/report/presentation.js';
import { safeText } from '../core/safe-text.js';
import { shownDate } from './dates.js';
import type { RenderOptions } from './options.js';
import { percentText } from './percent.js';
import { wrapText } from './wrap-text.js';
import { textWidth } from './text-width.js';

/** Said under every comparison, in every format. */
export const COMPARE_NOTE =
  'Changes are in percentage points of the maximum possible. Under 5 points is about one answer moving one step: read it as no real change. This compares your own answers at two times, for reflection: it is not a measure of performance.';

export const percentCell = (percent: number | null) => percentText(percent);

/** The change as a signed whole number of points: "+12", "-3", "0"; "—" without one. */
export function changeCell(g: SectionChange): string {
  if (g.change === null || g.direction === null) return '—';
  if (g.direction === 'same') return '0';
  const points = Math.max(1, Math.round(Math.abs(g.change)));
  return `${g.direction === 'up' ? '+' : '-'}${points}`;
}

/** The change in words: "moderate rise", "no change", "no score before"; with the bands when they differ. */
export function changeWords(g: SectionChange, bandLabel: (id: string) => string): string {
  if (g.change === null) return g.before === null && g.after === null ? 'no score either time' : g.before === null ? 'no score before' : 'no score after';
  const words = g.direction === 'same' ? 'no change' : `${g.size} ${g.direction === 'up' ? 'rise' : 'fall'}`;
  const bands = g.bandBefore !== null && g.bandAfter !== null && g.bandBefore !== g.bandAfter ? ` (${safeText(bandLabel(g.bandBefore))} → ${safeText(bandLabel(g.bandAfter))})` : '';
  const j = g.judgement;
  const reliable = j.method === 'rci' && j.rci !== null ? `; ${j.class} (RCI ${j.rci.toFixed(2)})` : '';
  return `${words}${bands}${reliable}`;
}

/** Which rule judged the changes, said in every format: the RCI from --reliability, or the rule of thumb, and where either fell back. */
export function judgementNote(c: Comparison): string {
  const all = c.themes.flatMap((t) => [t, ...t.facets]);
  const byRci = all.filter((g) => g.judgement.method === 'rci');
  if (c.reliability === null) return 'Changes are read by the rule of thumb above (no --reliability report given, so no reliable change index).';
  const rest = all.filter((g) => g.judgement.method !== 'rci').map((g) => `${g.title}: ${g.judgement.why}`);
  const first = byRci[0]?.judgement.why;
  return [
    byRci.length > 0
      ? `Reliable change (${byRci.length} of ${all.length} themes and facets): ${first?.replace(/, with the cohort's alpha .*$/, '')}, with each one's cohort alpha and score SD from ${c.reliability.source}.`
      : `No theme or facet could use the reliable change index from ${c.reliability.source}.`,
    ...rest.map((r) => `${r}.`),
  ].join(' ');
}

/** A band id as its label in the comparison's questionnaire. */
export function bandLabelOf(report: ComparisonReport): (id: string) => string {
  return (id) => bandLabel(report.presentation.bands, id);
}

/** The comparison as terminal text: one line per theme and facet, then the note. */
export function renderCompareText(report: ComparisonReport, options: RenderOptions): string {
  const c = report.comparison;
  const labelOf = bandLabelOf(report);
  const { style } = options;
  const width = Math.max(40, options.width);
  const rows = c.themes.flatMap((t) => [{ section: t, indent: '' }, ...t.facets.map((f) => ({ section: f, indent: '  ' }))]);
  const names = rows.map((r) => `${r.indent}${safeText(r.section.title)}`);
  const nameWidth = Math.max(5, ...names.map((n) => textWidth(n)));
  const cell = (text: string, w: number) => ' '.repeat(Math.max(0, w - textWidth(text))) + text;
  const arrow = (g: SectionChange) => (g.direction === 'up' ? style.green('▲') : g.direction === 'down' ? style.yellow('▼') : g.direction === 'same' ? '=' : ' ');

  const header = `${' '.repeat(nameWidth)}  ${cell('BEFORE', 8)}  ${cell('AFTER', 8)}  ${cell('CHANGE', 8)}`;
  const lines = rows.map(({ section, indent }, i) => {
    const name = names[i]! + ' '.repeat(nameWidth - textWidth(names[i]!));
    const shownName = indent ? name : style.bold(name);
    return `${shownName}  ${cell(percentCell(section.before), 8)}  ${cell(percentCell(section.after), 8)}  ${arrow(section)}${cell(changeCell(section), 7)}  ${style.dim(changeWords(section, labelOf))}`;
  });
  const when = (label: string, r: Comparison['before']) => `  ${label}  ${shownDate(r.completed)}  ${style.dim(safeText(r.source))}`;
  return [
    style.bold(`What changed: ${safeText(c.questionnaire.title)}`),
    when('before', c.before),
    when('after ', c.after),
    '',
    style.dim(header),
    ...lines,
    '',
    wrapText(style.dim(COMPARE_NOTE), width),
    wrapText(style.dim(safeText(judgementNote(c))), width),
    '',
  ].join('\n');
}
