import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Resource } from '../core/questionnaire/model.js';
import { wordsTag, type Presentation } from '../core/report/presentation.js';
import { itemWording, type ItemLine, type PersonReport, type RankedTheme, type SectionReport, type ThemeReport } from '../core/report/person.js';
import { escapeHtml } from '../core/safe-text.js';
import { escapeHtmlOnce, linkOrText } from './html/escape.js';
import { htmlPage } from './html/page.js';
import { sayHtml } from './html/say-html.js';
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
  const language = wordsOf(first);
  const title = reports.length === 1 ? pageTitle(first) : sayIn(language, 'person.page.reports', { title: first.title, count: String(reports.length) });
  const pageLang = wordsTag(first.presentation, language);
  const body = reports.map((report, i) => personArticle(report, `p${i + 1}`, wordsTag(report.presentation, wordsOf(report)) !== pageLang)).join('\n');
  return htmlPage({ language: pageLang, title, body });
}

/** The language of a report's own words: its first. */
const wordsOf = (report: PersonReport): UiLanguage => report.presentation.languages[0]!;

/** A report's own words, said in its language. */
const sayer =
  (report: PersonReport) =>
  (key: MessageKey, values?: MessageValues): string =>
    sayIn(wordsOf(report), key, values);

function pageTitle(report: PersonReport): string {
  const who = report.result.respondent ?? report.result.subject;
  return who ? `${report.title}: ${who}` : report.title;
}

