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
