import type { ComparedResult, ComparisonReport, SectionChange, ThemeChange } from '../core/compare.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag, type Presentation } from '../core/report/presentation.js';
import { bandLabelOf, compareNote, compareWordsOf, changeCell, changeWords, judgementNote } from './compare-text.js';
import { shownDate } from './dates.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { percentText } from './html/format.js';
import { seriesColour } from './html/palette.js';
import { barChart, type BarSeries } from './html/charts/bars.js';
import { escapeMarked, inLanguage, otherLanguage, withoutMarks } from './html/lang-marks.js';
import { betweenOf, blocksHtml, eachTextOnce, chartLabelIn, chartText, joinLanguages, langSpan, pairHtml, type Said } from './bilingual.js';
import { comparisonsOf, rowsOf } from './compare-text.js';
import { zoneLegendHtml, type LegendEntry } from './html/figure.js';
import { escapeHtmlOnce } from './html/escape.js';
import { dateIn } from './dates.js';

// "After" is the result the person is now at, so it gets the darkest colour; "before" the grey.
const seriesIn = (language: UiLanguage): readonly BarSeries[] => [
  { label: sayIn(language, 'evaluate.compare.series.before'), colour: seriesColour(1) },
  { label: sayIn(language, 'evaluate.compare.series.after'), colour: seriesColour(0) },
];

/**
 * A comparison of two results as one self-contained HTML page: before and after bars per theme and,
 * for each theme with facets, per facet, over the band zones, each chart with a table of the same
 * numbers (before, after, the change in points and in words), and the note that a small change is
 * rarely a real one. The page is in the report's language; the questionnaire's texts (its title,
 * theme, facet and band names) carry their own lang where theirs differs, except inside the charts,
 * whose table beside them says the same.
 */
export function renderCompareHtml(report: ComparisonReport): string {
  if (report.alongside !== undefined) return bilingualHtml(report);
  const { comparison: c, presentation } = report;
  const language = compareWordsOf(report);
  const say = (key: MessageKey) => sayIn(language, key);
  const pageTag = wordsTag(presentation, language);
  const theirs = otherLanguage(pageTag, presentation.language);
  const mark = (text: string) => inLanguage(theirs, text);
  const labelOf = bandLabelOf(report);
  const figure = (caption: string, id: string, rows: readonly SectionChange[], marked: readonly string[]) => changeFigure(caption, id, rows, marked, presentation, labelOf, language, mark);

  const title = sayIn(language, 'evaluate.compare.title', { title: c.questionnaire.title });
  const out: string[] = [];
  out.push(`<header>\n<h1>${escapeMarked(sayIn(language, 'evaluate.compare.title', { title: mark(c.questionnaire.title) }))}</h1>`);
  // not said: markup; the labels are said inside it
  out.push(`<dl class="facts">${resultFact(say('evaluate.compare.before'), c.before)}${resultFact(say('evaluate.compare.after'), c.after)}</dl>`);
  out.push(`<p class="caution">${escapeHtml(compareNote(language))}</p>\n<p class="muted">${escapeHtml(judgementNote(c, language))}</p>\n</header>`);
  // not said: markup; the heading is said inside it
  out.push('<section class="keep" aria-labelledby="themes">', `<h2 id="themes">${escapeHtml(say('evaluate.compare.themes'))}</h2>`);
  out.push(
    figure(
      say('evaluate.compare.eachTheme'),
      'themes',
      c.themes,
      c.themes.map((t) => mark(t.title)),
    ),
  );
  out.push('</section>');
  c.themes.forEach((theme, i) => {
    if (theme.facets.length === 0) return;
    const id = `t${i + 1}`;
    // not said: markup
    out.push(`<section class="theme" aria-labelledby="${id}">`, `<h2 id="${id}">${escapeMarked(mark(theme.title))}</h2>`);
    const marked = [sayIn(language, 'evaluate.compare.wholeTheme', { theme: mark(theme.title) }), ...theme.facets.map((f) => mark(f.title))];
    out.push(figure(sayIn(language, 'evaluate.compare.byFacet', { theme: mark(theme.title) }), `${id}-facets`, withFacets(theme, language), marked));
    out.push('</section>');
  });
  return htmlPage({ language: pageTag, title, body: out.join('\n') });
}

