import type { Band } from '../core/questionnaire/model.js';
import type { CohortReport, FormFigures, CohortSectionFigures, ItemFigures, ThemeFigures } from '../core/report/cohort.js';
import type { CohortView } from '../core/report/cohort-view.js';
import type { Presentation } from '../core/report/presentation.js';
import { aboutLine, FigureNotes, frequencyCounts, summaryLines, hiddenLine, hiddenRespondentsLine, minGroupOf, percent, respondentsLine, share, tablesShown, whole } from './cohort-format.js';
import { threeSixtySection } from './cohort-360-html.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage, pageLanguage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { distributionChart } from './html/charts/distribution.js';
import { seriesColour } from './html/palette.js';

/** A heading with the id its section is labelled by; the text is escaped here. */
const heading = (level: number, id: string, text: string) => `<h${level} id="${id}">${escapeHtml(text)}</h${level}>`;

/**
 * A cohort report as one self-contained HTML page: how many respondents were read and scored, the
 * basis of the statistics, and per questionnaire the distribution of person percents over the band
 * zones for every theme and facet, their statistics, bands and items, the groups the anonymity
 * floor lets through, and the 360 view. Every chart has a table of the same numbers beside it.
 * Nobody is named, the 360's subjects included, unless the report has per-respondent rows.
 */
export function renderCohortHtml({ report, presentations }: CohortView): string {
  // Each form's band cut-offs draw its zones; its language tags the page or its section.
  const main = presentations[0]!;
  const title = report.about.title ?? `Cohort report: ${report.questionnaire.title}`;
  const facts: [string, string][] = [
    ['Questionnaire', formName(report)],
    ['Respondents', respondentsLine(report.respondents)],
    ...tablesShown(report).map((t): [string, string] => [`From ${t.file}`, respondentsLine(t)]),
  ];
  if (report.groupBy) facts.push(['Groups', `by ${report.groupBy.column}, shown with ${report.groupBy.minGroup} or more respondents`]);

  const out: string[] = [];
  out.push(`<header>\n<h1>${escapeHtml(title)}</h1>`);
  const about = aboutLine(report.about);
  if (about) out.push(`<p class="lead">${escapeHtml(about)}</p>`);
  out.push('</header>', summarySection(report), `<section aria-labelledby="appendix">`, heading(2, 'appendix', 'Appendix: the full statistics'));
  out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
  out.push(`<p class="caution">${escapeHtml(report.caution)}</p>`);
  out.push(`<p class="muted"><strong>Basis of the statistics.</strong> ${escapeHtml(report.basis)}</p>\n</section>`);
  out.push(formSections(report, report, main, 'f1', 2));
  report.otherForms.forEach((form, i) => {
    const own = presentations[i + 1]!;
    const id = `f${i + 2}`;
    const lang = pageLanguage(own.language) === pageLanguage(main.language) ? '' : ` lang="${escapeHtml(pageLanguage(own.language))}"`;
    out.push(`<section${lang} aria-labelledby="${id}">`, heading(2, id, `Also answered: ${form.questionnaire.title}`));
    out.push(`<p>${escapeHtml(formName(form))} · ${whole(form.scored)} respondent(s) scored</p>`);
    out.push(formSections(report, form, own, id, 3), '</section>');
  });
  if (report.threeSixty) out.push(threeSixtySection(report, report.threeSixty, main.bands));
  if (report.people) out.push(peopleSection(report, report.people));
  return htmlPage({ language: main.language, title, body: out.join('\n') });
}

