import type { MessageKey } from '../core/i18n/en.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport, Finding, SubjectFigures } from '../core/report/cohort.js';
import { FigureNotes, findingName, percent, roleName, signed, whole } from './cohort-format.js';
import { sayAgain } from '../core/report/stable-text.js';
import { escapeHtml } from '../core/safe-text.js';
import { dataTable } from './html/table.js';
import { chartFigure } from './html/figure.js';
import { escapeMarked } from './html/lang-marks.js';
import { type Words, wordsIn } from './cohort-html-words.js';
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
export function threeSixtySection(report: CohortReport, view: NonNullable<CohortReport['threeSixty']>, bands: readonly Band[], language: UiLanguage, w: Words = wordsIn(report, language, bands)): string {
  // not said: HTML markup (element and attribute names)
  const out = ['<section aria-labelledby="view360">', `<h2 id="view360">${escapeMarked(w.say('feedback.cohort.heading'))}</h2>`];
  out.push(
    paragraphs(w, (l) => {
      const strong = (key: MessageKey) => `<strong>${escapeHtml(sayIn(l, key))}</strong>`;
      return sayIn(l, 'feedback.cohort.intro', {
        column: escapeHtml(view.subjectColumn),
        margin: String(view.margin),
        minGroup: String(view.minGroup),
        blindSpot: strong('feedback.finding.blindSpot'),
        hiddenStrength: strong('feedback.finding.hiddenStrength'),
      });
    }),
  );
  report.subjects.forEach((subject, i) => out.push(subjectSection(subject, i, `s${i + 1}`, view.margin, bands, language, w)));
  out.push('</section>');
  return out.join('\n');
}

function subjectSection(s: SubjectFigures, k: number, id: string, margin: number, bands: readonly Band[], language: UiLanguage, w: Words): string {
  const { say } = w;
  const SERIES = series(language);
  // A subject without a name is numbered in the model's English ("Subject 1"), said again here.
  const nameIn = (l: UiLanguage) => sayAgain(l, s.name);
  // not said: HTML markup (element and attribute names)
  const out = [`<section class="keep" aria-labelledby="${id}">`, `<h3 id="${id}">${escapeMarked(w.made(nameIn))}</h3>`];
  out.push(
    paragraphs(w, (l) =>
      sayIn(l, 'feedback.cohort.counts', {
        selfRatings: sayIn(l, 'cohort.count.selfRatings', { count: s.selfRatings }),
        raters: sayIn(l, 'cohort.count.otherRaters', { count: s.raters }),
        hidden: s.hiddenRaters > 0 ? sayIn(l, 'feedback.cohort.hidden', { count: s.hiddenRaters }) : '',
      }),
    ),
  );
  const label = w.chart(`${id}-chart`, (l, r) => ({
    title: sayIn(l, 'feedback.cohort.chartTitle', { name: nameIn(l) }),
    desc: sayIn(l, 'feedback.cohort.chartDesc', {
      themes: (r.subjects[k] ?? s).themes.map((t) => sayIn(l, 'feedback.cohort.chartTheme', { title: t.title, self: percentText(t.self), others: percentText(t.others) })).join('; '),
    }),
  }));
  const svg = barChart(
    label,
    s.themes.map((t) => ({ label: w.chartTitle(t), percents: [t.self, t.others] })),
    SERIES,
    bands,
    language,
  );
  const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
  const notes = new FigureNotes(w.voice.languages);
  const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
  const table = dataTable({
    caption: w.made((l) => sayIn(l, 'feedback.cohort.tableCaption', { name: nameIn(l) })),
    columns: [
      { label: say('feedback.column.theme') },
      ...[
        say('feedback.cohort.column.self'),
        say('feedback.cohort.column.others'),
        say('feedback.cohort.column.othersN'),
        ...roles.map((r) => w.made((l) => roleName(l, r))),
        say('feedback.cohort.column.difference'),
      ].map((l) => ({
        label: l,
        numeric: true,
      })),
      { label: say('feedback.cohort.column.finding') },
    ],
    rows: s.themes.map((t) => [
      w.title(t),
      pct(t.self, t.reasons.self),
      pct(t.others, t.reasons.others),
      whole(t.othersN),
      ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
      notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
      t.finding ? w.made((l) => findingName(l, t.finding!)) : '',
    ]),
  });
  const notesText = notes.reasons.length === 0 ? '' : `\n<p class="muted">${notes.lines(escapeMarked).join('<br>')}</p>`;
  const legend = SERIES.map((entry, n) => ({ ...entry, label: say(n === 0 ? 'feedback.cohort.seriesSelf' : 'feedback.cohort.seriesOthers') }));
  out.push(chartFigure({ caption: w.made((l) => sayIn(l, 'feedback.cohort.figureCaption', { name: nameIn(l) })), svg, legend: [...legend, ...w.zones(bands)], table: table + notesText }));
  out.push(findingsList(s, margin, w));
  out.push('</section>');
  return out.join('\n');
}

const FINDING_HEADINGS = { 'blind-spot': 'feedback.cohort.blindSpots', 'hidden-strength': 'feedback.cohort.hiddenStrengths' } as const satisfies Record<Finding, MessageKey>;

/** The themes where self and others differ by more than the margin, named in words. */
function findingsList(s: SubjectFigures, margin: number, w: Words): string {
  const themes = (finding: Finding) => s.themes.filter((t) => t.finding === finding).map((t) => `${escapeMarked(w.title(t))} (${signed(t.difference)})`);
  const items = (Object.keys(FINDING_HEADINGS) as Finding[])
    .map((finding) => [finding, themes(finding)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([finding, list]) => `<li><strong>${escapeMarked(w.say(FINDING_HEADINGS[finding]))}:</strong> ${list.join(', ')}</li>`);
  return items.length > 0 ? `<ul>${items.join('')}</ul>` : w.blocks('p', (l) => sayIn(l, 'feedback.cohort.noFindings', { margin: String(margin) }));
}

/** A message with markup in it (its places filled with markup already) as a <p> in each language, each not the page's with its lang. */
function paragraphs(w: Words, html: (language: UiLanguage) => string): string {
  const made = w.voice.languages.map((l) => ({ html: html(l), tag: w.tagOf(l) }));
  // not said: markup
  return made
    .filter((m, i) => made.findIndex((x) => x.html === m.html) === i)
    .map((m, i) => `<p${i === 0 ? '' : ` lang="${escapeHtml(m.tag)}"`}>${m.html}</p>`)
    .join('');
}
