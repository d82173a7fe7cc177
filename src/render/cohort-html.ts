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
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure } from './html/figure.js';
import { distributionChart } from './html/charts/distribution.js';
import { seriesColour } from './html/palette.js';
import { compactBarChart } from './html/charts/compact-bars.js';
import type { ChartText } from './html/charts/svg.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayHtml } from './html/say-html.js';
import { type Words, wordsFor } from './cohort-html-words.js';
import { sayAgain } from '../core/report/stable-text.js';
import { wordsTag } from '../core/report/presentation.js';
import { escapeMarked, withLanguageSpans } from './html/lang-marks.js';
import { cohortVoice } from './cohort-languages.js';

// not said: markup
const heading = (level: number, id: string, text: string, lang = '') => `<h${level} id="${id}"${lang}>${escapeMarked(text)}</h${level}>`;

/**
 * A cohort report as one self-contained HTML page: how many respondents were read and scored, the
 * basis of the statistics, and per questionnaire the distribution of person percents over the band
 * zones for every theme and facet, their statistics, bands and items, the groups the anonymity
 * floor lets through, and the 360 view. Every chart has a table of the same numbers beside it.
 * Nobody is named, the 360's subjects included, unless the report has per-respondent rows.
 */
export function renderCohortHtml(view: CohortView): string {
  const { presentations, scales } = view;
  const voice = cohortVoice(view);
  // A bilingual report is walked in its first language, the second beside each text (Words).
  const report = voice.reports[0]!;
  // Each form's band cut-offs draw its zones; its language tags the page or its section.
  const main = presentations[0]!;
  // syslead's words in the report's language (its first), which is the page's; the questionnaire's texts carry theirs where it differs.
  const language = main.languages[0]!;
  const pageTag = wordsTag(main, language);
  const w = wordsFor(language, pageTag, main, voice, view);
  const { say, theirs } = w;
  // The page's <title> is plain text: in two languages joined by " / ".
  const title = report.about.title ?? voice.bothMade((l, r) => sayIn(l, 'cohort.format.title', { title: r.questionnaire.title }));
  const facts: [string, string][] = [
    [say('cohort.html.factQuestionnaire'), formName(report, w)],
    [say('cohort.column.respondents'), w.made((l) => respondentsLine(report.respondents, l))],
    ...tablesShown(report).map((t): [string, string] => [say('cohort.html.factFrom', { file: t.file }), w.made((l) => respondentsLine(t, l))]),
  ];
  if (report.groupBy) facts.push([say('cohort.html.factGroups'), say('cohort.html.groupsFact', { column: report.groupBy.column, min: String(report.groupBy.minGroup) })]);

  const out: string[] = [];
  // A title of the about file or the command line is the user's, in the page's language; the default one names the questionnaire.
  const h1 =
    report.about.title !== null
      ? escapeHtml(title)
      : w.bilingual
        ? escapeMarked(w.made((l, r) => sayIn(l, 'cohort.format.title', { title: r.questionnaire.title })))
        : sayHtml(language, 'cohort.format.title', { title: theirs(report.questionnaire.title) });
  out.push(`<header>\n<h1>${h1}</h1>`);
  const about = aboutLine(report.about, language);
  // not said: markup
  if (about) out.push(w.blocks('p class="lead"', (l) => aboutLine(report.about, l) ?? ''));
  out.push(
    '</header>',
    summarySection(
      report,
      // not said: markup
      `<p class="muted">${[
        formNameHtml(report, w),
        ...[
          w.made((l) => sayIn(l, 'cohort.text.respondents', { line: respondentsLine(report.respondents, l) })),
          ...tablesShown(report).map((t) => w.made((l) => `${t.file}: ${respondentsLine(t, l)}`)),
          ...(report.detail === 'full' ? [] : [say('cohort.html.fullFollows')]),
        ].map(escapeMarked),
      ].join(' · ')}</p>`,
      main.bands,
      scales[0]!,
      w,
    ),
    // not said: markup
    w.blocks('p class="caution"', (l) => sayAgain(l, report.caution)),
  );
  if (report.detail === 'full') out.push(appendix());
  if (report.people) out.push(peopleSection(report, report.people, w));
  return htmlPage({ language: pageTag, title, body: out.join('\n') });

  function appendix(): string {
    // In print the appendix starts a page of its own, after the one or two of the summary.
    // not said: markup
    const out: string[] = [`<section aria-labelledby="appendix" class="appendix" style="break-before: page">`, heading(2, 'appendix', say('cohort.heading.appendix'))];
    // not said: markup
    out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeMarked(k)}</dt><dd>${escapeMarked(v)}</dd>`).join('')}</dl>`);
    // not said: markup
    out.push(`<p class="muted"><strong>${escapeMarked(say('cohort.html.basis'))}</strong> ${escapeMarked(w.again(report.basis))}</p>\n${w.blocks('p class="muted"', (l) => itemFiguresNote(l))}\n</section>`);
    out.push(formSections(report, report, main, scales[0]!, 'f1', 2, w));
    report.otherForms.forEach((form, i) => {
      const own = presentations[i + 1]!;
      const id = `f${i + 2}`;
      // The section holds syslead's words, in the page's language; the form's own texts carry its language where that differs.
      const ownWords = wordsFor(language, pageTag, own, voice, view, i + 1);
      const title = ownWords.theirs(form.questionnaire.title);
      const version = String(form.questionnaire.version);
      if (w.bilingual) {
        const titleIn = (r: CohortReport) => r.otherForms[i]!.questionnaire.title;
        // not said: markup
        out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${escapeMarked(ownWords.made((l, r) => sayIn(l, 'cohort.heading.alsoAnswered', { title: titleIn(r) })))}</h2>`);
        out.push(ownWords.blocks('p', (l, r) => sayIn(l, 'cohort.format.formLine', { title: titleIn(r), id: form.questionnaire.id, version, count: form.scored })));
      } else {
        // not said: markup
        out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${sayHtml(language, 'cohort.heading.alsoAnswered', { title })}</h2>`);
        out.push(`<p>${sayHtml(language, 'cohort.format.formLine', { title, id: escapeHtml(form.questionnaire.id), version: escapeHtml(version) }, form.scored)}</p>`);
      }
      out.push(formSections(report, form, own, scales[i + 1]!, id, 3, ownWords), '</section>');
    });
    if (report.threeSixty) out.push(threeSixtySection(report, report.threeSixty, main.bands, language, w));
    return out.join('\n');
  }
}