/** The plain-English summary: who took part, each theme and facet with its n, strongest and weakest, most and least agreement, and limits. */
function summarySection(report: CohortReport): string {
  const lines = summaryLines(report);
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
  const out = ['<section aria-labelledby="summary">', heading(2, 'summary', 'Summary'), `<p>${escapeHtml(lines.participation)}</p>`];
  out.push(
    dataTable({
      caption: 'Mean percent per theme and facet, with the respondents it is of',
      columns: [{ label: 'Theme or facet' }, { label: 'Mean percent', numeric: true }, { label: 'n', numeric: true }],
      rows: areas.map((a) => [`${a.kind === 'facet' ? '↳ ' : ''}${a.title}`, percent(a.meanPercent), whole(a.n)]),
    }),
  );
  out.push(`<p>${escapeHtml(lines.strongest)}</p>`, `<p>${escapeHtml(lines.growth)}</p>`);
  for (const [caption, list] of [
    ['Most agreement', mostAgreement],
    ['Least agreement', leastAgreement],
  ] as const) {
    if (list.length === 0) continue;
    out.push(
      dataTable({
        caption,
        columns: [{ label: 'Statement' }, { label: 'Agreement', numeric: true }, { label: 'n', numeric: true }],
        rows: list.map((s) => [`${s.text}${s.reverseKeyed ? ' (reverse-keyed)' : ''}`, percent(s.agreement), whole(s.n)]),
      }),
    );
  }
  out.push(`<p class="muted">${escapeHtml(agreementBasis)}</p>`, heading(3, 'limits', 'What these figures can and cannot say'));
  out.push(`<ul>${limits.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`, '</section>');
  return out.join('\n');
}

const formName = (f: FormFigures) => `${f.questionnaire.title} (${f.questionnaire.id}, version ${f.questionnaire.version})`;

/** One questionnaire's themes, each theme with its facets and items, and its groups; headings from `level` down. */
function formSections(report: CohortReport, f: FormFigures, presentation: Presentation, idPrefix: string, level: number): string {
  const out: string[] = [];
  // Sections here can run over a page: unlike a person report's, they are not kept whole in print (their figures and rows are).
  out.push(`<section aria-labelledby="${idPrefix}-themes">`, heading(level, `${idPrefix}-themes`, 'Themes'));
  const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report));
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
  f.themes.forEach((theme, i) => out.push(themeSection(theme, f, presentation, `${idPrefix}-t${i + 1}`, level)));
  if (report.groupBy) out.push(groupsSection(f, report.groupBy, `${idPrefix}-groups`, level));
  return out.join('\n');
}

function themeSection(theme: ThemeFigures, f: FormFigures, presentation: Presentation, id: string, level: number): string {
  const rows: CohortSectionFigures[] = [{ ...theme, title: theme.facets.length > 0 ? `${theme.title}: whole theme` : theme.title }, ...theme.facets];
  const out = [`<section aria-labelledby="${id}">`, heading(level, id, theme.title)];
  // A theme without facets is drawn in the summary already; with facets, its chart sets them side by side.
  if (theme.facets.length > 0) out.push(distributionFigure(`${theme.title} and its facets: how the respondents spread over the bands`, `${id}-chart`, rows, presentation.bands));
  out.push(scoresTable(theme.title, rows), bandsTable(theme.title, rows, f));
  const excluded = rows.filter((g) => g.alphaExcluded.length > 0);
  if (excluded.length > 0) out.push(`<p class="muted">Left out of alpha for having no variance: ${excluded.map((g) => `${escapeHtml(g.title)}: ${escapeHtml(g.alphaExcluded.join(', '))}`).join('; ')}.</p>`);
  out.push(heading(level + 1, `${id}-items`, `Items of ${theme.title}`), itemsTable(theme.title, theme.items));
  theme.facets.forEach((facet, i) => out.push(heading(level + 1, `${id}-f${i + 1}-items`, `Items of ${facet.title} (facet)`), itemsTable(facet.title, facet.items)));
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

function itemsTable(title: string, items: readonly ItemFigures[]): string {
  const notes = new FigureNotes();
  const table = dataTable({
    caption: `${title}: items (R: reverse-keyed; mean and SD of the keyed answers; answers given from the lowest scale point up)`,
    // The answer counts may wrap (they are a list, not one number), so the statements keep room.
    columns: [...['Item', 'n', 'Missing', 'Mean', 'SD', 'r.drop', 'Alpha if dropped'].map((label, i) => ({ label, numeric: i > 0 })), { label: 'Answers given' }],
    rows: items.map((i) => [
      `${i.id}${i.reverseKeyed ? ' (R)' : ''}: ${i.text}`,
      whole(i.n),
      whole(i.missing),
      notes.figure(i.mean, i.reasons.mean),
      notes.figure(i.sd, i.reasons.sd),
      notes.figure(i.rDrop, i.reasons.rDrop),
      notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
      frequencyCounts(i.frequencies).map(whole).join(' / '),
    ]),
  });
  return table + notesOf(notes);
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
  const hidden = hiddenLine(f.hiddenGroups, minGroup);
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
