import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport, FormFigures, CohortSectionFigures, ItemFigures, ThemeFigures } from '../core/report/cohort.js';
import type { CohortView, ItemScales } from '../core/report/cohort-view.js';
import { likertBar, likertReach } from './likert.js';
import { likertChart, likertColours } from './html/charts/likert.js';
import type { Presentation } from '../core/report/presentation.js';
import {
  aboutLine,
  signed,
  fixed,
  FigureNotes,
  frequencyCounts,
  importanceAnswered,
  summaryLines,
  hiddenLine,
  hiddenRespondentsLine,
  minGroupOf,
  percent,
  respondentRole,
  respondentsLine,
  share,
  tablesShown,
  whole,
} from './cohort-format.js';
import { threeSixtySection } from './cohort-360-html.js';
import {
  correlationHeader,
  correlationNote,
  correlationReasonLines,
  correlationRows,
  interval,
  itemCorrelationHeader,
  itemFiguresNote,
  itemCorrelationRows,
  itemReasonLines,
  negativeItemLines,
  reasonLines,
} from './cohort-reliability.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage, pageLanguage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { distributionChart } from './html/charts/distribution.js';
import { seriesColour } from './html/palette.js';
import { compactBarChart } from './html/charts/compact-bars.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayHtml } from './html/say-html.js';
import { sayAgain } from '../core/report/stable-text.js';
import { wordsTag } from '../core/report/presentation.js';

// not said: markup
const heading = (level: number, id: string, text: string, lang = '') => `<h${level} id="${id}"${lang}>${escapeHtml(text)}</h${level}>`;

/**
 * What the page's parts need to speak: syslead's words in the report's language (its first), the
 * model's own texts said again in it, and the questionnaire's texts marked with their language
 * where it is not the page's.
 */
interface Words {
  language: UiLanguage;
  say: (key: MessageKey, values?: MessageValues) => string;
  /** A model's text (a reason, a note, a group's name) in the report's language. */
  again: (text: string) => string;
  /** ` lang="..."` for an element that holds only the questionnaire's texts, when their language is not the page's; else nothing. */
  formLang: string;
  /** A text of the questionnaire, escaped, in a <span lang> when its language is not the page's. */
  theirs: (text: string) => string;
}

function wordsFor(language: UiLanguage, pageTag: string, presentation: Presentation): Words {
  const formTag = pageLanguage(presentation.language);
  // not said: markup
  const formLang = formTag === pageLanguage(pageTag) ? '' : ` lang="${escapeHtml(formTag)}"`;
  return {
    language,
    say: (key, values) => sayIn(language, key, values),
    again: (text) => sayAgain(language, text),
    formLang,
    // not said: markup
    theirs: (text) => (formLang ? `<span${formLang}>${escapeHtml(text)}</span>` : escapeHtml(text)),
  };
}

/**
 * A cohort report as one self-contained HTML page: how many respondents were read and scored, the
 * basis of the statistics, and per questionnaire the distribution of person percents over the band
 * zones for every theme and facet, their statistics, bands and items, the groups the anonymity
 * floor lets through, and the 360 view. Every chart has a table of the same numbers beside it.
 * Nobody is named, the 360's subjects included, unless the report has per-respondent rows.
 */