function personArticle(report: PersonReport, idPrefix: string, ownLanguage: boolean): string {
  const { presentation } = report;
  const r = report.result;
  const say = sayer(report);
  const facts: [string, string][] = [];
  if (r.respondent) facts.push([say('person.fact.respondent'), r.respondent]);
  facts.push([say('person.fact.role'), r.role]);
  if (r.subject && r.subject !== r.respondent) facts.push([say('person.fact.about'), r.subject]);
  facts.push(r.completed ? [say('person.fact.completed'), completedDay(r.completed)] : [say('person.fact.status'), say('person.fact.inProgress')]);

  const out: string[] = [];
  out.push(`<article${ownLanguage ? ` lang="${escapeHtmlOnce(wordsTag(presentation, wordsOf(report)))}"` : ''}>`);
  out.push(`<header>\n<h1>${escapeHtmlOnce(report.title)}</h1>`);
  // not said: markup
  out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtmlOnce(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
  out.push(`<p class="caution">${escapeHtmlOnce(report.caution)}</p>\n</header>`);
  out.push(summarySection(report, presentation, idPrefix));
  const words = wordsFor(report);
  report.themes.forEach((theme, i) => out.push(themeSection(theme, presentation, `${idPrefix}-t${i + 1}`, words)));
  out.push('</article>');
  return out.join('\n');
}

const ranked = (t: RankedTheme, noScore: string) => `${escapeHtmlOnce(t.title)} (${percentText(t.percent, noScore)}${t.band ? `, ${escapeHtmlOnce(t.band.label)}` : ''})`;

function summarySection(report: PersonReport, presentation: Presentation, idPrefix: string): string {
  const themes = report.themes;
  const language = wordsOf(report);
  const say = sayer(report);
  const noScore = say('person.noScore');
  const hasImportance = themes.some((t) => t.importance !== null);
  const chartLabel = {
    id: `${idPrefix}-themes`,
    title: say('person.chart.themes'),
    desc: say('person.chart.themesDesc', { list: themes.map((t) => `${t.title} ${percentText(t.score.percent, noScore)}`).join('; ') }),
  };
  // The chart keeps the questionnaire's order so that two reports have the same shape; the table ranks.
  const svg =
    themes.length >= RADAR_MIN_THEMES
      ? radarChart(
          chartLabel,
          themes.map((t) => ({ label: t.title, percent: t.score.percent })),
          presentation.bands,
          language,
        )
      : barChart(
          chartLabel,
          themes.map((t) => ({ label: t.title, percents: [t.score.percent] })),
          [{ label: 'score', colour: seriesColour(0) }],
          presentation.bands,
          language,
        );
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const table = dataTable({
    caption: say('person.table.themes'),
    // Narrow enough for a phone; each theme's section gives its score in full.
    columns: [{ label: say('person.column.theme') }, { label: say('person.column.percent'), numeric: true }, { label: say('person.column.band') }, ...(hasImportance ? [{ label: say('person.importance') }] : [])],
    rows: report.summary.ranking.map((t) => [t.title, percentText(t.percent, noScore), t.band?.label ?? '', ...(hasImportance ? [byId.get(t.id)!.importance?.label ?? ''] : [])]),
  });

  // not said: markup
  const out = [`<section class="keep" aria-labelledby="${idPrefix}-summary">`, `<h2 id="${idPrefix}-summary">${escapeHtmlOnce(say('person.heading.summary'))}</h2>`];
  out.push(chartFigure({ caption: say('person.figure.themes'), svg, legend: zoneLegend(presentation.bands, language), table }));
  const points: string[] = [];
  if (report.summary.strongest) points.push(`<li><strong>${escapeHtmlOnce(say('person.heading.strongest'))}</strong> ${ranked(report.summary.strongest, noScore)}</li>`);
  if (report.summary.growthEdge) points.push(`<li><strong>${escapeHtmlOnce(say('person.heading.growthEdge'))}</strong> ${ranked(report.summary.growthEdge, noScore)}</li>`);
  if (points.length > 0) out.push(`<ul>${points.join('')}</ul>`);
  const priorities = report.summary.priorities;
  if (priorities) {
    out.push(`<h3>${escapeHtmlOnce(say('person.heading.priorities'))}</h3>`, `<p>${escapeHtmlOnce(say('person.priorities.lead'))}</p>`);
    if (priorities.themes.length > 0)
      out.push(`<ol>${priorities.themes.map((t) => `<li>${sayHtml(language, 'person.priorities.item', { theme: ranked(t, noScore), importance: escapeHtmlOnce(t.importanceLabel) })}</li>`).join('')}</ol>`);
    if (priorities.note) out.push(`<p>${escapeHtmlOnce(priorities.note)}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/** What a theme's parts need to speak: the report's language and its words. */
interface Words {
  language: UiLanguage;
  say: (key: MessageKey, values?: MessageValues) => string;
  noScore: string;
}

function wordsFor(report: PersonReport): Words {
  const say = sayer(report);
  return { language: wordsOf(report), say, noScore: say('person.noScore') };
}

function themeSection(theme: ThemeReport, presentation: Presentation, idPrefix: string, words: Words): string {
  const { say } = words;
  // not said: markup
  const out = [`<section class="theme" aria-labelledby="${idPrefix}">`, `<h2 id="${idPrefix}">${escapeHtmlOnce(theme.title)}</h2>`];
  for (const line of sectionBody(theme, 3, words)) out.push(line);
  if (theme.importance) out.push(`<p><strong>${escapeHtmlOnce(say('person.importance'))}:</strong> ${escapeHtmlOnce(theme.importance.label)}</p>`);
  if (theme.facets.length > 0) out.push(facetFigure(theme, presentation, idPrefix, words));
  for (const line of sectionDetails(theme, 3, words)) out.push(line);
  for (const facet of theme.facets) {
    out.push(`<h3>${escapeHtmlOnce(facet.title)}</h3>`);
    for (const line of [...sectionBody(facet, 4, words), ...sectionDetails(facet, 4, words)]) out.push(line);
  }
  out.push('</section>');
  return out.join('\n');
}

/** The theme and each of its facets as bars over the band zones, with their table. */
function facetFigure(theme: ThemeReport, presentation: Presentation, idPrefix: string, { language, say, noScore }: Words): string {
  const rows = [{ ...theme, title: say('person.facets.wholeTheme', { theme: theme.title }) }, ...theme.facets];
  const label = {
    id: `${idPrefix}-facets`,
    title: say('person.facets.chart', { theme: theme.title }),
    desc: say('person.facets.chartDesc', { list: rows.map((s) => `${s.title} ${percentText(s.score.percent, noScore)}`).join('; ') }),
  };
  const svg = barChart(
    label,
    rows.map((s) => ({ label: s.title, percents: [s.score.percent] })),
    [{ label: 'score', colour: seriesColour(0) }],
    presentation.bands,
    language,
  );
  const table = dataTable({
    caption: say('person.facets.table', { theme: theme.title }),
    columns: [{ label: say('person.column.themeOrFacet') }, { label: say('person.column.percent'), numeric: true }, { label: say('person.column.band') }, { label: say('person.column.score') }],
    rows: rows.map((s) => [s.title, percentText(s.score.percent, noScore), s.band?.label ?? '', s.detail]),
  });
  return chartFigure({ caption: say('person.facets.figure', { theme: theme.title }), svg, legend: zoneLegend(presentation.bands, language), table });
}

/** The description and the score in words. */
function sectionBody(s: SectionReport, level: number, { noScore }: Words): string[] {
  const out: string[] = [];
  if (s.description) out.push(`<p>${escapeHtmlOnce(s.description)}</p>`);
  const band = s.band ? ` · <strong>${escapeHtmlOnce(s.band.label)}</strong>` : '';
  // not said: markup
  out.push(`<p${level === 3 ? ' class="lead"' : ''}><strong>${percentText(s.score.percent, noScore)}</strong>${band} <span class="muted">· ${escapeHtmlOnce(s.detail)}</span></p>`);
  return out;
}

/** Reflections for the band, strengths and growth edges, free text and resources. */
function sectionDetails(s: SectionReport, level: number, { language, say }: Words): string[] {
  const h = (key: MessageKey) => `<h${level}>${escapeHtmlOnce(say(key))}</h${level}>`;
  const out: string[] = [];
  if (s.reflection) {
    out.push(h('person.heading.meaning'), `<p>${escapeHtmlOnce(s.reflection.meaning)}</p>`);
    out.push(h('person.heading.questions'), `<ul>${s.reflection.questions.map((q) => `<li>${escapeHtmlOnce(q)}</li>`).join('')}</ul>`);
    out.push(h('person.heading.try'), `<p>${escapeHtmlOnce(s.reflection.try)}</p>`);
  }
  const items = (title: MessageKey, lines: readonly ItemLine[]) => {
    if (lines.length > 0)
      out.push(
        h(title),
        `<ul>${lines
          .map((l) => {
            const w = itemWording(l, language);
            // not said: markup
            return `<li>${w.lead ? `${escapeHtmlOnce(w.lead)} ` : ''}${escapeHtmlOnce(w.text)}${w.note ? ` <span class="muted">(${escapeHtmlOnce(w.note)})</span>` : ''}</li>`;
          })
          .join('')}</ul>`,
      );
  };
  items('person.heading.strengths', s.strengths);
  items('person.heading.growthEdges', s.growthEdges);
  if (s.texts.length > 0) {
    out.push(h('person.heading.notes'));
    for (const t of s.texts) out.push(`<p><em>${escapeHtmlOnce(t.prompt)}</em></p>`, `<blockquote>${escapeHtml(t.answer)}</blockquote>`);
  }
  if (s.resources.length > 0) out.push(h('person.heading.readNext'), `<ul>${s.resources.map((res) => `<li>${resource(res)}</li>`).join('')}</ul>`);
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
  // not said: markup
  return `${linkOrText(res.title, res.url)}<span class="muted">: ${about}</span>`;
}
