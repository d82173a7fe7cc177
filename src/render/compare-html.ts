import type { ComparedResult, ComparisonReport, SectionChange, ThemeChange } from '../core/compare.js';
import type { Presentation } from '../core/report/presentation.js';
import { bandLabelOf, COMPARE_NOTE, changeCell, changeWords, judgementNote } from './compare-text.js';
import { shownDate } from './dates.js';
import { escapeHtml } from '../core/safe-text.js';
import { htmlPage } from './html/page.js';
import { dataTable } from './html/table.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { percentText } from './html/format.js';
import { seriesColour } from './html/palette.js';
import { barChart, type BarSeries } from './html/charts/bars.js';

// "After" is the result the person is now at, so it gets the darkest colour; "before" the grey.
const SERIES: readonly BarSeries[] = [
  { label: 'before', colour: seriesColour(1) },
  { label: 'after', colour: seriesColour(0) },
];

/**
 * A comparison of two results as one self-contained HTML page: before and after bars per theme and,
 * for each theme with facets, per facet, over the band zones, each chart with a table of the same
 * numbers (before, after, the change in points and in words), and the note that a small change is
 * rarely a real one.
 */
export function renderCompareHtml(report: ComparisonReport): string {
  const { comparison: c, presentation } = report;
  const labelOf = bandLabelOf(report);
  const figure = (caption: string, id: string, rows: readonly SectionChange[]) => changeFigure(caption, id, rows, presentation, labelOf);

  const title = `What changed: ${c.questionnaire.title}`;
  const out: string[] = [];
  out.push(`<header>\n<h1>${escapeHtml(title)}</h1>`);
  out.push(`<dl class="facts">${resultFact('Before', c.before)}${resultFact('After', c.after)}</dl>`);
  out.push(`<p class="caution">${escapeHtml(COMPARE_NOTE)}</p>\n<p class="muted">${escapeHtml(judgementNote(c))}</p>\n</header>`);
  out.push('<section class="keep" aria-labelledby="themes">', '<h2 id="themes">Themes</h2>');
  out.push(figure('Each theme before and after', 'themes', c.themes));
  out.push('</section>');
  c.themes.forEach((theme, i) => {
    if (theme.facets.length === 0) return;
    const id = `t${i + 1}`;
    out.push(`<section class="theme" aria-labelledby="${id}">`, `<h2 id="${id}">${escapeHtml(theme.title)}</h2>`);
    out.push(figure(`${theme.title} by facet, before and after`, `${id}-facets`, withFacets(theme)));
    out.push('</section>');
  });
  return htmlPage({ language: presentation.language, title, body: out.join('\n') });
}

function resultFact(label: string, r: ComparedResult): string {
  return `<dt>${label}</dt><dd>${escapeHtml(shownDate(r.completed))} <span class="muted">· ${escapeHtml(r.source)}</span></dd>`;
}

/** The theme as a whole, then its facets: the rows of a theme's chart and table. */
function withFacets(theme: ThemeChange): SectionChange[] {
  return [{ ...theme, title: `${theme.title}: whole theme` }, ...theme.facets];
}

function changeFigure(caption: string, id: string, rows: readonly SectionChange[], presentation: Presentation, bandLabel: (id: string) => string): string {
  const label = {
    id,
    title: caption,
    desc: `Percent of the maximum possible before and after, over the band zones: ${rows.map((g) => `${g.title} ${percentText(g.before)} before, ${percentText(g.after)} after`).join('; ')}.`,
  };
  const svg = barChart(
    label,
    rows.map((g) => ({ label: g.title, percents: [g.before, g.after] })),
    SERIES,
    presentation.bands,
  );
  const table = dataTable({
    caption: `${caption}: change in percentage points`,
    columns: [{ label: 'Theme or facet' }, { label: 'Before', numeric: true }, { label: 'After', numeric: true }, { label: 'Change', numeric: true }, { label: 'In words' }],
    rows: rows.map((g) => [g.title, percentText(g.before), percentText(g.after), changeCell(g), changeWords(g, bandLabel)]),
  });
  // The series are named as the bars name them, beside the zones they are drawn over.
  return chartFigure({ caption, svg, legend: [...SERIES, ...zoneLegend(presentation.bands)], table });
}
