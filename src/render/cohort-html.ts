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

/** The language of syslead's words here: English until this renderer moves to the catalogue (the text and Markdown ones have). */
const WORDS = 'en' as const;

/** A heading with the id its section is labelled by; the text is escaped here. */
const heading = (level: number, id: string, text: string) => `<h${level} id="${id}">${escapeHtml(text)}</h${level}>`;

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
  const title = report.about.title ?? `Cohort report: ${report.questionnaire.title}`;
  const facts: [string, string][] = [
    ['Questionnaire', formName(report)],
    ['Respondents', respondentsLine(report.respondents, WORDS)],
    ...tablesShown(report).map((t): [string, string] => [`From ${t.file}`, respondentsLine(t, WORDS)]),
  ];
  if (report.groupBy) facts.push(['Groups', `by ${report.groupBy.column}, shown with ${report.groupBy.minGroup} or more respondents`]);

  const out: string[] = [];
  out.push(`<header>\n<h1>${escapeHtml(title)}</h1>`);
  const about = aboutLine(report.about, WORDS);
  if (about) out.push(`<p class="lead">${escapeHtml(about)}</p>`);
  out.push(
    '</header>',
    summarySection(
      report,
      `<p class="muted">${[formName(report), `Respondents: ${respondentsLine(report.respondents, WORDS)}`, ...tablesShown(report).map((t) => `${t.file}: ${respondentsLine(t, WORDS)}`), ...(report.detail === 'full' ? [] : ['the full statistics per theme, facet and statement follow with --detail full'])].map(escapeHtml).join(' · ')}</p>`,
      main.bands,
      scales[0]!,
    ),
    `<p class="caution">${escapeHtml(report.caution)}</p>`,
  );
  if (report.detail === 'full') out.push(appendix());
  if (report.people) out.push(peopleSection(report, report.people));
  return htmlPage({ language: main.language, title, body: out.join('\n') });

  function appendix(): string {
    // In print the appendix starts a page of its own, after the one or two of the summary.
    const out: string[] = [`<section aria-labelledby="appendix" class="appendix" style="break-before: page">`, heading(2, 'appendix', 'Appendix: full statistics')];
    out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
    out.push(`<p class="muted"><strong>Basis of the statistics.</strong> ${escapeHtml(report.basis)}</p>\n</section>`);
    out.push(formSections(report, report, main, scales[0]!, 'f1', 2));
    report.otherForms.forEach((form, i) => {
      const own = presentations[i + 1]!;
      const id = `f${i + 2}`;
      const lang = pageLanguage(own.language) === pageLanguage(main.language) ? '' : ` lang="${escapeHtml(pageLanguage(own.language))}"`;
      out.push(`<section${lang} aria-labelledby="${id}">`, heading(2, id, `Also answered: ${form.questionnaire.title}`));
      out.push(`<p>${escapeHtml(formName(form))} · ${whole(form.scored)} respondent(s) scored</p>`);
      out.push(formSections(report, form, own, scales[i + 1]!, id, 3), '</section>');
    });
    if (report.threeSixty) out.push(threeSixtySection(report, report.threeSixty, main.bands));
    return out.join('\n');
  }
}

