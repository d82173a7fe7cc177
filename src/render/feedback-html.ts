import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import { escapeHtml } from '../core/safe-text.js';
import { percent } from './cohort-format.js';
import { REVERSED_NOTE, statementText, answeredNote, WITHHELD_NOTE, listsReversed, agreementText, figureCells, figureColumns, gapText, noGapsText, pointsLine, ratersLine, spreadLine } from './feedback-format.js';
import { barChart } from './html/charts/bars.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { htmlPage } from './html/page.js';
import { seriesColour } from './html/palette.js';
import { dataTable } from './html/table.js';

/** Cells and captions are plain text escaped by dataTable, so their texts are passed through unchanged here. */
const asIs = (text: string) => text;

/**
 * A feedback report as one self-contained HTML page (no script, nothing fetched): the figures of
 * each theme and facet as tables (self, each group shown, all others), the statements, the
 * comments and the questions for the coaching conversation. Every text from a file escaped.
 */
export function renderFeedbackHtml(report: FeedbackReport): string {
  const out: string[] = [];
  const p = (text: string, cls?: string) => out.push(`<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`);
  const list = (items: readonly string[], tag = 'ul') => out.push(`<${tag}>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</${tag}>`);
  const figures = (s: SectionFeedback, caption: string) =>
    out.push(dataTable({ caption, columns: [{ label: 'Who' }, { label: 'Percent (band)', numeric: true }], rows: figureColumns(report).map((label, i) => [label, figureCells(report, s, asIs)[i]!]) }));

  out.push('<article>', '<header>', `<h1>${escapeHtml(report.title)}</h1>`);
  out.push(`<dl class="facts"><dt>About</dt><dd>${escapeHtml(report.subject)}</dd><dt>Feedback from</dt><dd>${escapeHtml(ratersLine(report))}</dd></dl>`);
  p(report.notAppraisal, 'caution');
  out.push('</header>');
  if (report.missing.length > 0) {
    out.push('<section class="keep">', '<h2>What is missing</h2>');
    list(report.missing);
    out.push('</section>');
  }
  out.push('<section>', '<h2>How to read this report</h2>');
  list([...report.howToRead, `Blind spots and hidden strengths are gaps of more than ${report.settings.margin} percentage points; every group but the manager needs ${report.settings.minGroup} raters to be shown.`]);
  out.push('</section>');

  out.push('<section>', '<h2>Summary</h2>');
  const table = dataTable({
    caption: 'Each theme: self, each group shown and all others (percent of maximum, band)',
    columns: [{ label: 'Theme' }, ...figureColumns(report).map((label) => ({ label, numeric: true })), { label: 'Self − others', numeric: true }],
    rows: report.themes.map((t) => [t.title, ...figureCells(report, t, asIs), gapText(t)]),
  });
  // Self gets the darkest colour, as a person's own scores do; a withheld figure has no bar.
  const series = figureColumns(report).map((label, i) => ({ label, colour: seriesColour(i) }));
  const bands = report.bands.map((b) => ({ id: b.id, label: b.label, below: b.below ?? undefined }));
  const rows = report.themes.map((t) => ({ label: t.title, percents: [t.self, ...report.raters.groups.map((g) => groupPercent(t, g.role)), t.others?.percent ?? null] }));
  const svg = barChart(
    {
      id: 'summary-chart',
      title: 'Self and others per theme',
      desc: `Percent of the maximum possible per theme for ${series.map((x) => x.label).join(', ')}, over the band zones; the same figures are in the table below.`,
    },
    rows,
    series,
    bands,
  );
  out.push(chartFigure({ caption: 'Self and others per theme', svg, legend: [...series, ...zoneLegend(bands)], table }));
  out.push('<h3>The largest gaps</h3>');
  const gaps = [
    ...report.gaps.blindSpots.map((r) => `Blind spot: ${r.title}: self ${percent(r.self)}, others ${percent(r.others)} (${gapText({ difference: r.difference, finding: null })})`),
    ...report.gaps.hiddenStrengths.map((r) => `Hidden strength: ${r.title}: self ${percent(r.self)}, others ${percent(r.others)} (${gapText({ difference: r.difference, finding: null })})`),
    ...report.statements.blindSpots.map((r) => `Statement blind spot: ${statementText(r.text, r.reverseKeyed)}: self ${percent(r.self)}, others ${percent(r.others)}`),
    ...report.statements.hiddenStrengths.map((r) => `Statement hidden strength: ${statementText(r.text, r.reverseKeyed)}: self ${percent(r.self)}, others ${percent(r.others)}`),
  ];
  if (gaps.length > 0) list(gaps);
  else p(noGapsText(report));
  const named = (refs: FeedbackReport['statements']['highest']) => refs.map((r) => `${statementText(r.text, r.reverseKeyed)}: others ${percent(r.others)}${r.self === null ? '' : `, self ${percent(r.self)}`}`);
  if (report.statements.highest.length > 0) {
    out.push('<h3>Statements others rate highest</h3>');
    list(named(report.statements.highest));
    out.push('<h3>Statements others rate lowest</h3>');
    list(named(report.statements.lowest));
  }
  if (listsReversed(report)) p(REVERSED_NOTE, 'muted');
  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('<h3>Development priorities</h3>');
    p('Themes important to your role (from your self-assessment) that score lowest:');
    const names = (ps: FeedbackReport['priorities']['self']) => ps.map((x) => `${x.title} (${percent(x.percent)}, ${x.importance} to the role)`).join('; ') || 'none';
    list([`By your own ratings: ${names(priorities.self)}`, ...(report.raters.others > 0 ? [`By others' ratings: ${names(priorities.informed)}`] : [])]);
  }
  out.push('</section>');

  const section = (s: SectionFeedback, level: string) => {
    figures(s, `${s.title}: self, each group shown and all others`);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) p(`Some figures are ${WITHHELD_NOTE}`, 'muted');
    if (s.others) p(`Others: ${spreadLine(s.others)}. Their answers: ${pointsLine(s.others.points, asIs)}`);
    if (s.difference !== null) p(`Self − others: ${gapText(s)}`);
    if (s.reflection) {
      out.push(`<${level}>${escapeHtml(`What it may mean (${s.reflection.basis === 'others' ? "for others' ratings" : 'for your own rating'})`)}</${level}>`);
      p(s.reflection.meaning);
      out.push(`<${level}>Questions to sit with</${level}>`);
      list(s.reflection.questions);
      out.push(`<${level}>One thing to try</${level}>`);
      p(s.reflection.try);
    }
  };
  const theme = (t: ThemeFeedback) => {
    out.push('<section class="theme">', `<h2>${escapeHtml(t.title)}</h2>`);
    section(t, 'h3');
    if (t.importance) p(`Importance to your role (your rating): ${t.importance.label}`);
    if (t.agreement) p(agreementText(t.agreement, asIs));
    for (const facet of t.facets) {
      out.push(`<h3>${escapeHtml(`Facet: ${facet.title}`)}</h3>`);
      section(facet, 'h4');
    }
    out.push(
      dataTable({
        caption: `${t.title}: each statement, self against others`,
        columns: [{ label: 'Statement' }, { label: 'Self', numeric: true }, { label: 'Others', numeric: true }, { label: 'Self − others', numeric: true }, { label: "Others' answers" }],
        rows: t.statements.map((s) => [
          `${statementText(s.text, s.reverseKeyed)}`,
          percent(s.self),
          s.othersWithheld ? 'withheld' : unbroken(`${percent(s.others)}${answeredNote(s)}`),
          gapText(s),
          s.others === null ? '–' : pointsLine(s.points, asIs),
        ]),
      }),
    );
    if (t.statements.some((s) => s.reverseKeyed)) p(REVERSED_NOTE, 'muted');
    if (t.comments.length > 0) {
      out.push("<h3>Others' comments</h3>");
      for (const c of t.comments) {
        p(c.prompt, 'muted');
        for (const text of c.texts) out.push(`<blockquote>${escapeHtml(text)}</blockquote>`);
      }
    }
    out.push('</section>');
  };
  for (const t of report.themes) theme(t);
  if (report.coachingQuestions.length > 0) {
    out.push('<section>', '<h2>Questions for the coaching conversation</h2>');
    list(report.coachingQuestions, 'ol');
    out.push('</section>');
  }
  out.push('</article>');
  return htmlPage({ language: report.language, title: `${report.title}: ${report.subject}`, body: out.join('\n') });
}

/** A figure and its count kept on one line, "45% (n 5)", when a narrow column (print) wraps. */
function unbroken(text: string): string {
  return text.replace(/ \(n (\d+)/g, '\u00a0(n\u00a0$1');
}

/** A group's percent on a theme, null where it has none or it is withheld. */
function groupPercent(section: SectionFeedback, role: string): number | null {
  const group = section.groups.find((g) => g.role === role);
  return group && !group.withheld ? group.percent : null;
}
