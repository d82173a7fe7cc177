import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues, UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { Resource } from '../core/questionnaire/model.js';
import { wordsTag, type Presentation } from '../core/report/presentation.js';
import { itemWording, textsAlongside, type ItemLine, type PersonReport, type RankedTheme, type SectionReport, type ThemeReport } from '../core/report/person.js';
import { escapeHtml } from '../core/safe-text.js';
import { escapeHtmlOnce, safeUrl } from './html/escape.js';
import { htmlPage } from './html/page.js';
import { sayHtml } from './html/say-html.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegendHtml, type LegendEntry } from './html/figure.js';
import { percentText } from './html/format.js';
import { completedDay } from './dates.js';
import { seriesColour } from './html/palette.js';
import { radarChart } from './html/charts/radar.js';
import { barChart } from './html/charts/bars.js';
import { BETWEEN, blocksHtml, chartLabelIn, chartText, inLanguage, langSpan, madeInEach, pairHtml, saidInEach, textAndTranslation, wordsText, type Said } from './bilingual.js';
import type { ChartText } from './html/charts/svg.js';

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

/**
 * How a report speaks in HTML, in one language or two (--lang cy,en): syslead's words in each of
 * its languages, and the questionnaire's texts beside their translation, every part that is not in
 * the language around it (`context`, the article's) in an element with its own lang.
 */
interface Voice {
  /** The language tag of the article: that of syslead's words in the first language. */
  context: string;
  /** The questionnaire's language tag (of the texts of `report`) and that of the texts beside them, when they differ. */
  textsTag: string;
  alongsideTag: string | undefined;
  /** A message of syslead's as markup in every language. */
  words(key: MessageKey, values?: MessageValues): string;
  /** The same as plain text ("Crynodeb / Summary"), for an attribute or an SVG title. */
  plain(key: MessageKey, values?: MessageValues): string;
  /** A short text of the questionnaire's and its translation, as markup on one line. */
  short(text: string, alongside: string | undefined): string;
  /** A longer text and its translation, each in a block of its own (`open`: "p", "li"...). */
  blocks(open: string, text: string, alongside: string | undefined, inner?: (html: string) => string): string;
  /** A short text and its translation as a chart's label, each part with its lang (charts are in `context`). */
  chart(text: string, alongside: string | undefined): ChartText;
  /** A short text and its translation in one element, each on a line of its own (a list item's). */
  lines(text: string, alongside: string | undefined): string;
  /** Texts of syslead's (already said in each language) as blocks. */
  wordBlocks(open: string, said: readonly Said[]): string;
  /** A message of syslead's in every language, its places filled with markup made already. */
  wordsWith(key: MessageKey, markup: (language: UiLanguage) => Readonly<Record<string, string>>): string;
  /** The second language and the tag of syslead's words in it, for a bilingual report. */
  second: { language: UiLanguage; tag: string } | undefined;
}

function voiceOf(report: PersonReport): Voice {
  const { presentation } = report;
  const context = wordsTag(presentation, wordsOf(report));
  const texts = textsAlongside(report);
  const textsTag = presentation.language;
  const alongsideTag = texts?.presentation.language;
  const second = presentation.languages[1];
  const said = (text: string, alongside: string | undefined): Said[] => textAndTranslation(text, textsTag, alongside, alongsideTag);
  return {
    context,
    textsTag,
    alongsideTag,
    words: (key, values) => pairHtml(saidInEach(presentation, key, values), context, escapeHtmlOnce),
    plain: (key, values) => wordsText(presentation, key, values),
    short: (text, alongside) => pairHtml(said(text, alongside), context, escapeHtmlOnce),
    blocks: (open, text, alongside, inner) => blocksHtml(said(text, alongside), context, open, escapeHtmlOnce, inner),
    chart: (text, alongside) => chartText(said(text, alongside), context),
    lines: (text, alongside) => pairHtml(said(text, alongside), context, escapeHtmlOnce, '<br>'),
    wordBlocks: (open, words) => blocksHtml(words, context, open, escapeHtmlOnce),
    wordsWith: (key, markup) => {
      const said = presentation.languages.map((language) => ({ html: sayHtml(language, key, markup(language)), tag: wordsTag(presentation, language) }));
      if (said.length === 1) return inLanguage(said[0]!.html, said[0]!.tag, context);
      return said.map((w) => langSpan(w.tag, w.html)).join(BETWEEN);
    },
    second: second === undefined ? undefined : { language: second, tag: wordsTag(presentation, second) },
  };
}