/** The plain-English summary: who took part, each theme and facet with its n, strongest and weakest, most and least agreement, priorities, self and colleagues, and limits. */
function summarySection(report: CohortReport, facts: string, bands: readonly Band[], scales: ItemScales): string {
  const lines = summaryLines(report, WORDS);
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits, priorities, selfOthers } = report.summary;
  // In print a chart's folded table is left out: the chart has its numbers beside each bar, and the summary keeps to two pages.
  const out = ['<section aria-labelledby="summary" class="summary">', SUMMARY_PRINT, heading(2, 'summary', 'Summary'), `<p>${escapeHtml(lines.participation)}</p>`, facts];
  const areaTitle = (a: (typeof areas)[number]) => `${a.kind === 'facet' ? '↳ ' : ''}${a.title}`;
  out.push(
    chartFigure({
      caption: 'Mean percent per theme and facet, with the respondents it is of',
      svg: compactBarChart(
        { id: 'summary-areas', title: 'Mean percent per theme and facet', desc: areas.map((a) => `${a.title}: ${percent(a.meanPercent)}, n ${whole(a.n)}`).join('; ') },
        areas.map((a) => ({ label: a.title, indent: a.kind === 'facet', values: [{ percent: a.meanPercent, text: `${percent(a.meanPercent)} · n ${whole(a.n)}` }] })),
        [{ label: 'mean percent', colour: seriesColour(0) }],
        bands,
      ),
      legend: [{ label: 'mean percent', colour: seriesColour(0) }, ...zoneLegend(bands)],
      table: folded(
        dataTable({
          caption: 'Mean percent per theme and facet, with the respondents it is of',
          columns: [{ label: 'Theme or facet' }, { label: 'Mean percent', numeric: true }, { label: 'n', numeric: true }],
          rows: areas.map((a) => [areaTitle(a), percent(a.meanPercent), whole(a.n)]),
        }),
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
    const caption = `The statements with ${which} agreement`;
    const items = list.map((s) => ({ ...itemOf.get(s.id)!, text: `${percent(s.agreement)} agree: ${s.text}` }));
    out.push(likertFigure(caption, `summary-${which}`, items, scales, true));
  }
  out.push(`<p class="muted">${escapeHtml(agreementBasis)}</p>`);
  if (priorities) out.push(heading(3, 'priorities', 'Shared development priorities'), `<p>${escapeHtml(lines.priorities!)}</p>`);
  if (priorities && importanceAnswered(priorities)) {
    const series = [
      { label: 'importance', colour: seriesColour(2) },
      { label: 'score', colour: seriesColour(0) },
    ];
    out.push(
      chartFigure({
        caption: 'How important each theme is to the role, against its mean score',
        svg: compactBarChart(
          {
            id: 'summary-priorities',
            title: 'Importance against score per theme',
            desc: priorities.themes.map((t) => `${t.title}: importance ${percent(t.importancePercent)} (n ${whole(t.importanceN)}), score ${percent(t.meanPercent)} (n ${whole(t.n)})`).join('; '),
          },
          priorities.themes.map((t) => ({
            label: t.title,
            values: [
              { percent: t.importancePercent, text: `importance ${percent(t.importancePercent)} · n ${whole(t.importanceN)}` },
              { percent: t.meanPercent, text: `score ${percent(t.meanPercent)} · n ${whole(t.n)}` },
            ],
          })),
          series,
          bands,
        ),
        legend: series,
        table: folded(
          dataTable({
            caption: 'Importance to the role and mean score per theme (percents; gap in points)',
            columns: [{ label: 'Theme' }, ...['Importance', 'n', 'Score', 'n', 'Gap'].map((label) => ({ label, numeric: true }))],
            rows: priorities.themes.map((t) => [t.title, percent(t.importancePercent), whole(t.importanceN), percent(t.meanPercent), whole(t.n), signed(t.gap)]),
          }),
        ),
      }),
      `<p class="muted">${escapeHtml(priorities.basis)}</p>`,
    );
  }
  if (selfOthers) {
    out.push(heading(3, 'self-others', 'Self against colleagues'), `<p>${escapeHtml(lines.selfOthers!)}</p>`);
    const series = [
      { label: 'self', colour: seriesColour(0) },
      { label: 'colleagues', colour: seriesColour(1) },
    ];
    out.push(
      chartFigure({
        caption: "The mean of the subjects' own percents against the mean of their colleagues', per theme",
        svg: compactBarChart(
          {
            id: 'summary-self-others',
            title: 'Self against colleagues per theme',
            desc: selfOthers.themes.map((t) => `${t.title}: self ${percent(t.self)}, colleagues ${percent(t.others)}, ${whole(t.subjects)} subject(s)`).join('; '),
          },
          selfOthers.themes.map((t) => ({
            label: t.title,
            values: [
              { percent: t.self, text: `self ${percent(t.self)} · n ${whole(t.subjects)}` },
              { percent: t.others, text: `colleagues ${percent(t.others)} · n ${whole(t.raters)}` },
            ],
          })),
          series,
          bands,
        ),
        legend: series,
        table: folded(
          dataTable({
            caption: 'Self against colleagues per theme (percents; difference in points)',
            columns: [{ label: 'Theme' }, ...['Self', 'Colleagues', 'Difference', 'Subjects', 'Colleagues (n)'].map((label) => ({ label, numeric: true }))],
            rows: selfOthers.themes.map((t) => [t.title, percent(t.self), percent(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
          }),
        ),
      }),
      `<p class="muted">${escapeHtml(selfOthers.basis)}</p>`,
    );
  }
  out.push(heading(3, 'limits', 'What these figures can and cannot say'));
  out.push(`<ul>${limits.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`, '</section>');
  return out.join('\n');
}

/**
 * The summary's own print rules: its folded tables left out (each chart has its numbers beside its
 * bars), and its figures and headings set closer, so that it keeps to two A4 pages.
 */
const SUMMARY_PRINT =
  '<style>@media print { section.summary details { display: none; } section.summary { font-size: 10pt; } section.summary figure { margin: 0.5rem 0 0.75rem; } section.summary h3 { margin: 0.75rem 0 0.25rem; } section.summary p, section.summary ul { margin: 0.25rem 0 0.5rem; } }</style>';

/** A chart's table folded under its chart: open on screen with a click, and left out of the printed summary (the chart has the numbers). */
const folded = (table: string) => `<details><summary>The figures as a table</summary>\n${table}\n</details>`;

const formName = (f: FormFigures) => `${f.questionnaire.title} (${f.questionnaire.id}, version ${f.questionnaire.version})`;

/** One questionnaire's themes, each theme with its facets and items, and its groups; headings from `level` down. */
function formSections(report: CohortReport, f: FormFigures, presentation: Presentation, scales: ItemScales, idPrefix: string, level: number): string {
  const out: string[] = [];
  // Sections here can run over a page: unlike a person report's, they are not kept whole in print (their figures and rows are).
  out.push(`<section aria-labelledby="${idPrefix}-themes">`, heading(level, `${idPrefix}-themes`, 'Themes'));
  const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report), WORDS);
  if (hidden) out.push(`<p>${escapeHtml(hidden)}</p>`);
  out.push(distributionFigure('How the respondents spread over the bands, theme by theme', `${idPrefix}-themes-chart`, f.themes, presentation.bands));
  const themeNotes = new FigureNotes();
  out.push(
    dataTable({
      caption: 'Person scores per theme',
      columns: [
        { label: 'Theme' },
        { label: 'n', numeric: true },
        { label: 'Mean percent', numeric: true },
        { label: 'Mean', numeric: true },
        { label: 'SD', numeric: true },
        { label: 'Median', numeric: true },
        { label: 'Alpha', numeric: true },
      ],
      rows: f.themes.map((t) => [t.title, whole(t.n), percent(t.meanPercent), ...sectionFigures(themeNotes, t, ['mean', 'sd', 'median']), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    }),
    notesOf(themeNotes),
  );
  out.push('</section>');
  f.themes.forEach((theme, i) => out.push(themeSection(theme, f, presentation, scales, `${idPrefix}-t${i + 1}`, level)));
  out.push(correlationsSection(f, `${idPrefix}-correlations`, level));
  if (report.groupBy) out.push(groupsSection(f, report.groupBy, `${idPrefix}-groups`, level));
  return out.join('\n');
}

function themeSection(theme: ThemeFigures, f: FormFigures, presentation: Presentation, scales: ItemScales, id: string, level: number): string {
  const rows: CohortSectionFigures[] = [{ ...theme, title: theme.facets.length > 0 ? `${theme.title}: whole theme` : theme.title }, ...theme.facets];
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, theme.title)];
  // A theme without facets is drawn in the summary already; with facets, its chart sets them side by side.
  if (theme.facets.length > 0) out.push(distributionFigure(`${theme.title} and its facets: how the respondents spread over the bands`, `${id}-chart`, rows, presentation.bands));
  out.push(scoresTable(theme.title, rows), bandsTable(theme.title, rows, f));
  const excluded = rows.filter((g) => g.alphaExcluded.length > 0);
  const textOf = new Map(theme.items.map((i) => [i.id, i.text] as const));
  if (excluded.length > 0) {
    out.push(
      `<p class="muted">Left out of alpha for having no variance: ${excluded.map((g) => `${escapeHtml(g.title)}: ${escapeHtml(g.alphaExcluded.map((x) => `“${textOf.get(x) ?? x}”`).join(', '))}`).join('; ')}.</p>`,
    );
  }
  // The answers to each statement as diverging bars: per facet when the theme has facets (and its own statements apart), else the theme's.
  const inFacets = new Set(theme.facets.flatMap((x) => x.items.map((i) => i.id)));
  const own = theme.items.filter((i) => !inFacets.has(i.id));
  const likertGroups = theme.facets.length === 0 ? [{ title: theme.title, items: theme.items }] : [...(own.length > 0 ? [{ title: theme.title, items: own }] : []), ...theme.facets];
  out.push(heading(level + 1, `${id}-items`, `Statements of ${theme.title}`));
  likertGroups.forEach((g, i) => out.push(likertFigure(`${g.title}: the answers to each statement`, `${id}-likert-${i + 1}`, g.items, scales)));
  out.push(reliabilityTable(theme.title, rows), mutedList(rows.flatMap((g) => reasonLines(g.reasons, WORDS, `${g.title}: `))));
  out.push(itemsTable(theme.title, theme.items), itemCorrelationTable(theme.title, theme.items));
  theme.facets.forEach((facet, i) => out.push(heading(level + 1, `${id}-f${i + 1}-items`, `Statements of ${facet.title} (facet)`), itemsTable(facet.title, facet.items), itemCorrelationTable(facet.title, facet.items)));
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
function distributionFigure(caption: string, id: string, groups: readonly CohortSectionFigures[], bands: readonly Band[]): string {
  const label = {
    id,
    title: caption,
    desc: `Respondents per ten-point bin of percent of the maximum possible, over the band zones: ${groups.map((g) => `${g.title}: ${g.distribution.join(', ')}`).join('; ')}.`,
  };
  const svg = distributionChart(
    label,
    groups.map((g) => ({ label: g.title, counts: g.distribution })),
    bands,
  );
  const bins = binLabels(groups[0]?.distribution.length ?? 0);
  const table = dataTable({
    caption: 'Respondents per bin of percent',
    columns: [{ label: 'Percent' }, ...groups.map((g) => ({ label: g.title, numeric: true }))],
    rows: bins.map((bin, b) => [bin, ...groups.map((g) => whole(g.distribution[b]!))]),
  });
  return chartFigure({ caption, svg, legend: [{ label: 'respondents', colour: seriesColour(0) }, ...zoneLegend(bands)], table });
}

/** A section's figures to two places, each null one as the mark of its reason. */
function sectionFigures(notes: FigureNotes, g: CohortSectionFigures, names: readonly ('mean' | 'sd' | 'min' | 'median' | 'max')[]): string[] {
  return names.map((name) => notes.figure(g[name], g.reasons[name]));
}

/** The reasons marked in a table, as a note under it; nothing when none was. */
function notesOf(notes: FigureNotes): string {
  return notes.reasons.length === 0 ? '' : `<p class="muted">${notes.lines(escapeHtml).join('<br>')}</p>`;
}

function scoresTable(title: string, rows: readonly CohortSectionFigures[]): string {
  const notes = new FigureNotes();
  const table = dataTable({
    caption: `${title}: person scores`,
    columns: ['Theme or facet', 'n', 'No score', 'Mean', 'SD', 'Min', 'Median', 'Max', 'Mean percent'].map((label, i) => ({ label, numeric: i > 0 })),
    rows: rows.map((g) => [g.title, whole(g.n), whole(g.unscored), ...sectionFigures(notes, g, ['mean', 'sd', 'min', 'median', 'max']), percent(g.meanPercent)]),
  });
  return table + notesOf(notes);
}

function bandsTable(title: string, rows: readonly CohortSectionFigures[], f: FormFigures): string {
  const notes = new FigureNotes();
  const table = dataTable({
    caption: `${title}: respondents per band (share of those with a score), and Cronbach's alpha`,
    columns: [{ label: 'Theme or facet' }, ...f.bands.map((b) => ({ label: b.label, numeric: true })), { label: 'Alpha', numeric: true }, { label: 'Standardized alpha', numeric: true }],
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
function reliabilityTable(title: string, rows: readonly CohortSectionFigures[]): string {
  return dataTable({
    caption: `${title}: reliability beyond alpha (95% intervals; the mean's from the t distribution, as t.test)`,
    columns: ['Theme or facet', 'Alpha, Feldt CI', 'Alpha, Duhachek CI', 'ase', 'Average r', 'Median r', 'S/N', 'G6(smc)', 'Mean score (SE)', 'Mean, 95% CI'].map((label, i) => ({ label, numeric: i > 0 })),
    rows: rows.map((g) => [
      g.title,
      interval(g.alphaFeldt, WORDS, 3),
      interval(g.alphaDuhachek, WORDS, 3),
      fixed(g.alphaSE, 3),
      fixed(g.averageR, 3),
      fixed(g.medianR, 3),
      fixed(g.signalNoise),
      fixed(g.g6, 3),
      `${fixed(g.mean)} (${fixed(g.meanSE, 3)})`,
      interval(g.meanCI, WORDS),
    ]),
  });
}

/** psych's item-total correlations, with the reason for each one not computed. */
function itemCorrelationTable(title: string, items: readonly ItemFigures[]): string {
  const table = dataTable({
    caption: `${title}: item-total correlations (psych raw.r, std.r, r.cor, r.drop)`,
    columns: itemCorrelationHeader(WORDS).map((label, i) => ({ label, numeric: i > 0 })),
    rows: itemCorrelationRows(items, WORDS),
  });
  return `${table}\n${mutedList(itemReasonLines(items, WORDS))}`;
}

/** The person scores' correlations between themes and facets, and the items that may be keyed the wrong way. */
function correlationsSection(f: FormFigures, id: string, level: number): string {
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, 'Correlations between themes and facets'), `<p class="muted">${escapeHtml(correlationNote(WORDS))}</p>`];
  if (f.correlations.length > 0) out.push(dataTable({ caption: 'Correlations of the person scores', columns: correlationHeader(WORDS).map((label, i) => ({ label, numeric: i > 1 })), rows: correlationRows(f) }));
  out.push(mutedList(correlationReasonLines(f, WORDS)));
  const warnings = negativeItemLines(f, WORDS);
  if (warnings.length > 0) out.push(heading(level + 1, `${id}-miskeyed`, 'Items that may be keyed the wrong way'), `<ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
  out.push('</section>');
  return out.join('\n');
}

function mutedList(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `<ul class="muted">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

function itemsTable(title: string, items: readonly ItemFigures[]): string {
  const notes = new FigureNotes();
  const table = dataTable({
    caption: `${title}: statements (reverse-keyed ones marked; mean and SD of the keyed answers)`,
    columns: ['Statement', 'n', 'Missing', 'Mean', 'SD', 'r.drop', 'Alpha if dropped'].map((label, i) => ({ label, numeric: i > 0 })),
    rows: items.map((i) => [
      `${i.text}${i.reverseKeyed ? ' (reverse-keyed)' : ''}`,
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
function likertFigure(caption: string, id: string, items: readonly ItemFigures[], scales: ItemScales, foldTable = false): string {
  const bars = items.map((i) => likertBar(frequencyCounts(i.frequencies)));
  const labels = scales.get(items[0]?.id ?? '') ?? frequencyCounts(items[0]?.frequencies ?? {}).map((_, p) => `point ${p + 1}`);
  const statement = (i: ItemFigures) => `${i.text}${i.reverseKeyed ? ' (reverse-keyed)' : ''}`;
  const svg = likertChart(
    {
      id,
      title: caption,
      desc: `Answers per statement, from ${labels[0]} to ${labels.at(-1)}, left to right of the centre line: ${items.map((i, n) => `${statement(i)}: ${bars[n] ? `${share(Math.round(bars[n].low), 100)} below the middle, ${share(Math.round(bars[n].high), 100)} above, n ${whole(bars[n].n)}` : 'no answers'}`).join('; ')}.`,
    },
    items.map((i, n) => ({ label: statement(i), bar: bars[n]! })),
    likertReach(bars),
  );
  const table = dataTable({
    caption: `${caption}: respondents per answer (share of those who answered)`,
    columns: [{ label: 'Statement' }, { label: 'n', numeric: true }, ...labels.map((label) => ({ label, numeric: true }))],
    rows: items.map((i) => {
      const counts = frequencyCounts(i.frequencies);
      const n = counts.reduce((a, b) => a + b, 0);
      return [statement(i), whole(i.n), ...labels.map((_, p) => (counts[p] === undefined ? '' : `${whole(counts[p])} (${share(counts[p], n)})`))];
    }),
  });
  const colours = likertColours(labels.length);
  return chartFigure({ caption, svg, legend: labels.map((label, p) => ({ label: `${p + 1}: ${label}`, colour: colours[p]! })), table: foldTable ? folded(table) : table });
}

/** Each group the anonymity floor lets through, per theme; groups it hides are only counted. */
function groupsSection(f: FormFigures, groupBy: NonNullable<CohortReport['groupBy']>, id: string, level: number): string {
  const { column, minGroup } = groupBy;
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, `Groups by ${column}`)];
  out.push(`<p>A group of fewer than ${minGroup} respondents is never shown on its own: it is pooled into "other", which is hidden too if still under ${minGroup}.</p>`);
  const name = (g: FormFigures['groups'][number]) => `${g.name}${g.pooled > 0 ? ` (${g.pooled} groups pooled)` : ''}`;
  if (f.groups.length === 0) out.push('<p>No group is large enough to show.</p>');
  else {
    out.push(
      dataTable({
        caption: `Mean percent per theme, by ${column}`,
        columns: [{ label: 'Group' }, { label: 'n', numeric: true }, ...f.themes.map((t) => ({ label: t.title, numeric: true }))],
        rows: f.groups.map((g) => [name(g), whole(g.n), ...g.themes.map((t) => percent(t.meanPercent))]),
      }),
    );
    f.themes.forEach((theme, t) => {
      const notes = new FigureNotes();
      out.push(
        heading(level + 1, `${id}-t${t + 1}`, `${theme.title} by ${column}`),
        dataTable({
          caption: `${theme.title}: person scores by ${column}`,
          columns: ['Group', 'n', 'Mean percent', 'Mean', 'SD', 'Median', 'Alpha'].map((label, i) => ({ label, numeric: i > 0 })),
          rows: f.groups.map((g) => {
            const s = g.themes[t]!;
            return [name(g), whole(s.n), percent(s.meanPercent), ...sectionFigures(notes, s, ['mean', 'sd', 'median']), notes.figure(s.alpha, s.reasons.alpha, 3)];
          }),
        }),
        notesOf(notes),
      );
    });
  }
  const hidden = hiddenLine(f.hiddenGroups, minGroup, WORDS);
  if (hidden) out.push(`<p>${escapeHtml(hidden)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

/** Each respondent's theme percents, only when the report has them (--per-respondent). */
function peopleSection(report: CohortReport, people: NonNullable<CohortReport['people']>): string {
  const out = ['<section aria-labelledby="respondents">', heading(2, 'respondents', 'Respondents')];
  for (const f of [report, ...report.otherForms]) {
    const rows = people.filter((p) => p.questionnaire === f.questionnaire.id);
    if (rows.length === 0) continue;
    out.push(
      dataTable({
        caption: `${f.questionnaire.title}: each respondent's percent per theme`,
        columns: [{ label: '#' }, { label: 'Respondent' }, { label: 'Role' }, { label: 'Group' }, ...f.themes.map((t) => ({ label: t.title, numeric: true }))],
        rows: rows.map((p) => [String(p.row), p.respondent ?? '', p.role, p.group ?? '', ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null))]),
      }),
    );
  }
  out.push('</section>');
  return out.join('\n');
}