/** The plain-English summary: who took part, each theme and facet with its n, strongest and weakest, most and least agreement, priorities, self and colleagues, and limits. */
function summarySection(report: CohortReport, facts: string, bands: readonly Band[], scales: ItemScales, w: Words): string {
  const { say, language } = w;
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits, priorities, selfOthers } = report.summary;
  // In print a chart's folded table is left out: the chart has its numbers beside each bar, and the summary keeps to two pages.
  const lineIn = (which: 'participation' | 'strongest' | 'growth' | 'priorities' | 'selfOthers') => (l: UiLanguage, r: CohortReport) => summaryLines(r, l)[which] ?? '';
  // not said: markup
  const out = ['<section aria-labelledby="summary" class="summary">', SUMMARY_PRINT, heading(2, 'summary', say('cohort.heading.summary')), w.blocks('p', lineIn('participation')), facts];
  const areaTitle = (a: (typeof areas)[number]) => `${a.kind === 'facet' ? '↳ ' : ''}${w.title(a)}`;
  const meanPercent = [{ label: say('cohort.html.seriesMeanPercent'), colour: seriesColour(0) }];
  out.push(
    chartFigure({
      caption: say('cohort.html.areasCaption'),
      svg: compactBarChart(
        w.chart('summary-areas', (l, r) => ({ title: sayIn(l, 'cohort.html.areasTitle'), desc: r.summary.areas.map((a) => `${a.title}: ${percent(a.meanPercent)}, n ${whole(a.n)}`).join('; ') })),
        areas.map((a) => ({ label: w.chartTitle(a), indent: a.kind === 'facet', values: [{ percent: a.meanPercent, text: `${percent(a.meanPercent)} · n ${whole(a.n)}` }] })),
        meanPercent,
        bands,
      ),
      legend: [...meanPercent, ...w.zones(bands)],
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
  out.push(w.blocks('p', lineIn('strongest')), w.blocks('p', lineIn('growth')));
  const itemOf = new Map(report.themes.flatMap((t) => t.items.map((i) => [i.id, i] as const)));
  // A chart each, kept small, so that in print each fits what is left of a page.
  for (const [which, list] of [
    ['most', mostAgreement],
    ['least', leastAgreement],
  ] as const) {
    if (list.length === 0) continue;
    const caption = (l: UiLanguage) => sayIn(l, which === 'most' ? 'cohort.html.mostAgreement' : 'cohort.html.leastAgreement');
    const items = list.map((s) => ({
      ...itemOf.get(s.id)!,
      labelIn: (l: UiLanguage, i: number) => sayIn(l, 'cohort.html.agreeLabel', { agree: sayIn(l, 'cohort.text.agree', { percent: percent(s.agreement) }), text: w.textIn(s, i) }),
    }));
    out.push(likertFigure(caption, `summary-${which}`, items, scales, w, true));
  }
  // not said: markup
  out.push(w.blocks('p class="muted"', (l) => sayAgain(l, agreementBasis)));
  // not said: markup
  if (priorities) out.push(heading(3, 'priorities', say('cohort.heading.priorities')), w.blocks('p', lineIn('priorities')));
  if (priorities && importanceAnswered(priorities)) {
    const series = [
      { label: say('cohort.text.importance'), colour: seriesColour(2) },
      { label: say('cohort.text.score'), colour: seriesColour(0) },
    ];
    out.push(
      chartFigure({
        caption: say('cohort.html.prioritiesCaption'),
        svg: compactBarChart(
          w.chart('summary-priorities', (l, r) => ({
            title: sayIn(l, 'cohort.html.prioritiesTitle'),
            desc: r.summary
              .priorities!.themes.map((t) =>
                sayIn(l, 'cohort.html.prioritiesDesc', { title: t.title, importance: percent(t.importancePercent), importanceN: whole(t.importanceN), score: percent(t.meanPercent), n: whole(t.n) }),
              )
              .join('; '),
          })),
          priorities.themes.map((t) => ({
            label: w.chartTitle(t),
            values: [
              { percent: t.importancePercent, text: sayIn(language, 'cohort.html.importanceValue', { percent: percent(t.importancePercent), n: whole(t.importanceN) }) },
              { percent: t.meanPercent, text: sayIn(language, 'cohort.html.scoreValue', { percent: percent(t.meanPercent), n: whole(t.n) }) },
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
            rows: priorities.themes.map((t) => [w.title(t), percent(t.importancePercent), whole(t.importanceN), percent(t.meanPercent), whole(t.n), signed(t.gap)]),
          }),
          w,
        ),
      }),
      // not said: markup
      w.blocks('p class="muted"', (l) => sayAgain(l, priorities.basis)),
    );
  }
  if (selfOthers) {
    // not said: markup
    out.push(heading(3, 'self-others', say('cohort.heading.selfOthers')), w.blocks('p', lineIn('selfOthers')));
    const series = [
      { label: say('cohort.text.self'), colour: seriesColour(0) },
      { label: say('cohort.text.colleagues'), colour: seriesColour(1) },
    ];
    out.push(
      chartFigure({
        caption: say('cohort.html.selfOthersCaption'),
        svg: compactBarChart(
          w.chart('summary-self-others', (l, r) => ({
            title: sayIn(l, 'cohort.html.selfOthersTitle'),
            desc: r.summary.selfOthers!.themes.map((t) => sayIn(l, 'cohort.html.selfOthersDesc', { title: t.title, self: percent(t.self), others: percent(t.others), count: t.subjects })).join('; '),
          })),
          selfOthers.themes.map((t) => ({
            label: w.chartTitle(t),
            values: [
              { percent: t.self, text: sayIn(language, 'cohort.html.selfValue', { percent: percent(t.self), n: whole(t.subjects) }) },
              { percent: t.others, text: sayIn(language, 'cohort.html.colleaguesValue', { percent: percent(t.others), n: whole(t.raters) }) },
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
            rows: selfOthers.themes.map((t) => [w.title(t), percent(t.self), percent(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
          }),
          w,
        ),
      }),
      // not said: markup
      w.blocks('p class="muted"', (l) => sayAgain(l, selfOthers.basis)),
    );
  }
  out.push(heading(3, 'limits', say('cohort.heading.limits')));
  // not said: markup
  out.push(`<ul>${limits.map((limit) => w.blocks('li', (l) => sayAgain(l, limit))).join('')}</ul>`, '</section>');
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
const folded = (table: string, { say }: Words) => `<details><summary>${escapeMarked(say('cohort.html.asTable'))}</summary>\n${table}\n</details>`;

/** "Title (id, version 1)", as plain text. */
const formName = (f: FormFigures, { made }: Words) => made((l, r) => sayIn(l, 'cohort.html.formName', { title: r.questionnaire.title, id: f.questionnaire.id, version: String(f.questionnaire.version) }));

/** The same as HTML, the questionnaire's title marked with its language where that is not the page's. */
const formNameHtml = (f: FormFigures, w: Words) =>
  w.bilingual
    ? escapeMarked(formName(f, w))
    : sayHtml(w.language, 'cohort.html.formName', { title: w.theirs(f.questionnaire.title), id: escapeHtml(f.questionnaire.id), version: escapeHtml(String(f.questionnaire.version)) });

/** One questionnaire's themes, each theme with its facets and items, and its groups; headings from `level` down. */
function formSections(report: CohortReport, f: FormFigures, presentation: Presentation, scales: ItemScales, idPrefix: string, level: number, w: Words): string {
  const { language, say } = w;
  const out: string[] = [];
  // Sections here can run over a page: unlike a person report's, they are not kept whole in print (their figures and rows are).
  // not said: markup
  out.push(`<section aria-labelledby="${idPrefix}-themes">`, heading(level, `${idPrefix}-themes`, say('cohort.heading.themes')));
  const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report), language);
  // not said: markup
  if (hidden) out.push(w.blocks('p', (l) => hiddenRespondentsLine(f.hidden, minGroupOf(report), l) ?? ''));
  out.push(distributionFigure((l) => sayIn(l, 'cohort.html.themesChart'), `${idPrefix}-themes-chart`, f.themes, presentation.bands, w));
  const themeNotes = new FigureNotes(w.voice.languages);
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
      rows: f.themes.map((t) => [w.title(t), whole(t.n), percent(t.meanPercent), ...sectionFigures(themeNotes, t, ['mean', 'sd', 'median']), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    }),
    notesOf(themeNotes),
  );
  out.push('</section>');
  f.themes.forEach((theme, i) => out.push(themeSection(theme, f, presentation, scales, `${idPrefix}-t${i + 1}`, level, w)));
  // Form 0 is the report's own (f1), then each other form (f2...).
  out.push(correlationsSection(f, Number(idPrefix.slice(1)) - 1, `${idPrefix}-correlations`, level, w));
  if (report.groupBy) out.push(groupsSection(f, report.groupBy, `${idPrefix}-groups`, level, w));
  return out.join('\n');
}

function themeSection(theme: ThemeFigures, f: FormFigures, presentation: Presentation, scales: ItemScales, id: string, level: number, w: Words): string {
  const { language, theirs } = w;
  // The theme's row: syslead's words around its title when it has facets (in a bilingual report, its title in each language: `named`).
  const wholeTheme = (l: UiLanguage, n: number) => sayIn(l, 'cohort.html.wholeTheme', { title: w.titleIn(theme, n) });
  const rows: CohortSectionFigures[] = [{ ...theme, title: theme.facets.length > 0 ? wholeTheme(language, 0) : theme.title }, ...theme.facets];
  const named = (g: CohortSectionFigures) => (g === rows[0] && theme.facets.length > 0 ? w.made((l, _r, n) => wholeTheme(l, n)) : w.title(g));
  const charted = (g: CohortSectionFigures) => (g === rows[0] && theme.facets.length > 0 ? w.chartMade((l, _r, n) => wholeTheme(l, n)) : w.chartTitle(g));
  const title = w.title(theme);
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, title, w.bilingual ? '' : w.formLang)];
  // A theme without facets is drawn in the summary already; with facets, its chart sets them side by side.
  if (theme.facets.length > 0) out.push(distributionFigure((l, n) => sayIn(l, 'cohort.html.facetsChart', { title: w.titleIn(theme, n) }), `${id}-chart`, rows, presentation.bands, w, named, charted));
  out.push(scoresTable(theme, rows, w, named), bandsTable(theme, rows, f, w, named));
  const excluded = rows.filter((g) => g.alphaExcluded.length > 0);
  const textOf = new Map(theme.items.map((i) => [i.id, i.text] as const));
  if (excluded.length > 0) {
    const list = excluded.map((g) => `${escapeHtml(g.title)}: ${escapeHtml(g.alphaExcluded.map((x) => `“${textOf.get(x) ?? x}”`).join(', '))}`).join('; ');
    if (w.bilingual) {
      // Each language's sentence names the sections and statements in it.
      const textIn = (x: string, n: number) => (textOf.has(x) ? w.textIn({ id: x, text: textOf.get(x)! }, n) : x);
      const listIn = (n: number) =>
        excluded.map((g) => `${g === rows[0] && theme.facets.length > 0 ? wholeTheme(w.voice.languages[n]!, n) : w.titleIn(g, n)}: ${g.alphaExcluded.map((x) => `“${textIn(x, n)}”`).join(', ')}`).join('; ');
      out.push(w.blocks('p class="muted"', (l, _r, n) => sayIn(l, 'cohort.html.alphaExcluded', { list: listIn(n) })));
    } else {
      // not said: markup
      out.push(`<p class="muted">${sayHtml(language, 'cohort.html.alphaExcluded', { list })}</p>`);
    }
  }
  // The answers to each statement as diverging bars: per facet when the theme has facets (and its own statements apart), else the theme's.
  const inFacets = new Set(theme.facets.flatMap((x) => x.items.map((i) => i.id)));
  const own = theme.items.filter((i) => !inFacets.has(i.id));
  const likertGroups = theme.facets.length === 0 ? [{ title: theme.title, items: theme.items }] : [...(own.length > 0 ? [{ title: theme.title, items: own }] : []), ...theme.facets];
  // not said: markup
  const mixedHeading = (level: number, id: string, key: MessageKey, of: { id: string; title: string }) =>
    w.bilingual
      ? `<h${level} id="${id}">${escapeMarked(w.made((l, _r, n) => sayIn(l, key, { title: w.titleIn(of, n) })))}</h${level}>`
      : `<h${level} id="${id}">${sayHtml(language, key, { title: theirs(of.title) })}</h${level}>`;
  out.push(mixedHeading(level + 1, `${id}-items`, 'cohort.html.statementsOf', theme));
  likertGroups.forEach((g, i) =>
    out.push(likertFigure((l, n) => sayIn(l, 'cohort.html.answersChart', { title: w.titleIn({ id: 'id' in g ? g.id : theme.id, title: g.title }, n) }), `${id}-likert-${i + 1}`, g.items, scales, w)),
  );
  out.push(reliabilityTable(theme, rows, w, named), mutedList(rows.flatMap((g) => w.lines((l, n) => reasonLines(g.reasons, l, `${w.titleIn(g, n)}: `)))));
  out.push(itemsTable(theme, theme.items, w), itemCorrelationTable(theme, theme.items, w));
  theme.facets.forEach((facet, i) => out.push(mixedHeading(level + 1, `${id}-f${i + 1}-items`, 'cohort.html.statementsOfFacet', facet), itemsTable(facet, facet.items, w), itemCorrelationTable(facet, facet.items, w)));
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
function distributionFigure(
  captionIn: (language: UiLanguage, index: number) => string,
  id: string,
  groups: readonly CohortSectionFigures[],
  bands: readonly Band[],
  w: Words,
  named: (g: CohortSectionFigures) => string = w.title,
  charted: (g: CohortSectionFigures) => ChartText = w.chartTitle,
): string {
  const { say } = w;
  const caption = w.made((l, _r, n) => captionIn(l, n));
  const label = w.chart(id, (l, _r, n) => ({
    title: captionIn(l, n),
    desc: sayIn(l, 'cohort.html.distributionDesc', { groups: groups.map((g) => `${n === 0 ? g.title : w.titleIn(g, n)}: ${g.distribution.join(', ')}`).join('; ') }),
  }));
  const svg = distributionChart(
    label,
    groups.map((g) => ({ label: charted(g), counts: g.distribution })),
    bands,
  );
  const bins = binLabels(groups[0]?.distribution.length ?? 0);
  const table = dataTable({
    caption: say('cohort.html.distributionTable'),
    columns: [{ label: say('cohort.column.percent') }, ...groups.map((g) => ({ label: named(g), numeric: true }))],
    rows: bins.map((bin, b) => [bin, ...groups.map((g) => whole(g.distribution[b]!))]),
  });
  return chartFigure({ caption, svg, legend: [{ label: say('cohort.html.seriesRespondents'), colour: seriesColour(0) }, ...w.zones(bands)], table });
}

/** A section's figures to two places, each null one as the mark of its reason. */
function sectionFigures(notes: FigureNotes, g: CohortSectionFigures, names: readonly ('mean' | 'sd' | 'min' | 'median' | 'max')[]): string[] {
  return names.map((name) => notes.figure(g[name], g.reasons[name]));
}

/** The reasons marked in a table, as a note under it; nothing when none was. */
function notesOf(notes: FigureNotes): string {
  return notes.reasons.length === 0 ? '' : `<p class="muted">${notes.lines(escapeMarked).join('<br>')}</p>`;
}

function scoresTable(of: Titled, rows: readonly CohortSectionFigures[], w: Words, named: (g: CohortSectionFigures) => string): string {
  const { say, voice } = w;
  const notes = new FigureNotes(voice.languages);
  const table = dataTable({
    caption: captionOf(w, 'cohort.html.scoresTable', of),
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
    rows: rows.map((g) => [named(g), whole(g.n), whole(g.unscored), ...sectionFigures(notes, g, ['mean', 'sd', 'min', 'median', 'max']), percent(g.meanPercent)]),
  });
  return table + notesOf(notes);
}

function bandsTable(of: Titled, rows: readonly CohortSectionFigures[], f: FormFigures, w: Words, named: (g: CohortSectionFigures) => string): string {
  const { say, voice, band } = w;
  const notes = new FigureNotes(voice.languages);
  const table = dataTable({
    caption: captionOf(w, 'cohort.html.bandsTable', of),
    columns: [
      { label: say('cohort.column.themeOrFacet') },
      ...f.bands.map((b) => ({ label: band(b), numeric: true })),
      { label: say('cohort.column.alpha'), numeric: true },
      { label: say('cohort.column.standardizedAlpha'), numeric: true },
    ],
    rows: rows.map((g) => {
      const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
      return [
        named(g),
        ...f.bands.map((b) => `${whole(g.bands[b.id] ?? 0)} (${share(g.bands[b.id] ?? 0, total)})`),
        notes.figure(g.alpha, g.reasons.alpha, 3),
        notes.figure(g.alphaStandardized, g.reasons.alphaStandardized, 3),
      ];
    }),
  });
  return table + notesOf(notes);
}

/** psych's figures beyond alpha per theme and facet: intervals, inter-item r, G6, the mean's CI. */
function reliabilityTable(of: Titled, rows: readonly CohortSectionFigures[], w: Words, named: (g: CohortSectionFigures) => string): string {
  const { language, say } = w;
  return dataTable({
    caption: captionOf(w, 'cohort.html.reliabilityTable', of),
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
      named(g),
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
function itemCorrelationTable(of: Titled, items: readonly ItemFigures[], w: Words): string {
  const { language } = w;
  const inEach = (n: number) => items.map((i) => ({ ...i, text: w.textIn(i, n) }));
  const rows = itemCorrelationRows(items, language);
  const firsts = w.lines((l, n) => itemCorrelationRows(inEach(n), l).map((row) => row[0]!));
  const table = dataTable({
    caption: captionOf(w, 'cohort.html.itemCorrelationTable', of),
    columns: w.lines((l) => itemCorrelationHeader(l)).map((label, i) => ({ label, numeric: i > 0 })),
    rows: rows.map((row, n) => [firsts[n]!, ...row.slice(1)]),
  });
  return `${table}\n${mutedList(w.lines((l, n) => itemReasonLines(inEach(n), l)))}`;
}

/** The person scores' correlations between themes and facets, and the items that may be keyed the wrong way. */
function correlationsSection(f: FormFigures, fi: number, id: string, level: number, w: Words): string {
  const { say } = w;
  const formIn = (n: number) => w.voice.formOf(w.voice.reports[n] ?? w.voice.reports[0]!, fi);
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, say('cohort.heading.correlations')), w.blocks('p class="muted"', (l) => correlationNote(l))];
  if (f.correlations.length > 0) {
    const rows = w.voice.reports.map((_, n) => correlationRows(formIn(n)));
    const cell = (n: number, c: number) => (w.bilingual ? w.lines((_l, k) => rows.map((r) => r[n]![c]!).slice(k, k + 1))[0]! : rows[0]![n]![c]!);
    out.push(
      dataTable({
        caption: say('cohort.html.correlationsTable'),
        columns: w.lines((l) => correlationHeader(l)).map((label, i) => ({ label, numeric: i > 1 })),
        rows: rows[0]!.map((row, n) => row.map((_, c) => (c < 2 ? cell(n, c) : row[c]!))),
      }),
    );
  }
  out.push(mutedList(w.lines((l, n) => correlationReasonLines(formIn(n), l))));
  const warnings = w.lines((l, n) => negativeItemLines(formIn(n), l));
  // not said: markup
  if (warnings.length > 0) out.push(heading(level + 1, `${id}-miskeyed`, say('cohort.heading.negativeItems')), `<ul>${warnings.map((line) => `<li>${escapeMarked(line)}</li>`).join('')}</ul>`);
  out.push('</section>');
  return out.join('\n');
}

/** A theme or facet, for its title in each language. */
type Titled = { id: string; title: string };

/** A table's caption naming a theme or facet, in each language, the title in it. */
function captionOf(w: Words, key: MessageKey, of: Titled): string {
  return w.made((l, _r, n) => sayIn(l, key, { title: w.titleIn(of, n) }));
}

function mutedList(lines: readonly string[]): string {
  // not said: markup
  return lines.length === 0 ? '' : `<ul class="muted">${lines.map((line) => `<li>${escapeMarked(line)}</li>`).join('')}</ul>`;
}

function itemsTable(of: Titled, items: readonly ItemFigures[], w: Words): string {
  const { say } = w;
  const notes = new FigureNotes(w.voice.languages);
  const table = dataTable({
    caption: captionOf(w, 'cohort.html.itemsTable', of),
    columns: [say('cohort.column.statement'), 'n', say('cohort.column.missing'), say('cohort.column.mean'), 'SD', 'r.drop', say('cohort.column.alphaIfDropped')].map((label, i) => ({ label, numeric: i > 0 })),
    rows: items.map((i) => [
      w.made((l, _r, n) => `${w.textIn(i, n)}${i.reverseKeyed ? sayIn(l, 'cohort.format.reverseKeyed') : ''}`),
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
function likertFigure(
  captionIn: (language: UiLanguage, index: number) => string,
  id: string,
  items: readonly (ItemFigures & { labelIn?: (language: UiLanguage, index: number) => string })[],
  scales: ItemScales,
  w: Words,
  foldTable = false,
): string {
  const { language, say } = w;
  const caption = w.made((l, _r, n) => captionIn(l, n));
  const bars = items.map((i) => likertBar(frequencyCounts(i.frequencies)));
  const labelsIn = (l: UiLanguage, n: number) =>
    w.scaleIn(items[0]?.id ?? '', n) ?? scales.get(items[0]?.id ?? '') ?? frequencyCounts(items[0]?.frequencies ?? {}).map((_, p) => sayIn(l, 'cohort.format.point', { point: String(p + 1) }));
  const labels = labelsIn(language, 0);
  // Each statement in each language, the chart's whole in each, one after the other (likert.ts).
  const statementIn = (i: (typeof items)[number], l: UiLanguage, n: number) => `${i.labelIn?.(l, n) ?? w.textIn(i, n)}${i.reverseKeyed ? sayIn(l, 'cohort.format.reverseKeyed') : ''}`;
  const statementCell = (i: (typeof items)[number]) => w.made((l, _r, n) => statementIn(i, l, n));
  const barText = (bar: (typeof bars)[number] | undefined, l: UiLanguage) =>
    bar ? sayIn(l, 'cohort.html.likertBar', { below: share(Math.round(bar.low), 100), above: share(Math.round(bar.high), 100), n: whole(bar.n) }) : sayIn(l, 'cohort.text.noAnswers');
  const svg = likertChart(
    w.chart(id, (l, _r, n) => {
      const own = labelsIn(l, n);
      return {
        title: captionIn(l, n),
        desc: sayIn(l, 'cohort.html.likertDesc', { low: String(own[0]), high: String(own.at(-1)), items: items.map((i, k) => `${statementIn(i, l, n)}: ${barText(bars[k], l)}`).join('; ') }),
      };
    }),
    items.map((i, n) => ({ label: w.chartMade((l, _r, k) => statementIn(i, l, k)), bar: bars[n]! })),
    likertReach(bars),
    language,
  );
  const labelCells = labels.map((_, p) => w.made((l, _r, n) => labelsIn(l, n)[p] ?? ''));
  const table = dataTable({
    caption: w.made((l, _r, n) => sayIn(l, 'cohort.html.likertTable', { caption: captionIn(l, n) })),
    columns: [{ label: say('cohort.column.statement') }, { label: 'n', numeric: true }, ...labelCells.map((label) => ({ label, numeric: true }))],
    rows: items.map((i) => {
      const counts = frequencyCounts(i.frequencies);
      const n = counts.reduce((a, b) => a + b, 0);
      return [statementCell(i), whole(i.n), ...labels.map((_, p) => (counts[p] === undefined ? '' : `${whole(counts[p])} (${share(counts[p], n)})`))];
    }),
  });
  const colours = likertColours(labels.length);
  return chartFigure({ caption, svg, legend: labelCells.map((label, p) => ({ label: `${p + 1}: ${label}`, colour: colours[p]! })), table: foldTable ? folded(table, w) : table });
}

/** Each group the anonymity floor lets through, per theme; groups it hides are only counted. */
function groupsSection(f: FormFigures, groupBy: NonNullable<CohortReport['groupBy']>, id: string, level: number, w: Words): string {
  const { language, say, again } = w;
  const { column, minGroup } = groupBy;
  // not said: markup
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, say('cohort.heading.groupsBy', { column }))];
  // The note is the catalogue's, with a number: nothing in it to escape (its quotes are kept as they are).
  // not said: markup
  out.push(`<p>${withLanguageSpans(say('cohort.format.groupsNote', { min: String(minGroup) }))}</p>`);
  const name = (g: FormFigures['groups'][number]) => `${again(g.name)}${g.pooled > 0 ? say('cohort.format.pooled', { pooled: String(g.pooled) }) : ''}`;
  // not said: markup
  if (f.groups.length === 0) out.push(`<p>${escapeMarked(say('cohort.format.noGroup'))}</p>`);
  else {
    out.push(
      dataTable({
        caption: say('cohort.html.groupsTable', { column }),
        columns: [{ label: say('cohort.column.group') }, { label: 'n', numeric: true }, ...f.themes.map((t) => ({ label: w.title(t), numeric: true }))],
        rows: f.groups.map((g) => [name(g), whole(g.n), ...g.themes.map((t) => percent(t.meanPercent))]),
      }),
    );
    f.themes.forEach((theme, t) => {
      const notes = new FigureNotes(w.voice.languages);
      out.push(
        heading(
          level + 1,
          `${id}-t${t + 1}`,
          w.made((l, _r, n) => sayIn(l, 'cohort.html.themeBy', { title: w.titleIn(theme, n), column })),
        ),
        dataTable({
          caption: w.made((l, _r, n) => sayIn(l, 'cohort.html.groupScoresTable', { title: w.titleIn(theme, n), column })),
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
  if (hidden) out.push(w.blocks('p', (l) => hiddenLine(f.hiddenGroups, minGroup, l) ?? ''));
  out.push('</section>');
  return out.join('\n');
}

/** Each respondent's theme percents, only when the report has them (--per-respondent). */
function peopleSection(report: CohortReport, people: NonNullable<CohortReport['people']>, w: Words): string {
  const { say, again } = w;
  // not said: markup
  const out = ['<section aria-labelledby="respondents">', heading(2, 'respondents', say('cohort.heading.respondents'))];
  for (const f of [report, ...report.otherForms]) {
    const rows = people.filter((p) => p.questionnaire === f.questionnaire.id);
    if (rows.length === 0) continue;
    out.push(
      dataTable({
        caption: w.made((l, r) =>
          sayIn(l, 'cohort.html.peopleTable', { title: (r.questionnaire.id === f.questionnaire.id ? r : (r.otherForms.find((o) => o.questionnaire.id === f.questionnaire.id) ?? f)).questionnaire.title }),
        ),
        columns: [{ label: '#' }, { label: say('cohort.column.respondent') }, { label: say('cohort.column.role') }, { label: say('cohort.column.group') }, ...f.themes.map((t) => ({ label: w.title(t), numeric: true }))],
        rows: rows.map((p) => [
          String(p.row),
          p.respondent ?? '',
          w.made((l) => respondentRole(l, p.role)),
          p.group === null || p.group === undefined ? '' : again(p.group),
          ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null)),
        ]),
      }),
    );
  }
  out.push('</section>');
  return out.join('\n');
}
