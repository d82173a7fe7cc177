import type { Resource } from '../core/questionnaire/model.js';
import type { Presentation } from '../core/report/presentation.js';
import { itemWording, type ItemLine, type PersonReport, type RankedTheme, type SectionReport, type ThemeReport } from '../core/report/person.js';
import { escapeHtml } from '../core/safe-text.js';
import { escapeHtmlOnce, linkOrText } from './html/escape.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { percentText } from './html/format.js';
import { completedDay } from './dates.js';
import { seriesColour } from './html/palette.js';
import { radarChart } from './html/charts/radar.js';
import { barChart } from './html/charts/bars.js';

/** A radar needs three axes to enclose a shape; with fewer themes, bars say the same more plainly. */
const RADAR_MIN_THEMES = 3;

/**
 * Person reports as one self-contained HTML page: each report an <article> (a new A4 page when
 * printed), with a radar of the themes, bars of each theme's facets over the band zones, and a
 * table of the same numbers beside every chart.
 */
export function renderPersonHtml(reports: readonly PersonReport[]): string {
  const first = reports[0]!;
  const title = reports.length === 1 ? pageTitle(first) : `${first.title}: ${reports.length} reports`;
  const body = reports.map((report, i) => personArticle(report, `p${i + 1}`, report.presentation.language !== first.presentation.language)).join('\n');
  return htmlPage({ language: first.presentation.language, title, body });
}

function pageTitle(report: PersonReport): string {
  const who = report.result.respondent ?? report.result.subject;
  return who ? `${report.title}: ${who}` : report.title;
}

