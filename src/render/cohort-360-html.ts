import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport, Finding, SubjectFigures } from '../core/report/cohort.js';
import { FigureNotes, findingName, percent, roleName, signed, whole } from './cohort-format.js';
import { sayAgain } from '../core/report/stable-text.js';
import { escapeHtml } from '../core/safe-text.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { percentText } from './html/format.js';
import { seriesColour } from './html/palette.js';
import { barChart, type BarSeries } from './html/charts/bars.js';

// Self is the person the view is about, so it gets the darkest colour, as a person's own scores do.
const series = (language: UiLanguage): BarSeries[] => [
  { label: sayIn(language, 'feedback.cohort.seriesSelf'), colour: seriesColour(0) },
  { label: sayIn(language, 'feedback.cohort.seriesOthers'), colour: seriesColour(1) },
];

/**
 * The 360 view of a cohort report: per subject, self against the other raters per theme as bars
 * over the band zones, a table with each rater group the anonymity floor lets through, and the
 * blind spots and hidden strengths beyond the margin, in `language` (the report's first).
 */
export function threeSixtySection(report: CohortReport, view: NonNullable<CohortReport['threeSixty']>, bands: readonly Band[], language: UiLanguage): string {
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  // not said: HTML markup (element and attribute names)
  const out = ['<section aria-labelledby="view360">', `<h2 id="view360">${escapeHtml(say('feedback.cohort.heading'))}</h2>`];
  const strong = (key: MessageKey) => `<strong>${escapeHtml(say(key))}</strong>`;
  out.push(
    `<p>${say('feedback.cohort.intro', {
      column: escapeHtml(view.subjectColumn),
      margin: String(view.margin),
      minGroup: String(view.minGroup),
      blindSpot: strong('feedback.finding.blindSpot'),
      hiddenStrength: strong('feedback.finding.hiddenStrength'),
    })}</p>`,
  );
  report.subjects.forEach((subject, i) => out.push(subjectSection(subject, `s${i + 1}`, view.margin, bands, language)));
  out.push('</section>');
  return out.join('\n');
}

function subjectSection(s: SubjectFigures, id: string, margin: number, bands: readonly Band[], language: UiLanguage): string {
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const SERIES = series(language);
  // A subject without a name is numbered in the model's English ("Subject 1"), said again here.
  const name = sayAgain(language, s.name);
  // not said: HTML markup (element and attribute names)
  const out = [`<section class="keep" aria-labelledby="${id}">`, `<h3 id="${id}">${escapeHtml(name)}</h3>`];
  const hidden = s.hiddenRaters > 0 ? say('feedback.cohort.hidden', { count: s.hiddenRaters }) : '';
  out.push(`<p>${say('feedback.cohort.counts', { selfRatings: whole(s.selfRatings), raters: whole(s.raters), hidden })}</p>`);
  const label = {
    id: `${id}-chart`,
    title: say('feedback.cohort.chartTitle', { name }),
    desc: say('feedback.cohort.chartDesc', { themes: s.themes.map((t) => say('feedback.cohort.chartTheme', { title: t.title, self: percentText(t.self), others: percentText(t.others) })).join('; ') }),
  };
  const svg = barChart(
    label,
    s.themes.map((t) => ({ label: t.title, percents: [t.self, t.others] })),
    SERIES,
    bands,
    language,
  );
  const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
  const notes = new FigureNotes(language);
  const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
  const table = dataTable({
    caption: say('feedback.cohort.tableCaption', { name }),
    columns: [
      { label: say('feedback.column.theme') },
      ...[say('feedback.cohort.column.self'), say('feedback.cohort.column.others'), say('feedback.cohort.column.othersN'), ...roles.map((r) => roleName(language, r)), say('feedback.cohort.column.difference')].map(
        (l) => ({
          label: l,
          numeric: true,
        }),
      ),
      { label: say('feedback.cohort.column.finding') },
    ],
    rows: s.themes.map((t) => [
      t.title,
      pct(t.self, t.reasons.self),
      pct(t.others, t.reasons.others),
      whole(t.othersN),
      ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
      notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
      t.finding ? findingName(language, t.finding) : '',
    ]),
  });
  const notesText = notes.reasons.length === 0 ? '' : `\n<p class="muted">${notes.lines(escapeHtml).join('<br>')}</p>`;
  out.push(chartFigure({ caption: say('feedback.cohort.figureCaption', { name }), svg, legend: [...SERIES, ...zoneLegend(bands, language)], table: table + notesText }));
  out.push(findingsList(s, margin, language));
  out.push('</section>');
  return out.join('\n');
}

const FINDING_HEADINGS = { 'blind-spot': 'feedback.cohort.blindSpots', 'hidden-strength': 'feedback.cohort.hiddenStrengths' } as const satisfies Record<Finding, MessageKey>;

/** The themes where self and others differ by more than the margin, named in words. */
function findingsList(s: SubjectFigures, margin: number, language: UiLanguage): string {
  const themes = (finding: Finding) => s.themes.filter((t) => t.finding === finding).map((t) => `${escapeHtml(t.title)} (${signed(t.difference)})`);
  const items = (Object.keys(FINDING_HEADINGS) as Finding[])
    .map((finding) => [finding, themes(finding)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([finding, list]) => `<li><strong>${escapeHtml(sayIn(language, FINDING_HEADINGS[finding]))}:</strong> ${list.join(', ')}</li>`);
  return items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(sayIn(language, 'feedback.cohort.noFindings', { margin: String(margin) }))}</p>`;
}