export function renderCohortHtml({ report, presentations, scales }: CohortView): string {
  // Each form's band cut-offs draw its zones; its language tags the page or its section.
  const main = presentations[0]!;
  // syslead's words in the report's language (its first), which is the page's; the questionnaire's texts carry theirs where it differs.
  const language = main.languages[0]!;
  const pageTag = wordsTag(main, language);
  const w = wordsFor(language, pageTag, main);
  const { say, theirs } = w;
  const title = report.about.title ?? say('cohort.format.title', { title: report.questionnaire.title });
  const facts: [string, string][] = [
    [say('cohort.html.factQuestionnaire'), formName(report, w)],
    [say('cohort.column.respondents'), respondentsLine(report.respondents, language)],
    ...tablesShown(report).map((t): [string, string] => [say('cohort.html.factFrom', { file: t.file }), respondentsLine(t, language)]),
  ];
  if (report.groupBy) facts.push([say('cohort.html.factGroups'), say('cohort.html.groupsFact', { column: report.groupBy.column, min: String(report.groupBy.minGroup) })]);

  const out: string[] = [];
  // A title of the about file or the command line is the user's, in the page's language; the default one names the questionnaire.
  const h1 = report.about.title === null ? sayHtml(language, 'cohort.format.title', { title: theirs(report.questionnaire.title) }) : escapeHtml(title);
  out.push(`<header>\n<h1>${h1}</h1>`);
  const about = aboutLine(report.about, language);
  // not said: markup
  if (about) out.push(`<p class="lead">${escapeHtml(about)}</p>`);
  out.push(
    '</header>',
    summarySection(
      report,
      // not said: markup
      `<p class="muted">${[
        formNameHtml(report, w),
        ...[
          say('cohort.text.respondents', { line: respondentsLine(report.respondents, language) }),
          ...tablesShown(report).map((t) => `${t.file}: ${respondentsLine(t, language)}`),
          ...(report.detail === 'full' ? [] : [say('cohort.html.fullFollows')]),
        ].map(escapeHtml),
      ].join(' · ')}</p>`,
      main.bands,
      scales[0]!,
      w,
    ),
    // not said: markup
    `<p class="caution">${escapeHtml(w.again(report.caution))}</p>`,
  );
  if (report.detail === 'full') out.push(appendix());
  if (report.people) out.push(peopleSection(report, report.people, w));
  return htmlPage({ language: pageTag, title, body: out.join('\n') });

  function appendix(): string {
    // In print the appendix starts a page of its own, after the one or two of the summary.
    // not said: markup
    const out: string[] = [`<section aria-labelledby="appendix" class="appendix" style="break-before: page">`, heading(2, 'appendix', say('cohort.heading.appendix'))];
    // not said: markup
    out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
    // not said: markup
    out.push(`<p class="muted"><strong>${escapeHtml(say('cohort.html.basis'))}</strong> ${escapeHtml(w.again(report.basis))}</p>\n<p class="muted">${escapeHtml(itemFiguresNote(language))}</p>\n</section>`);
    out.push(formSections(report, report, main, scales[0]!, 'f1', 2, w));
    report.otherForms.forEach((form, i) => {
      const own = presentations[i + 1]!;
      const id = `f${i + 2}`;
      // The section holds syslead's words, in the page's language; the form's own texts carry its language where that differs.
      const ownWords = wordsFor(language, pageTag, own);
      const title = ownWords.theirs(form.questionnaire.title);
      const version = String(form.questionnaire.version);
      // not said: markup
      out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${sayHtml(language, 'cohort.heading.alsoAnswered', { title })}</h2>`);
      out.push(`<p>${sayHtml(language, 'cohort.format.formLine', { title, id: escapeHtml(form.questionnaire.id), version: escapeHtml(version), scored: whole(form.scored) })}</p>`);
      out.push(formSections(report, form, own, scales[i + 1]!, id, 3, ownWords), '</section>');
    });
    if (report.threeSixty) out.push(threeSixtySection(report, report.threeSixty, main.bands, language));
    return out.join('\n');
  }
}

/** The plain-English summary: who took part, each theme and facet with its n, strongest and weakest, most and least agreement, priorities, self and colleagues, and limits. */
function summarySection(report: CohortReport, facts: string, bands: readonly Band[], scales: ItemScales, w: Words): string {
  const { language, say, again } = w;
  const lines = summaryLines(report, language);
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits, priorities, selfOthers } = report.summary;
  // In print a chart's folded table is left out: the chart has its numbers beside each bar, and the summary keeps to two pages.
  // not said: markup
  const out = ['<section aria-labelledby="summary" class="summary">', SUMMARY_PRINT, heading(2, 'summary', say('cohort.heading.summary')), `<p>${escapeHtml(lines.participation)}</p>`, facts];
  const areaTitle = (a: (typeof areas)[number]) => `${a.kind === 'facet' ? '↳ ' : ''}${a.title}`;
  const meanPercent = [{ label: say('cohort.html.seriesMeanPercent'), colour: seriesColour(0) }];
  out.push(
    chartFigure({
      caption: say('cohort.html.areasCaption'),
      svg: compactBarChart(
        { id: 'summary-areas', title: say('cohort.html.areasTitle'), desc: areas.map((a) => `${a.title}: ${percent(a.meanPercent)}, n ${whole(a.n)}`).join('; ') },
        areas.map((a) => ({ label: a.title, indent: a.kind === 'facet', values: [{ percent: a.meanPercent, text: `${percent(a.meanPercent)} · n ${whole(a.n)}` }] })),
        meanPercent,
        bands,
      ),
      legend: [...meanPercent, ...zoneLegend(bands, language)],
      table: folded(
        dataTable({
          caption: say('cohort.html.areasCaption'),
          columns: [{ label: say('cohort.column.themeOrFacet') }, { label: say('cohort.column.meanPercent'), numeric: true }, { label: 'n', numeric: true }],
          rows: areas.map((a) => [areaTitle(a), percent(a.meanPercent), whole(a.n)]),
        }),
        w,
      ),
    }),
  );
  out.push(`<p>${escapeHtml(lines.strongest)}</p>`, `<p>${escapeHtml(lines.growth)}</p>`);
  const itemOf = new Map(report.themes.flatMap((t) => t.items.map((i) => [i.id, i] as const)));
  // A chart each, kept small, so that in print each fits what is left of a page.
  for (const [which, list] of [
    ['most', mostAgreement],
    ['least', leastAgreement],
  ] as const) {
    if (list.length === 0) continue;
    const caption = say(which === 'most' ? 'cohort.html.mostAgreement' : 'cohort.html.leastAgreement');
    const items = list.map((s) => ({ ...itemOf.get(s.id)!, text: say('cohort.html.agreeLabel', { agree: say('cohort.text.agree', { percent: percent(s.agreement) }), text: s.text }) }));
    out.push(likertFigure(caption, `summary-${which}`, items, scales, w, true));
  }
  // not said: markup
  out.push(`<p class="muted">${escapeHtml(again(agreementBasis))}</p>`);
  // not said: markup
  if (priorities) out.push(heading(3, 'priorities', say('cohort.heading.priorities')), `<p>${escapeHtml(lines.priorities!)}</p>`);
  if (priorities && importanceAnswered(priorities)) {
    const series = [
      { label: say('cohort.text.importance'), colour: seriesColour(2) },
      { label: say('cohort.text.score'), colour: seriesColour(0) },
    ];
    out.push(
      chartFigure({
        caption: say('cohort.html.prioritiesCaption'),
        svg: compactBarChart(
          {
            id: 'summary-priorities',
            title: say('cohort.html.prioritiesTitle'),
            desc: priorities.themes
              .map((t) => say('cohort.html.prioritiesDesc', { title: t.title, importance: percent(t.importancePercent), importanceN: whole(t.importanceN), score: percent(t.meanPercent), n: whole(t.n) }))
              .join('; '),
          },
          priorities.themes.map((t) => ({
            label: t.title,
            values: [
              { percent: t.importancePercent, text: say('cohort.html.importanceValue', { percent: percent(t.importancePercent), n: whole(t.importanceN) }) },
              { percent: t.meanPercent, text: say('cohort.html.scoreValue', { percent: percent(t.meanPercent), n: whole(t.n) }) },
            ],
          })),
          series,
          bands,
        ),
        legend: series,
        table: folded(
          dataTable({
            caption: say('cohort.html.prioritiesTable'),
            columns: [{ label: say('cohort.column.theme') }, ...[say('cohort.column.importance'), 'n', say('cohort.column.score'), 'n', say('cohort.column.gap')].map((label) => ({ label, numeric: true }))],
            rows: priorities.themes.map((t) => [t.title, percent(t.importancePercent), whole(t.importanceN), percent(t.meanPercent), whole(t.n), signed(t.gap)]),
          }),
          w,
        ),
      }),
      // not said: markup
      `<p class="muted">${escapeHtml(again(priorities.basis))}</p>`,
    );
  }
  if (selfOthers) {
    // not said: markup
    out.push(heading(3, 'self-others', say('cohort.heading.selfOthers')), `<p>${escapeHtml(lines.selfOthers!)}</p>`);
    const series = [
      { label: say('cohort.text.self'), colour: seriesColour(0) },
      { label: say('cohort.text.colleagues'), colour: seriesColour(1) },
    ];
    out.push(
      chartFigure({
        caption: say('cohort.html.selfOthersCaption'),
        svg: compactBarChart(
          {
            id: 'summary-self-others',
            title: say('cohort.html.selfOthersTitle'),
            desc: selfOthers.themes.map((t) => say('cohort.html.selfOthersDesc', { title: t.title, self: percent(t.self), others: percent(t.others), subjects: whole(t.subjects) })).join('; '),
          },
          selfOthers.themes.map((t) => ({
            label: t.title,
            values: [
              { percent: t.self, text: say('cohort.html.selfValue', { percent: percent(t.self), n: whole(t.subjects) }) },
              { percent: t.others, text: say('cohort.html.colleaguesValue', { percent: percent(t.others), n: whole(t.raters) }) },
            ],
          })),
          series,
          bands,
        ),
        legend: series,
        table: folded(
          dataTable({
            caption: say('cohort.html.selfOthersTable'),
            columns: [
              { label: say('cohort.column.theme') },
              ...[say('cohort.column.self'), say('cohort.column.colleagues'), say('cohort.column.difference'), say('cohort.column.subjects'), say('cohort.column.colleaguesN')].map((label) => ({ label, numeric: true })),
            ],
            rows: selfOthers.themes.map((t) => [t.title, percent(t.self), percent(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
          }),
          w,
        ),
      }),
      // not said: markup
      `<p class="muted">${escapeHtml(again(selfOthers.basis))}</p>`,
    );
  }
  out.push(heading(3, 'limits', say('cohort.heading.limits')));
  // not said: markup
  out.push(`<ul>${limits.map((l) => `<li>${escapeHtml(again(l))}</li>`).join('')}</ul>`, '</section>');
  return out.join('\n');
}

/**
 * The summary's own print rules: its folded tables left out (each chart has its numbers beside its
 * bars), and its figures and headings set closer, so that it keeps to two A4 pages.
 */
const SUMMARY_PRINT =
  // not said: CSS
  '<style>@media print { section.summary details { display: none; } section.summary { font-size: 10pt; } section.summary figure { margin: 0.5rem 0 0.75rem; } section.summary h3 { margin: 0.75rem 0 0.25rem; } section.summary p, section.summary ul { margin: 0.25rem 0 0.5rem; } }</style>';

/** A chart's table folded under its chart: open on screen with a click, and left out of the printed summary (the chart has the numbers). */
// not said: markup
const folded = (table: string, { say }: Words) => `<details><summary>${escapeHtml(say('cohort.html.asTable'))}</summary>\n${table}\n</details>`;

/** "Title (id, version 1)", as plain text. */
const formName = (f: FormFigures, { say }: Words) => say('cohort.html.formName', { title: f.questionnaire.title, id: f.questionnaire.id, version: String(f.questionnaire.version) });

/** The same as HTML, the questionnaire's title marked with its language where that is not the page's. */
const formNameHtml = (f: FormFigures, { language, theirs }: Words) =>
  sayHtml(language, 'cohort.html.formName', { title: theirs(f.questionnaire.title), id: escapeHtml(f.questionnaire.id), version: escapeHtml(String(f.questionnaire.version)) });

/** One questionnaire's themes, each theme with its facets and items, and its groups; headings from `level` down. */
function formSections(report: CohortReport, f: FormFigures, presentation: Presentation, scales: ItemScales, idPrefix: string, level: number, w: Words): string {
  const { language, say } = w;
  const out: string[] = [];
  // Sections here can run over a page: unlike a person report's, they are not kept whole in print (their figures and rows are).
  // not said: markup
  out.push(`<section aria-labelledby="${idPrefix}-themes">`, heading(level, `${idPrefix}-themes`, say('cohort.heading.themes')));
  const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report), language);
  // not said: markup
  if (hidden) out.push(`<p>${escapeHtml(hidden)}</p>`);
  out.push(distributionFigure(say('cohort.html.themesChart'), `${idPrefix}-themes-chart`, f.themes, presentation.bands, w));
  const themeNotes = new FigureNotes(language);
  out.push(
    dataTable({
      caption: say('cohort.html.themesTable'),
      columns: [
        { label: say('cohort.column.theme') },
        { label: 'n', numeric: true },
        { label: say('cohort.column.meanPercent'), numeric: true },
        { label: say('cohort.column.mean'), numeric: true },
        { label: 'SD', numeric: true },
        { label: say('cohort.column.median'), numeric: true },
        { label: say('cohort.column.alpha'), numeric: true },
      ],
      rows: f.themes.map((t) => [t.title, whole(t.n), percent(t.meanPercent), ...sectionFigures(themeNotes, t, ['mean', 'sd', 'median']), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    }),
    notesOf(themeNotes),
  );
  out.push('</section>');
  f.themes.forEach((theme, i) => out.push(themeSection(theme, f, presentation, scales, `${idPrefix}-t${i + 1}`, level, w)));
  out.push(correlationsSection(f, `${idPrefix}-correlations`, level, w));
  if (report.groupBy) out.push(groupsSection(f, report.groupBy, `${idPrefix}-groups`, level, w));
  return out.join('\n');
}

function themeSection(theme: ThemeFigures, f: FormFigures, presentation: Presentation, scales: ItemScales, id: string, level: number, w: Words): string {
  const { language, say, theirs } = w;
  const rows: CohortSectionFigures[] = [{ ...theme, title: theme.facets.length > 0 ? say('cohort.html.wholeTheme', { title: theme.title }) : theme.title }, ...theme.facets];
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, theme.title, w.formLang)];
  // A theme without facets is drawn in the summary already; with facets, its chart sets them side by side.
  if (theme.facets.length > 0) out.push(distributionFigure(say('cohort.html.facetsChart', { title: theme.title }), `${id}-chart`, rows, presentation.bands, w));
  out.push(scoresTable(theme.title, rows, w), bandsTable(theme.title, rows, f, w));
  const excluded = rows.filter((g) => g.alphaExcluded.length > 0);
  const textOf = new Map(theme.items.map((i) => [i.id, i.text] as const));
  if (excluded.length > 0) {
    const list = excluded.map((g) => `${escapeHtml(g.title)}: ${escapeHtml(g.alphaExcluded.map((x) => `“${textOf.get(x) ?? x}”`).join(', '))}`).join('; ');
    // not said: markup
    out.push(`<p class="muted">${sayHtml(language, 'cohort.html.alphaExcluded', { list })}</p>`);
  }
  // The answers to each statement as diverging bars: per facet when the theme has facets (and its own statements apart), else the theme's.
  const inFacets = new Set(theme.facets.flatMap((x) => x.items.map((i) => i.id)));
  const own = theme.items.filter((i) => !inFacets.has(i.id));
  const likertGroups = theme.facets.length === 0 ? [{ title: theme.title, items: theme.items }] : [...(own.length > 0 ? [{ title: theme.title, items: own }] : []), ...theme.facets];
  // not said: markup
  const mixedHeading = (level: number, id: string, key: MessageKey, title: string) => `<h${level} id="${id}">${sayHtml(language, key, { title: theirs(title) })}</h${level}>`;
  out.push(mixedHeading(level + 1, `${id}-items`, 'cohort.html.statementsOf', theme.title));
  likertGroups.forEach((g, i) => out.push(likertFigure(say('cohort.html.answersChart', { title: g.title }), `${id}-likert-${i + 1}`, g.items, scales, w)));
  out.push(reliabilityTable(theme.title, rows, w), mutedList(rows.flatMap((g) => reasonLines(g.reasons, language, `${g.title}: `))));
  out.push(itemsTable(theme.title, theme.items, w), itemCorrelationTable(theme.title, theme.items, w));
  theme.facets.forEach((facet, i) =>
    out.push(mixedHeading(level + 1, `${id}-f${i + 1}-items`, 'cohort.html.statementsOfFacet', facet.title), itemsTable(facet.title, facet.items, w), itemCorrelationTable(facet.title, facet.items, w)),
  );
  out.push('</section>');
  return out.join('\n');
}

/**
 * The model's ten-point bins of percent as people read percents (rounded down): "0–9%" ...
 * "90–100%", the last bin holding 100.
 */
function binLabels(bins: number): string[] {
  const width = 100 / bins;
  return Array.from({ length: bins }, (_, i) => `${i * width}–${i === bins - 1 ? 100 : (i + 1) * width - 1}%`);
}

/** Each theme's or facet's respondents per ten-point bin of percent, over the band zones, with the counts in a table. */
function distributionFigure(caption: string, id: string, groups: readonly CohortSectionFigures[], bands: readonly Band[], { language, say }: Words): string {
  const label = {
    id,
    title: caption,
    desc: say('cohort.html.distributionDesc', { groups: groups.map((g) => `${g.title}: ${g.distribution.join(', ')}`).join('; ') }),
  };
  const svg = distributionChart(
    label,
    groups.map((g) => ({ label: g.title, counts: g.distribution })),
    bands,
  );
  const bins = binLabels(groups[0]?.distribution.length ?? 0);
  const table = dataTable({
    caption: say('cohort.html.distributionTable'),
    columns: [{ label: say('cohort.column.percent') }, ...groups.map((g) => ({ label: g.title, numeric: true }))],
    rows: bins.map((bin, b) => [bin, ...groups.map((g) => whole(g.distribution[b]!))]),
  });
  return chartFigure({ caption, svg, legend: [{ label: say('cohort.html.seriesRespondents'), colour: seriesColour(0) }, ...zoneLegend(bands, language)], table });
}

/** A section's figures to two places, each null one as the mark of its reason. */
function sectionFigures(notes: FigureNotes, g: CohortSectionFigures, names: readonly ('mean' | 'sd' | 'min' | 'median' | 'max')[]): string[] {
  return names.map((name) => notes.figure(g[name], g.reasons[name]));
}

/** The reasons marked in a table, as a note under it; nothing when none was. */
function notesOf(notes: FigureNotes): string {
  return notes.reasons.length === 0 ? '' : `<p class="muted">${notes.lines(escapeHtml).join('<br>')}</p>`;
}

function scoresTable(title: string, rows: readonly CohortSectionFigures[], { language, say }: Words): string {
  const notes = new FigureNotes(language);
  const table = dataTable({
    caption: say('cohort.html.scoresTable', { title }),
    columns: [
      say('cohort.column.themeOrFacet'),
      'n',
      say('cohort.column.noScore'),
      say('cohort.column.mean'),
      'SD',
      say('cohort.column.min'),
      say('cohort.column.median'),
      say('cohort.column.max'),
      say('cohort.column.meanPercent'),
    ].map((label, i) => ({ label, numeric: i > 0 })),
    rows: rows.map((g) => [g.title, whole(g.n), whole(g.unscored), ...sectionFigures(notes, g, ['mean', 'sd', 'min', 'median', 'max']), percent(g.meanPercent)]),
  });
  return table + notesOf(notes);
}

function bandsTable(title: string, rows: readonly CohortSectionFigures[], f: FormFigures, { language, say }: Words): string {
  const notes = new FigureNotes(language);
  const table = dataTable({
    caption: say('cohort.html.bandsTable', { title }),
    columns: [
      { label: say('cohort.column.themeOrFacet') },
      ...f.bands.map((b) => ({ label: b.label, numeric: true })),
      { label: say('cohort.column.alpha'), numeric: true },
      { label: say('cohort.column.standardizedAlpha'), numeric: true },
    ],
    rows: rows.map((g) => {
      const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
      return [
        g.title,
        ...f.bands.map((b) => `${whole(g.bands[b.id] ?? 0)} (${share(g.bands[b.id] ?? 0, total)})`),
        notes.figure(g.alpha, g.reasons.alpha, 3),
        notes.figure(g.alphaStandardized, g.reasons.alphaStandardized, 3),
      ];
    }),
  });
  return table + notesOf(notes);
}

/** psych's figures beyond alpha per theme and facet: intervals, inter-item r, G6, the mean's CI. */
function reliabilityTable(title: string, rows: readonly CohortSectionFigures[], { language, say }: Words): string {
  return dataTable({
    caption: say('cohort.html.reliabilityTable', { title }),
    columns: [
      say('cohort.column.themeOrFacet'),
      say('cohort.column.alphaFeldt'),
      say('cohort.column.alphaDuhachek'),
      'ase',
      say('cohort.column.averageR'),
      say('cohort.column.medianR'),
      'S/N',
      'G6(smc)',
      say('cohort.column.meanSE'),
      say('cohort.column.meanCI'),
    ].map((label, i) => ({ label, numeric: i > 0 })),
    rows: rows.map((g) => [
      g.title,
      interval(g.alphaFeldt, language, 3),
      interval(g.alphaDuhachek, language, 3),
      fixed(g.alphaSE, 3),
      fixed(g.averageR, 3),
      fixed(g.medianR, 3),
      fixed(g.signalNoise),
      fixed(g.g6, 3),
      `${fixed(g.mean)} (${fixed(g.meanSE, 3)})`,
      interval(g.meanCI, language),
    ]),
  });
}

/** psych's item-total correlations, with the reason for each one not computed. */
function itemCorrelationTable(title: string, items: readonly ItemFigures[], { language, say }: Words): string {
  const table = dataTable({
    caption: say('cohort.html.itemCorrelationTable', { title }),
    columns: itemCorrelationHeader(language).map((label, i) => ({ label, numeric: i > 0 })),
    rows: itemCorrelationRows(items, language),
  });
  return `${table}\n${mutedList(itemReasonLines(items, language))}`;
}

/** The person scores' correlations between themes and facets, and the items that may be keyed the wrong way. */
function correlationsSection(f: FormFigures, id: string, level: number, { language, say }: Words): string {
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, say('cohort.heading.correlations')), `<p class="muted">${escapeHtml(correlationNote(language))}</p>`];
  if (f.correlations.length > 0) out.push(dataTable({ caption: say('cohort.html.correlationsTable'), columns: correlationHeader(language).map((label, i) => ({ label, numeric: i > 1 })), rows: correlationRows(f) }));
  out.push(mutedList(correlationReasonLines(f, language)));
  const warnings = negativeItemLines(f, language);
  // not said: markup
  if (warnings.length > 0) out.push(heading(level + 1, `${id}-miskeyed`, say('cohort.heading.negativeItems')), `<ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
  out.push('</section>');
  return out.join('\n');
}

function mutedList(lines: readonly string[]): string {
  // not said: markup
  return lines.length === 0 ? '' : `<ul class="muted">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

function itemsTable(title: string, items: readonly ItemFigures[], { language, say }: Words): string {
  const notes = new FigureNotes(language);
  const table = dataTable({
    caption: say('cohort.html.itemsTable', { title }),
    columns: [say('cohort.column.statement'), 'n', say('cohort.column.missing'), say('cohort.column.mean'), 'SD', 'r.drop', say('cohort.column.alphaIfDropped')].map((label, i) => ({ label, numeric: i > 0 })),
    rows: items.map((i) => [
      `${i.text}${i.reverseKeyed ? say('cohort.format.reverseKeyed') : ''}`,
      whole(i.n),
      whole(i.missing),
      notes.figure(i.mean, i.reasons.mean),
      notes.figure(i.sd, i.reasons.sd),
      notes.figure(i.rDrop, i.reasons.rDrop),
      notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
    ]),
  });
  return table + notesOf(notes);
}

/**
 * Statements' answers as diverging stacked bars, with the answers per point of the scale in a
 * table beside (the scale's labels as its columns, and in the legend, from the first statement's scale).
 */
function likertFigure(caption: string, id: string, items: readonly ItemFigures[], scales: ItemScales, w: Words, foldTable = false): string {
  const { language, say } = w;
  const bars = items.map((i) => likertBar(frequencyCounts(i.frequencies)));
  const labels = scales.get(items[0]?.id ?? '') ?? frequencyCounts(items[0]?.frequencies ?? {}).map((_, p) => say('cohort.format.point', { point: String(p + 1) }));
  const reverseKeyed = say('cohort.format.reverseKeyed');
  const statement = (i: ItemFigures) => `${i.text}${i.reverseKeyed ? reverseKeyed : ''}`;
  const barText = (bar: (typeof bars)[number] | undefined) =>
    bar ? say('cohort.html.likertBar', { below: share(Math.round(bar.low), 100), above: share(Math.round(bar.high), 100), n: whole(bar.n) }) : say('cohort.text.noAnswers');
  const svg = likertChart(
    {
      id,
      title: caption,
      desc: say('cohort.html.likertDesc', { low: String(labels[0]), high: String(labels.at(-1)), items: items.map((i, n) => `${statement(i)}: ${barText(bars[n])}`).join('; ') }),
    },
    items.map((i, n) => ({ label: statement(i), bar: bars[n]! })),
    likertReach(bars),
    language,
  );
  const table = dataTable({
    caption: say('cohort.html.likertTable', { caption }),
    columns: [{ label: say('cohort.column.statement') }, { label: 'n', numeric: true }, ...labels.map((label) => ({ label, numeric: true }))],
    rows: items.map((i) => {
      const counts = frequencyCounts(i.frequencies);
      const n = counts.reduce((a, b) => a + b, 0);
      return [statement(i), whole(i.n), ...labels.map((_, p) => (counts[p] === undefined ? '' : `${whole(counts[p])} (${share(counts[p], n)})`))];
    }),
  });
  const colours = likertColours(labels.length);
  return chartFigure({ caption, svg, legend: labels.map((label, p) => ({ label: `${p + 1}: ${label}`, colour: colours[p]! })), table: foldTable ? folded(table, w) : table });
}

/** Each group the anonymity floor lets through, per theme; groups it hides are only counted. */
function groupsSection(f: FormFigures, groupBy: NonNullable<CohortReport['groupBy']>, id: string, level: number, w: Words): string {
  const { language, say, again } = w;
  const { column, minGroup } = groupBy;
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, say('cohort.heading.groupsBy', { column }))];
  // The note is the catalogue's, with a number: nothing in it to escape (its quotes are kept as they are).
  // not said: markup
  out.push(`<p>${say('cohort.format.groupsNote', { min: String(minGroup) })}</p>`);
  const name = (g: FormFigures['groups'][number]) => `${again(g.name)}${g.pooled > 0 ? say('cohort.format.pooled', { pooled: String(g.pooled) }) : ''}`;
  // not said: markup
  if (f.groups.length === 0) out.push(`<p>${escapeHtml(say('cohort.format.noGroup'))}</p>`);
  else {
    out.push(
      dataTable({
        caption: say('cohort.html.groupsTable', { column }),
        columns: [{ label: say('cohort.column.group') }, { label: 'n', numeric: true }, ...f.themes.map((t) => ({ label: t.title, numeric: true }))],
        rows: f.groups.map((g) => [name(g), whole(g.n), ...g.themes.map((t) => percent(t.meanPercent))]),
      }),
    );
    f.themes.forEach((theme, t) => {
      const notes = new FigureNotes(language);
      out.push(
        heading(level + 1, `${id}-t${t + 1}`, say('cohort.html.themeBy', { title: theme.title, column })),
        dataTable({
          caption: say('cohort.html.groupScoresTable', { title: theme.title, column }),
          columns: [say('cohort.column.group'), 'n', say('cohort.column.meanPercent'), say('cohort.column.mean'), 'SD', say('cohort.column.median'), say('cohort.column.alpha')].map((label, i) => ({
            label,
            numeric: i > 0,
          })),
          rows: f.groups.map((g) => {
            const s = g.themes[t]!;
            return [name(g), whole(s.n), percent(s.meanPercent), ...sectionFigures(notes, s, ['mean', 'sd', 'median']), notes.figure(s.alpha, s.reasons.alpha, 3)];
          }),
        }),
        notesOf(notes),
      );
    });
  }
  const hidden = hiddenLine(f.hiddenGroups, minGroup, language);
  // not said: markup
  if (hidden) out.push(`<p>${escapeHtml(hidden)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

/** Each respondent's theme percents, only when the report has them (--per-respondent). */
function peopleSection(report: CohortReport, people: NonNullable<CohortReport['people']>, { say, again, language }: Words): string {
  // not said: markup
  const out = ['<section aria-labelledby="respondents">', heading(2, 'respondents', say('cohort.heading.respondents'))];
  for (const f of [report, ...report.otherForms]) {
    const rows = people.filter((p) => p.questionnaire === f.questionnaire.id);
    if (rows.length === 0) continue;
    out.push(
      dataTable({
        caption: say('cohort.html.peopleTable', { title: f.questionnaire.title }),
        columns: [{ label: '#' }, { label: say('cohort.column.respondent') }, { label: say('cohort.column.role') }, { label: say('cohort.column.group') }, ...f.themes.map((t) => ({ label: t.title, numeric: true }))],
        rows: rows.map((p) => [
          String(p.row),
          p.respondent ?? '',
          respondentRole(language, p.role),
          p.group === null || p.group === undefined ? '' : again(p.group),
          ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null)),
        ]),
      }),
    );
  }
  out.push('</section>');
  return out.join('\n');
}