function resultFact(label: string, r: ComparedResult): string {
  // not said: markup; the label is said by the caller
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(shownDate(r.completed))} <span class="muted">· ${escapeHtml(r.source)}</span></dd>`;
}

/** The theme as a whole, then its facets: the rows of a theme's chart and table. */
function withFacets(theme: ThemeChange, language: UiLanguage): SectionChange[] {
  return [{ ...theme, title: sayIn(language, 'evaluate.compare.wholeTheme', { theme: theme.title }) }, ...theme.facets];
}

/**
 * One chart of before and after with its table. `caption` and `marked` (each row's title) may hold
 * texts marked with their language; the chart is drawn from the plain titles of `rows`.
 */
function changeFigure(
  caption: string,
  id: string,
  rows: readonly SectionChange[],
  marked: readonly string[],
  presentation: Presentation,
  bandLabel: (id: string) => string,
  language: UiLanguage,
  mark: (text: string) => string,
): string {
  const plainCaption = withoutMarks(caption);
  const say = (key: MessageKey) => sayIn(language, key);
  const series = seriesIn(language);
  const label = {
    id,
    title: plainCaption,
    desc: sayIn(language, 'evaluate.compare.chartDesc', {
      rows: rows.map((g) => sayIn(language, 'evaluate.compare.chartRow', { title: g.title, before: percentText(g.before), after: percentText(g.after) })).join('; '),
    }),
  };
  const svg = barChart(
    label,
    rows.map((g) => ({ label: g.title, percents: [g.before, g.after] })),
    series,
    presentation.bands,
  );
  const table = dataTable({
    caption: sayIn(language, 'evaluate.compare.tableCaption', { caption }),
    columns: [
      { label: say('evaluate.compare.column.section') },
      { label: say('evaluate.compare.before'), numeric: true },
      { label: say('evaluate.compare.after'), numeric: true },
      { label: say('evaluate.compare.column.change'), numeric: true },
      { label: say('evaluate.compare.column.words') },
    ],
    rows: rows.map((g, i) => [marked[i]!, percentText(g.before), percentText(g.after), changeCell(g), changeWords(g, (band) => mark(bandLabel(band)), language)]),
  });
  // The series are named as the bars name them, beside the zones they are drawn over.
  const bands = presentation.bands.map((b) => ({ ...b, label: mark(b.label) }));
  return chartFigure({ caption, svg, legend: [...series, ...zoneLegend(bands, language)], table });
}

/**
 * A bilingual comparison's page (--lang cy,en): each heading, label and cell in the first language,
 * then in the second, each in a <span lang> of its own; each note whole in each, each block with its
 * lang where it is not the page's. The charts are drawn in the first language, named and described
 * in both; the table beside each says every row in both.
 */
function bilingualHtml(report: ComparisonReport): string {
  const each = comparisonsOf(report);
  const languages = each.map(compareWordsOf);
  const pageTag = wordsTag(report.presentation, languages[0]!);
  const tagOf = (r: ComparisonReport) => wordsTag(r.presentation, compareWordsOf(r));
  /** A text made in each language, each once, with the tag of syslead's words in it. */
  const made = (make: (r: ComparisonReport, language: UiLanguage, index: number) => string): Said[] => {
    const said = each.map((r, i) => ({ text: make(r, compareWordsOf(r), i), tag: tagOf(r) }));
    return eachTextOnce(said);
  };
  /** A questionnaire's text of each language, each once, with the tag of its form. */
  const texts = (get: (r: ComparisonReport, index: number) => string): Said[] => {
    const said = each.map((r, i) => ({ text: get(r, i), tag: r.presentation.language }));
    return eachTextOnce(said);
  };
  const words = (key: MessageKey) =>
    pairHtml(
      made((_r, l) => sayIn(l, key)),
      pageTag,
    );
  /** A sentence of syslead's in each language holding a questionnaire's text, each in its <span lang>, the text marked where its language differs. */
  const holding = (make: (language: UiLanguage, text: string) => string, get: (r: ComparisonReport) => string) => {
    const said = each.map((r) => {
      const tag = tagOf(r);
      return { tag, html: escapeMarked(make(compareWordsOf(r), inLanguage(otherLanguage(tag, r.presentation.language), get(r)))), text: make(compareWordsOf(r), get(r)) };
    });
    const once = eachTextOnce(said);
    return once.length === 1 ? (once[0]!.tag === pageTag ? once[0]!.html : langSpan(once[0]!.tag, once[0]!.html)) : once.map((x) => langSpan(x.tag, x.html)).join(betweenOf(once.map((x) => x.text)));
  };
  const c = report.comparison;
  const out: string[] = [];
  out.push(
    `<header>\n<h1>${holding(
      (l, title) => sayIn(l, 'evaluate.compare.title', { title }),
      (r) => r.comparison.questionnaire.title,
    )}</h1>`,
  );
  const fact = (key: MessageKey, r: ComparedResult) =>
    // not said: markup; the label is said inside it
    `<dt>${words(key)}</dt><dd>${pairHtml(
      made((_x, l) => dateIn(r.completed, l)),
      pageTag,
    )} <span class="muted">· ${escapeHtml(r.source)}</span></dd>`;
  // not said: markup; the labels are said inside it
  out.push(`<dl class="facts">${fact('evaluate.compare.before', c.before)}${fact('evaluate.compare.after', c.after)}</dl>`);
  out.push(
    blocksHtml(
      made((_r, l) => compareNote(l)),
      pageTag,
      'p class="caution"',
    ),
    `${blocksHtml(
      made((r, l) => judgementNote(r.comparison, l)),
      pageTag,
      'p class="muted"',
    )}\n</header>`,
  );
  // not said: markup; the heading is said inside it
  out.push('<section class="keep" aria-labelledby="themes">', `<h2 id="themes">${words('evaluate.compare.themes')}</h2>`);
  const themeRows = rowsOf(report).filter((r) => r.indent === '');
  out.push(
    figureBoth(
      report,
      made((_r, l) => sayIn(l, 'evaluate.compare.eachTheme')),
      'themes',
      themeRows.map((r) => r.sections),
      pageTag,
    ),
  );
  out.push('</section>');
  c.themes.forEach((theme, i) => {
    if (theme.facets.length === 0) return;
    const id = `t${i + 1}`;
    const inEach = each.map((r) => r.comparison.themes[i]!);
    out.push(
      // not said: markup
      `<section class="theme" aria-labelledby="${id}">`,
      `<h2 id="${id}">${pairHtml(
        texts((_r, n) => inEach[n]!.title),
        pageTag,
      )}</h2>`,
    );
    const rows = inEach.map((t, n) => withFacets(t, languages[n]!));
    out.push(
      figureBoth(
        report,
        made((_r, l, n) => sayIn(l, 'evaluate.compare.byFacet', { theme: inEach[n]!.title })),
        `${id}-facets`,
        rows[0]!.map((_, k) => rows.map((r) => r[k]!)),
        pageTag,
      ),
    );
    out.push('</section>');
  });
  return htmlPage({ language: pageTag, title: joinLanguages(made((r, l) => sayIn(l, 'evaluate.compare.title', { title: r.comparison.questionnaire.title })).map((x) => x.text)), body: out.join('\n') });
}

/**
 * One chart of before and after with its table, in both languages: `rows` holds each row as each
 * language's comparison has it (the first first). The chart's rows name each in each language,
 * the first first, each part with its lang where not the page's.
 */
function figureBoth(report: ComparisonReport, caption: readonly Said[], id: string, rows: readonly (readonly SectionChange[])[], pageTag: string): string {
  const each = comparisonsOf(report);
  const first = each[0]!;
  const language = compareWordsOf(first);
  const label = chartLabelIn(report.presentation, id, (l, i) => ({
    title: caption[i]?.text ?? caption[0]!.text,
    desc: sayIn(l, 'evaluate.compare.chartDesc', {
      rows: rows.map((g) => sayIn(l, 'evaluate.compare.chartRow', { title: (g[i] ?? g[0]!).title, before: percentText(g[0]!.before), after: percentText(g[0]!.after) })).join('; '),
    }),
  }));
  const seriesEach = each.map((r) => seriesIn(compareWordsOf(r)));
  const titles = (g: readonly SectionChange[]) => eachTextOnce(each.map((r, i) => ({ text: (g[i] ?? g[0]!).title, tag: r.presentation.language })));
  const svg = barChart(
    label,
    rows.map((g) => ({ label: chartText(titles(g), pageTag), percents: [g[0]!.before, g[0]!.after] })),
    seriesEach[0]!,
    first.presentation.bands,
    language,
  );
  const tagOf = (r: ComparisonReport) => wordsTag(r.presentation, compareWordsOf(r));
  const column = (key: MessageKey) => ({ html: pairHtml(eachTextOnce(each.map((r) => ({ text: sayIn(compareWordsOf(r), key), tag: tagOf(r) }))), pageTag) });
  const tableCaption = eachTextOnce(each.map((r, i) => ({ text: sayIn(compareWordsOf(r), 'evaluate.compare.tableCaption', { caption: caption[i]?.text ?? caption[0]!.text }), tag: tagOf(r) })));
  const table = dataTable({
    caption: joinLanguages(tableCaption.map((x) => x.text)),
    captionHtml: pairHtml(tableCaption, pageTag),
    columns: [
      { label: column('evaluate.compare.column.section') },
      { label: column('evaluate.compare.before'), numeric: true },
      { label: column('evaluate.compare.after'), numeric: true },
      { label: column('evaluate.compare.column.change'), numeric: true },
      { label: column('evaluate.compare.column.words') },
    ],
    rows: rows.map((g) => [
      { html: pairHtml(titles(g), pageTag) },
      percentText(g[0]!.before),
      percentText(g[0]!.after),
      changeCell(g[0]!),
      { html: pairHtml(eachTextOnce(each.map((r, i) => ({ text: changeWords(g[i] ?? g[0]!, bandLabelOf(r), compareWordsOf(r)), tag: tagOf(r) }))), pageTag) },
    ]),
  });
  const series: LegendEntry[] = seriesEach[0]!.map((s, k) => ({ ...s, html: pairHtml(eachTextOnce(each.map((r, i) => ({ text: seriesEach[i]![k]!.label, tag: tagOf(r) }))), pageTag) }));
  const zones = each.map((r) => ({
    tag: tagOf(r),
    entries: zoneLegendHtml(r.presentation.bands, compareWordsOf(r), (text) => (r.presentation.language === tagOf(r) ? escapeHtmlOnce(text) : langSpan(r.presentation.language, escapeHtmlOnce(text)))),
  }));
  const legend = zones[0]!.entries.map((entry, k) => ({ ...entry, html: zones.map(({ tag, entries }) => langSpan(tag, entries[k]?.html ?? '')).join(betweenOf(zones.map((z) => z.entries[k]?.label ?? ''))) }));
  return chartFigure({ caption: joinLanguages(caption.map((x) => x.text)), captionHtml: pairHtml(caption, pageTag), svg, legend: [...series, ...legend], table });
}