function personArticle(report: PersonReport, idPrefix: string, ownLanguage: boolean): string {
  const { presentation } = report;
  const r = report.result;
  const voice = voiceOf(report);
  const { words } = voice;
  const texts = textsAlongside(report);
  const facts: [string, string][] = [];
  if (r.respondent) facts.push([words('person.fact.respondent'), escapeHtml(r.respondent)]);
  facts.push([words('person.fact.role'), words(`person.role.${r.role}`)]);
  if (r.subject && r.subject !== r.respondent) facts.push([words('person.fact.about'), escapeHtml(r.subject)]);
  facts.push(r.completed ? [words('person.fact.completed'), escapeHtml(completedDay(r.completed))] : [words('person.fact.status'), words('person.fact.inProgress')]);

  const out: string[] = [];
  out.push(`<article${ownLanguage ? ` lang="${escapeHtmlOnce(voice.context)}"` : ''}>`);
  out.push(`<header>\n<h1>${voice.short(report.title, texts?.title)}</h1>`);
  // not said: markup
  out.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`);
  const { second } = voice;
  const cautions: Said[] = [{ text: report.caution, tag: voice.context }];
  if (second !== undefined) cautions.push({ text: report.alongside?.caution ?? sayIn(second.language, 'person.caution'), tag: second.tag });
  out.push(`${voice.wordBlocks('p class="caution"', cautions)}\n</header>`);
  // One legend for every chart of the report: the zones are the same.
  const legend = legendOf(report);
  out.push(summarySection(report, presentation, idPrefix, voice, legend));
  const themeWords = wordsFor(report);
  // A translation has its source's themes and facets, in the same order.
  report.themes.forEach((theme, i) => out.push(themeSection(theme, presentation, `${idPrefix}-t${i + 1}`, themeWords, voice, { t: texts?.themes[i], o: report.alongside?.themes[i] }, legend)));
  out.push('</article>');
  return out.join('\n');
}

/** The legend of the band zones in every language of the report, each band's label in its questionnaire's language. */
function legendOf(report: PersonReport): LegendEntry[] {
  const { presentation } = report;
  const texts = textsAlongside(report);
  const perLanguage = presentation.languages.map((language, n) => {
    const tag = wordsTag(presentation, language);
    // The second language's legend names the bands as its questionnaire does, when there is one in it.
    const bands = n > 0 && texts ? texts.presentation.bands : presentation.bands;
    const bandTag = n > 0 && texts ? texts.presentation.language : presentation.language;
    return { tag, entries: zoneLegendHtml(bands, language, (label) => inLanguage(escapeHtmlOnce(label), bandTag, tag)) };
  });
  if (perLanguage.length === 1) return perLanguage[0]!.entries.map((e) => (e.html === escapeHtmlOnce(e.label) ? { label: e.label, colour: e.colour } : e));
  return perLanguage[0]!.entries.map((entry, i) => ({
    ...entry,
    html: perLanguage.map(({ tag, entries }) => langSpan(tag, entries[i]?.html ?? '')).join(BETWEEN),
  }));
}

const ranked = (t: RankedTheme, noScore: string, voice: Voice, alongside: Pick<RankedTheme, 'title' | 'band'> | undefined) =>
  `${voice.short(t.title, alongside?.title)} (${percentText(t.percent, noScore)}${t.band ? `, ${voice.short(t.band.label, alongside?.band?.label)}` : ''})`;

function summarySection(report: PersonReport, presentation: Presentation, idPrefix: string, voice: Voice, legend: LegendEntry[]): string {
  const themes = report.themes;
  const language = wordsOf(report);
  const say = sayer(report);
  const texts = textsAlongside(report);
  const otherTheme = (id: string) => texts?.themes.find((t) => t.id === id);
  const noScore = say('person.noScore');
  const noScoreHtml = voice.words('person.noScore');
  const hasImportance = themes.some((t) => t.importance !== null);
  const chartLabel = chartLabelIn(presentation, `${idPrefix}-themes`, (l, i) => ({
    title: sayIn(l, 'person.chart.themes'),
    desc: sayIn(l, 'person.chart.themesDesc', { list: themes.map((t) => `${i === 0 ? t.title : (otherTheme(t.id)?.title ?? t.title)} ${percentText(t.score.percent, sayIn(l, 'person.noScore'))}`).join('; ') }),
  }));
  // The chart keeps the questionnaire's order so that two reports have the same shape; the table ranks.
  const svg =
    themes.length >= RADAR_MIN_THEMES
      ? radarChart(
          chartLabel,
          themes.map((t) => ({ label: voice.chart(t.title, otherTheme(t.id)?.title), percent: t.score.percent })),
          presentation.bands,
          language,
        )
      : barChart(
          chartLabel,
          themes.map((t) => ({ label: voice.chart(t.title, otherTheme(t.id)?.title), percents: [t.score.percent] })),
          [{ label: 'score', colour: seriesColour(0) }],
          presentation.bands,
          language,
        );
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const percentCell = (percent: number | null) => (percent === null ? { html: noScoreHtml } : percentText(percent, noScore));
  const table = dataTable({
    caption: voice.plain('person.table.themes'),
    captionHtml: voice.words('person.table.themes'),
    // Narrow enough for a phone; each theme's section gives its score in full.
    columns: [
      { label: { html: voice.words('person.column.theme') } },
      { label: { html: voice.words('person.column.percent') }, numeric: true },
      { label: { html: voice.words('person.column.band') } },
      ...(hasImportance ? [{ label: { html: voice.words('person.importance') } }] : []),
    ],
    rows: report.summary.ranking.map((t) => {
      const o = otherTheme(t.id);
      const importance = byId.get(t.id)!.importance?.label;
      return [
        { html: voice.short(t.title, o?.title) },
        percentCell(t.percent),
        t.band ? { html: voice.short(t.band.label, o?.band?.label) } : '',
        ...(hasImportance ? [importance ? { html: voice.short(importance, o?.importance?.label) } : ''] : []),
      ];
    }),
  });

  // not said: markup
  const out = [`<section class="keep" aria-labelledby="${idPrefix}-summary">`, `<h2 id="${idPrefix}-summary">${voice.words('person.heading.summary')}</h2>`];
  out.push(chartFigure({ caption: voice.plain('person.figure.themes'), captionHtml: voice.words('person.figure.themes'), svg, legend, table }));
  const points: string[] = [];
  const strongest = report.summary.strongest;
  const growthEdge = report.summary.growthEdge;
  if (strongest) points.push(`<li><strong>${voice.words('person.heading.strongest')}</strong> ${ranked(strongest, noScore, voice, otherTheme(strongest.id))}</li>`);
  if (growthEdge) points.push(`<li><strong>${voice.words('person.heading.growthEdge')}</strong> ${ranked(growthEdge, noScore, voice, otherTheme(growthEdge.id))}</li>`);
  if (points.length > 0) out.push(`<ul>${points.join('')}</ul>`);
  const priorities = report.summary.priorities;
  if (priorities) {
    const second = presentation.languages[1];
    const leads: Said[] = saidInEach(presentation, 'person.priorities.lead');
    out.push(`<h3>${voice.words('person.heading.priorities')}</h3>`, voice.wordBlocks('p', leads));
    if (priorities.themes.length > 0)
      out.push(
        `<ol>${priorities.themes
          .map((t, i) => {
            const importance = voice.short(t.importanceLabel, texts?.summary.priorities?.themes[i]?.importanceLabel);
            return `<li>${sayHtml(language, 'person.priorities.item', { theme: ranked(t, noScore, voice, otherTheme(t.id)), importance })}</li>`;
          })
          .join('')}</ol>`,
      );
    if (priorities.note) {
      const notes: Said[] = [{ text: priorities.note, tag: voice.context }];
      const otherNote = report.alongside?.summary.priorities?.note;
      if (second !== undefined && otherNote && otherNote !== priorities.note) notes.push({ text: otherNote, tag: wordsTag(presentation, second) });
      out.push(voice.wordBlocks('p', notes));
    }
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

/** The same part of the report beside it: `t` with the questionnaire's texts in the second language, `o` with syslead's words in it. */
interface Beside<T> {
  t: T | undefined;
  o: T | undefined;
}

function themeSection(theme: ThemeReport, presentation: Presentation, idPrefix: string, words: Words, voice: Voice, { t, o }: Beside<ThemeReport>, legend: LegendEntry[]): string {
  // not said: markup
  const out = [`<section class="theme" aria-labelledby="${idPrefix}">`, `<h2 id="${idPrefix}">${voice.short(theme.title, t?.title)}</h2>`];
  for (const line of sectionBody(theme, 3, words, voice, { t, o })) out.push(line);
  if (theme.importance) out.push(`<p><strong>${voice.words('person.importance')}:</strong> ${voice.short(theme.importance.label, t?.importance?.label)}</p>`);
  if (theme.facets.length > 0) out.push(facetFigure(theme, presentation, idPrefix, words, voice, t, legend));
  for (const line of sectionDetails(theme, 3, words, voice, t)) out.push(line);
  theme.facets.forEach((facet, j) => {
    const beside = { t: t?.facets[j], o: o?.facets[j] };
    out.push(`<h3>${voice.short(facet.title, beside.t?.title)}</h3>`);
    for (const line of [...sectionBody(facet, 4, words, voice, beside), ...sectionDetails(facet, 4, words, voice, beside.t)]) out.push(line);
  });
  out.push('</section>');
  return out.join('\n');
}

/** The theme and each of its facets as bars over the band zones, with their table. */
function facetFigure(theme: ThemeReport, presentation: Presentation, idPrefix: string, { language, noScore }: Words, voice: Voice, t: ThemeReport | undefined, legend: LegendEntry[]): string {
  const rows = [theme, ...theme.facets];
  const label = chartLabelIn(presentation, `${idPrefix}-facets`, (l, i) => {
    const themeTitle = i === 0 ? theme.title : (t?.title ?? theme.title);
    const facetTitle = (f: (typeof theme.facets)[number], n: number) => (i === 0 ? f.title : (t?.facets[n]?.title ?? f.title));
    const named = [sayIn(l, 'person.facets.wholeTheme', { theme: themeTitle }), ...theme.facets.map(facetTitle)];
    return {
      title: sayIn(l, 'person.facets.chart', { theme: themeTitle }),
      desc: sayIn(l, 'person.facets.chartDesc', { list: rows.map((s, n) => `${named[n]} ${percentText(s.score.percent, sayIn(l, 'person.noScore'))}`).join('; ') }),
    };
  });
  const svg = barChart(
    label,
    [
      // The whole theme's row is syslead's words around the theme's title, in each language.
      {
        label: chartText(
          madeInEach(presentation, (l) => sayIn(l, 'person.facets.wholeTheme', { theme: l === voice.second?.language && t ? t.title : theme.title })),
          voice.context,
        ),
        percents: [theme.score.percent],
      },
      ...theme.facets.map((f, n) => ({ label: voice.chart(f.title, t?.facets[n]?.title), percents: [f.score.percent] })),
    ],
    [{ label: 'score', colour: seriesColour(0) }],
    presentation.bands,
    language,
  );
  // The theme's title in the language of each: the second's from its questionnaire when there is one.
  const themeIn = (language: UiLanguage) =>
    language === voice.second?.language && t
      ? inLanguage(escapeHtmlOnce(t.title), voice.alongsideTag ?? voice.textsTag, voice.second.tag)
      : inLanguage(escapeHtmlOnce(theme.title), voice.textsTag, wordsTag(presentation, language));
  const withTheme = (key: MessageKey) => voice.wordsWith(key, (language) => ({ theme: themeIn(language) }));
  const alongsideRows = t ? [t, ...t.facets] : [];
  const noScoreHtml = voice.words('person.noScore');
  const table = dataTable({
    caption: wordsText(presentation, 'person.facets.table', { theme: theme.title }),
    captionHtml: withTheme('person.facets.table'),
    columns: [
      { label: { html: voice.words('person.column.themeOrFacet') } },
      { label: { html: voice.words('person.column.percent') }, numeric: true },
      { label: { html: voice.words('person.column.band') } },
      { label: { html: voice.words('person.column.score') } },
    ],
    rows: rows.map((s, i) => [
      i === 0 ? { html: withTheme('person.facets.wholeTheme') } : { html: voice.short(s.title, alongsideRows[i]?.title) },
      s.score.percent === null ? { html: noScoreHtml } : percentText(s.score.percent, noScore),
      s.band ? { html: voice.short(s.band.label, alongsideRows[i]?.band?.label) } : '',
      s.detail,
    ]),
  });
  return chartFigure({ caption: wordsText(presentation, 'person.facets.figure', { theme: theme.title }), captionHtml: withTheme('person.facets.figure'), svg, legend, table });
}

/** The description and the score in words. */
function sectionBody(s: SectionReport, level: number, { noScore }: Words, voice: Voice, { t, o }: Beside<SectionReport>): string[] {
  const out: string[] = [];
  if (s.description) out.push(voice.blocks('p', s.description, t?.description));
  const band = s.band ? ` · <strong>${voice.short(s.band.label, t?.band?.label)}</strong>` : '';
  const percent = s.score.percent === null ? voice.words('person.noScore') : percentText(s.score.percent, noScore);
  const details: Said[] = [{ text: s.detail, tag: voice.context }];
  if (o && voice.second && o.detail !== s.detail) details.push({ text: o.detail, tag: voice.second.tag });
  const detail = pairHtml(details, voice.context, escapeHtmlOnce);
  // not said: markup
  out.push(`<p${level === 3 ? ' class="lead"' : ''}><strong>${percent}</strong>${band} <span class="muted">· ${detail}</span></p>`);
  return out;
}

/** Reflections for the band, strengths and growth edges, free text and resources. */
function sectionDetails(s: SectionReport, level: number, { language }: Words, voice: Voice, t: SectionReport | undefined): string[] {
  const h = (key: MessageKey) => `<h${level}>${voice.words(key)}</h${level}>`;
  const out: string[] = [];
  if (s.reflection) {
    const tr = t?.reflection ?? undefined;
    out.push(h('person.heading.meaning'), voice.blocks('p', s.reflection.meaning, tr?.meaning));
    out.push(h('person.heading.questions'), `<ul>${s.reflection.questions.map((q, i) => `<li>${voice.lines(q, tr?.questions[i])}</li>`).join('')}</ul>`);
    out.push(h('person.heading.try'), voice.blocks('p', s.reflection.try, tr?.try));
  }
  const { second } = voice;
  /** A statement, its answer after it; or after the answer, for one that says what its theme is not. */
  const line = (item: ItemLine, words: UiLanguage, wordsTagged: string, textTag: string) => {
    const w = itemWording(item, words);
    const text = (value: string) => inLanguage(escapeHtmlOnce(value), textTag, wordsTagged);
    // not said: markup
    return `${w.lead ? `${escapeHtmlOnce(w.lead)} ` : ''}${text(w.text)}${w.note ? ` <span class="muted">(${text(w.note)})</span>` : ''}`;
  };
  const items = (title: MessageKey, lines: readonly ItemLine[], alongside: readonly ItemLine[] | undefined) => {
    if (lines.length === 0) return;
    const entry = (l: ItemLine, i: number) => {
      const translated = alongside?.[i];
      const first = line(l, language, voice.context, voice.textsTag);
      if (!translated || !second || voice.alongsideTag === undefined) return `<li>${first}</li>`;
      // not said: markup
      return `<li><span lang="${escapeHtmlOnce(voice.context)}">${first}</span><br><span lang="${escapeHtmlOnce(second.tag)}">${line(translated, second.language, second.tag, voice.alongsideTag)}</span></li>`;
    };
    out.push(h(title), `<ul>${lines.map(entry).join('')}</ul>`);
  };
  items('person.heading.strengths', s.strengths, t?.strengths);
  items('person.heading.growthEdges', s.growthEdges, t?.growthEdges);
  if (s.texts.length > 0) {
    out.push(h('person.heading.notes'));
    s.texts.forEach((a, i) =>
      out.push(
        voice.blocks('p', a.prompt, t?.texts[i]?.prompt, (html) => `<em>${html}</em>`),
        `<blockquote>${escapeHtml(a.answer)}</blockquote>`,
      ),
    );
  }
  if (s.resources.length > 0) out.push(h('person.heading.readNext'), `<ul>${s.resources.map((res, i) => `<li>${resource(res, voice, t?.resources[i])}</li>`).join('')}</ul>`);
  return out;
}

/** Each resource's markup, made once: every report that lists a resource lists it the same. */
const resourceHtml = new WeakMap<Resource, string>();

/** A resource, its title beside its translation's when that differs. */
function resource(res: Resource, voice: Voice, alongside: Resource | undefined): string {
  const title = voice.short(res.title, alongside?.title);
  // Only the usual markup is remembered: a title in its own language or beside another is made each time.
  if (title !== escapeHtmlOnce(res.title)) return resourceMarkup(res, title);
  let html = resourceHtml.get(res);
  if (html === undefined) {
    html = resourceMarkup(res, title);
    resourceHtml.set(res, html);
  }
  return html;
}

function resourceMarkup(res: Resource, title: string): string {
  const about = [res.authors, res.publisher, res.year]
    .filter((x) => x !== undefined)
    .map((x) => escapeHtmlOnce(String(x)))
    .join(', ');
  const href = safeUrl(res.url);
  // not said: markup
  return `${href === null ? title : `<a href="${escapeHtml(href)}">${title}</a>`}<span class="muted">: ${about}</span>`;
}