function personArticle(report: PersonReport, idPrefix: string, ownLanguage: boolean): string {
  const { presentation } = report;
  const r = report.result;
  const facts: [string, string][] = [];
  if (r.respondent) facts.push(['Respondent', r.respondent]);
  facts.push(['Role', r.role]);
  if (r.subject && r.subject !== r.respondent) facts.push(['About', r.subject]);
  facts.push(r.completed ? ['Completed', completedDay(r.completed)] : ['Status', 'In progress']);

  const out: string[] = [];
  out.push(`<article${ownLanguage ? ` lang="${escapeHtmlOnce(presentation.language)}"` : ''}>`);
  out.push(`<header>\n<h1>${escapeHtmlOnce(report.title)}</h1>`);
  out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtmlOnce(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
  out.push(`<p class="caution">${escapeHtmlOnce(report.caution)}</p>\n</header>`);
  out.push(summarySection(report, presentation, idPrefix));
  report.themes.forEach((theme, i) => out.push(themeSection(theme, presentation, `${idPrefix}-t${i + 1}`)));
  out.push('</article>');
  return out.join('\n');
}

const ranked = (t: RankedTheme) => `${escapeHtmlOnce(t.title)} (${percentText(t.percent)}${t.band ? `, ${escapeHtmlOnce(t.band.label)}` : ''})`;

function summarySection(report: PersonReport, presentation: Presentation, idPrefix: string): string {
  const themes = report.themes;
  const hasImportance = themes.some((t) => t.importance !== null);
  const chartLabel = {
    id: `${idPrefix}-themes`,
    title: 'Themes',
    desc: `Percent of the maximum possible score for each theme, over the band zones: ${themes.map((t) => `${t.title} ${percentText(t.score.percent)}`).join('; ')}.`,
  };
  // The chart keeps the questionnaire's order so that two reports have the same shape; the table ranks.
  const svg =
    themes.length >= RADAR_MIN_THEMES
      ? radarChart(
          chartLabel,
          themes.map((t) => ({ label: t.title, percent: t.score.percent })),
          presentation.bands,
        )
      : barChart(
          chartLabel,
          themes.map((t) => ({ label: t.title, percents: [t.score.percent] })),
          [{ label: 'score', colour: seriesColour(0) }],
          presentation.bands,
        );
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const table = dataTable({
    caption: 'Themes, highest first',
    // Narrow enough for a phone; each theme's section gives its score in full.
    columns: [{ label: 'Theme' }, { label: 'Percent', numeric: true }, { label: 'Band' }, ...(hasImportance ? [{ label: 'Importance to the role' }] : [])],
    rows: report.summary.ranking.map((t) => [t.title, percentText(t.percent), t.band?.label ?? '', ...(hasImportance ? [byId.get(t.id)!.importance?.label ?? ''] : [])]),
  });

  const out = [`<section class="keep" aria-labelledby="${idPrefix}-summary">`, `<h2 id="${idPrefix}-summary">Summary</h2>`];
  out.push(chartFigure({ caption: 'Your themes at a glance', svg, legend: zoneLegend(presentation.bands), table }));
  const points: string[] = [];
  if (report.summary.strongest) points.push(`<li><strong>Strongest theme:</strong> ${ranked(report.summary.strongest)}</li>`);
  if (report.summary.growthEdge) points.push(`<li><strong>Growth edge:</strong> ${ranked(report.summary.growthEdge)}</li>`);
  if (points.length > 0) out.push(`<ul>${points.join('')}</ul>`);
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push('<h3>Development priorities</h3>', '<p>Themes that matter most to your role and score lowest.</p>');
    if (priorities.themes.length > 0) out.push(`<ol>${priorities.themes.map((t) => `<li>${ranked(t)}: ${escapeHtmlOnce(t.importanceLabel)} to the role</li>`).join('')}</ol>`);
    if (priorities.note) out.push(`<p>${escapeHtmlOnce(priorities.note)}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

function themeSection(theme: ThemeReport, presentation: Presentation, idPrefix: string): string {
  const out = [`<section class="theme" aria-labelledby="${idPrefix}">`, `<h2 id="${idPrefix}">${escapeHtmlOnce(theme.title)}</h2>`];
  for (const line of sectionBody(theme, 3)) out.push(line);
  if (theme.importance) out.push(`<p><strong>Importance to the role:</strong> ${escapeHtmlOnce(theme.importance.label)}</p>`);
  if (theme.facets.length > 0) out.push(facetFigure(theme, presentation, idPrefix));
  for (const line of sectionDetails(theme, 3)) out.push(line);
  for (const facet of theme.facets) {
    out.push(`<h3>${escapeHtmlOnce(facet.title)}</h3>`);
    for (const line of [...sectionBody(facet, 4), ...sectionDetails(facet, 4)]) out.push(line);
  }
  out.push('</section>');
  return out.join('\n');
}

/** The theme and each of its facets as bars over the band zones, with their table. */
function facetFigure(theme: ThemeReport, presentation: Presentation, idPrefix: string): string {
  const rows = [{ ...theme, title: `${theme.title}: whole theme` }, ...theme.facets];
  const label = { id: `${idPrefix}-facets`, title: `${theme.title} and its facets`, desc: `Percent for the theme and each facet: ${rows.map((s) => `${s.title} ${percentText(s.score.percent)}`).join('; ')}.` };
  const svg = barChart(
    label,
    rows.map((s) => ({ label: s.title, percents: [s.score.percent] })),
    [{ label: 'score', colour: seriesColour(0) }],
    presentation.bands,
  );
  const table = dataTable({
    caption: `${theme.title}: the theme and its facets`,
    columns: [{ label: 'Theme or facet' }, { label: 'Percent', numeric: true }, { label: 'Band' }, { label: 'Score' }],
    rows: rows.map((s) => [s.title, percentText(s.score.percent), s.band?.label ?? '', s.detail]),
  });
  return chartFigure({ caption: `${theme.title} by facet`, svg, legend: zoneLegend(presentation.bands), table });
}

/** The description and the score in words. */
function sectionBody(s: SectionReport, level: number): string[] {
  const out: string[] = [];
  if (s.description) out.push(`<p>${escapeHtmlOnce(s.description)}</p>`);
  const band = s.band ? ` · <strong>${escapeHtmlOnce(s.band.label)}</strong>` : '';
  out.push(`<p${level === 3 ? ' class="lead"' : ''}><strong>${percentText(s.score.percent)}</strong>${band} <span class="muted">· ${escapeHtmlOnce(s.detail)}</span></p>`);
  return out;
}

/** Reflections for the band, strengths and growth edges, free text and resources. */
function sectionDetails(s: SectionReport, level: number): string[] {
  const h = (text: string) => `<h${level}>${escapeHtmlOnce(text)}</h${level}>`;
  const out: string[] = [];
  if (s.reflection) {
    out.push(h('What it may mean'), `<p>${escapeHtmlOnce(s.reflection.meaning)}</p>`);
    out.push(h('Questions to sit with'), `<ul>${s.reflection.questions.map((q) => `<li>${escapeHtmlOnce(q)}</li>`).join('')}</ul>`);
    out.push(h('One thing to try'), `<p>${escapeHtmlOnce(s.reflection.try)}</p>`);
  }
  const items = (title: string, lines: readonly ItemLine[]) => {
    if (lines.length > 0)
      out.push(
        h(title),
        `<ul>${lines
          .map((l) => {
            const w = itemWording(l);
            return `<li>${w.lead ? `${escapeHtmlOnce(w.lead)} ` : ''}${escapeHtmlOnce(w.text)}${w.note ? ` <span class="muted">(${escapeHtmlOnce(w.note)})</span>` : ''}</li>`;
          })
          .join('')}</ul>`,
      );
  };
  items('Strengths', s.strengths);
  items('Growth edges', s.growthEdges);
  if (s.texts.length > 0) {
    out.push(h('Notes'));
    for (const t of s.texts) out.push(`<p><em>${escapeHtmlOnce(t.prompt)}</em></p>`, `<blockquote>${escapeHtml(t.answer)}</blockquote>`);
  }
  if (s.resources.length > 0) out.push(h('Read next'), `<ul>${s.resources.map((res) => `<li>${resource(res)}</li>`).join('')}</ul>`);
  return out;
}

/** Each resource's markup, made once: every report that lists a resource lists it the same. */
const resourceHtml = new WeakMap<Resource, string>();

function resource(res: Resource): string {
  let html = resourceHtml.get(res);
  if (html === undefined) {
    html = resourceMarkup(res);
    resourceHtml.set(res, html);
  }
  return html;
}

function resourceMarkup(res: Resource): string {
  const about = [res.authors, res.publisher, res.year]
    .filter((x) => x !== undefined)
    .map((x) => escapeHtmlOnce(String(x)))
    .join(', ');
  return `${linkOrText(res.title, res.url)}<span class="muted">: ${about}</span>`;
}
