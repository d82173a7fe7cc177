import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport, Finding, SubjectFigures } from '../core/report/cohort.js';
import { FigureNotes, FINDING_NAMES, percent, ROLE_NAMES, signed, whole } from './cohort-format.js';
import { escapeHtml } from '../core/safe-text.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { percentText } from './html/format.js';
import { seriesColour } from './html/palette.js';
import { barChart, type BarSeries } from './html/charts/bars.js';

// Self is the person the view is about, so it gets the darkest colour, as a person's own scores do.
const SERIES: readonly BarSeries[] = [
  { label: 'self', colour: seriesColour(0) },
  { label: 'others', colour: seriesColour(1) },
];

/**
 * The 360 view of a cohort report: per subject, self against the other raters per theme as bars
 * over the band zones, a table with each rater group the anonymity floor lets through, and the
 * blind spots and hidden strengths beyond the margin.
 */
export function threeSixtySection(report: CohortReport, view: NonNullable<CohortReport['threeSixty']>, bands: readonly Band[]): string {
  const out = ['<section aria-labelledby="view360">', '<h2 id="view360">360 view</h2>'];
  out.push(
    `<p>Per subject (column "${escapeHtml(view.subjectColumn)}") and theme: the subject's own percent against the mean of the other raters, by rater group. ` +
      `A <strong>blind spot</strong> is self above others by more than ${view.margin} points; a <strong>hidden strength</strong>, below by more. ` +
      `Rater groups other than the manager need ${view.minGroup} or more raters; smaller ones are pooled into "other" or left out.</p>`,
  );
  report.subjects.forEach((subject, i) => out.push(subjectSection(subject, `s${i + 1}`, view.margin, bands)));
  out.push('</section>');
  return out.join('\n');
}

function subjectSection(s: SubjectFigures, id: string, margin: number, bands: readonly Band[]): string {
  const out = [`<section class="keep" aria-labelledby="${id}">`, `<h3 id="${id}">${escapeHtml(s.name)}</h3>`];
  const hidden = s.hiddenRaters > 0 ? `; ${whole(s.hiddenRaters)} left out by the anonymity floor` : '';
  out.push(`<p>${whole(s.selfRatings)} self-rating(s), ${whole(s.raters)} other rater(s)${hidden}.</p>`);
  const label = {
    id: `${id}-chart`,
    title: `${s.name}: self and others`,
    desc: `Percent of the maximum possible per theme, self against the mean of the other raters, over the band zones: ${s.themes.map((t) => `${t.title} self ${percentText(t.self)}, others ${percentText(t.others)}`).join('; ')}.`,
  };
  const svg = barChart(
    label,
    s.themes.map((t) => ({ label: t.title, percents: [t.self, t.others] })),
    SERIES,
    bands,
  );
  const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
  const notes = new FigureNotes();
  const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
  const table = dataTable({
    caption: `${s.name}: self, others and each rater group shown, in percent; the difference in points`,
    columns: [{ label: 'Theme' }, ...['Self', 'Others', 'Others (n)', ...roles.map((r) => ROLE_NAMES[r]), 'Difference'].map((l) => ({ label: l, numeric: true })), { label: 'Finding' }],
    rows: s.themes.map((t) => [
      t.title,
      pct(t.self, t.reasons.self),
      pct(t.others, t.reasons.others),
      whole(t.othersN),
      ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
      notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
      t.finding ? FINDING_NAMES[t.finding] : '',
    ]),
  });
  const notesText = notes.reasons.length === 0 ? '' : `\n<p class="muted">${notes.lines(escapeHtml).join('<br>')}</p>`;
  out.push(chartFigure({ caption: `${s.name}: self and others per theme`, svg, legend: [...SERIES, ...zoneLegend(bands)], table: table + notesText }));
  out.push(findingsList(s, margin));
  out.push('</section>');
  return out.join('\n');
}

const FINDING_HEADINGS: Record<Finding, string> = { 'blind-spot': 'Blind spots', 'hidden-strength': 'Hidden strengths' };

/** The themes where self and others differ by more than the margin, named in words. */
function findingsList(s: SubjectFigures, margin: number): string {
  const themes = (finding: Finding) => s.themes.filter((t) => t.finding === finding).map((t) => `${escapeHtml(t.title)} (${signed(t.difference)})`);
  const items = (Object.keys(FINDING_HEADINGS) as Finding[])
    .map((finding) => [finding, themes(finding)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([finding, list]) => `<li><strong>${FINDING_HEADINGS[finding]}:</strong> ${list.join(', ')}</li>`);
  return items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>No blind spot or hidden strength: self and others are within ${margin} points on every theme with both.</p>`;
}
