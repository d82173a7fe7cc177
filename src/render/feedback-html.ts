import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { wordsTag } from '../core/report/presentation.js';
import { escapeHtml } from '../core/safe-text.js';
import { percent } from './cohort-format.js';
import {
  answeredNote,
  agreementText,
  figureCells,
  figureColumns,
  gapText,
  listsReversed,
  noGapsText,
  pointsLine,
  ratersLine,
  reportLanguage,
  reversedNote,
  someWithheldNote,
  spreadLine,
  statementText,
  withheld,
} from './feedback-format.js';
import { barChart } from './html/charts/bars.js';
import { chartFigure, zoneLegend } from './html/figure.js';
import { htmlPage, pageLanguage } from './html/page.js';
import { seriesColour } from './html/palette.js';
import { dataTable } from './html/table.js';

/** Cells and captions are plain text escaped by dataTable, so their texts are passed through unchanged here. */
const asIs = (text: string) => text;

/** Stands for a value while a message is escaped, then replaced by the value's own markup. */
const MARK = '\ue000';

/**
 * A feedback report as one self-contained HTML page (no script, nothing fetched): the figures of
 * each theme and facet as tables (self, each group shown, all others), the statements, the
 * comments and the questions for the coaching conversation. Every text from a file escaped.
 * Syslead's words are in the report's first language, which is the page's; the questionnaire's
 * texts (titles, statements, reflections, comments) carry their own lang when theirs differs.
 */
export function renderFeedbackHtml(report: FeedbackReport): string {
  const language = reportLanguage(report);
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const pageTag = wordsTag(report, language);
  const formTag = pageLanguage(report.language);
  const langAttr = formTag === pageLanguage(pageTag) ? '' : ` lang="${escapeHtml(formTag)}"`;
  /** Escaped text of the questionnaire (or of its raters), marked with its language where the page's differs. */
  const theirs = (text: string) => (langAttr ? `<span${langAttr}>${escapeHtml(text)}</span>` : escapeHtml(text));
  /** A message escaped, its values named in `form` being texts of the questionnaire. */
  const mixed = (key: MessageKey, values: Record<string, string>, form: readonly string[]) => {
    const marked: Record<string, string> = { ...values };
    for (const name of form) marked[name] = `${MARK}${name}${MARK}`;
    let html = escapeHtml(say(key, marked));
    for (const name of form) html = html.replace(`${MARK}${name}${MARK}`, () => theirs(values[name]!));
    return html;
  };
  const out: string[] = [];
  const pHtml = (html: string, cls?: string, attrs = '') => out.push(`<p${cls ? ` class="${cls}"` : ''}${attrs}>${html}</p>`);
  const p = (text: string, cls?: string) => pHtml(escapeHtml(text), cls);
  const listHtml = (items: readonly string[], tag = 'ul', attrs = '') => out.push(`<${tag}${attrs}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`);
  const list = (items: readonly string[], tag = 'ul') => listHtml(items.map(escapeHtml), tag);
  const figures = (s: SectionFeedback, caption: string) =>
    out.push(
      dataTable({
        caption,
        columns: [{ label: say('feedback.column.who') }, { label: say('feedback.column.percentBand'), numeric: true }],
        rows: figureColumns(report).map((label, i) => [label, figureCells(report, s, asIs)[i]!]),
      }),
    );

  out.push('<article>', '<header>', `<h1${langAttr}>${escapeHtml(report.title)}</h1>`);
  // not said: HTML markup (element and attribute names)
  out.push(`<dl class="facts"><dt>${escapeHtml(say('feedback.about'))}</dt><dd>${escapeHtml(report.subject)}</dd><dt>${escapeHtml(say('feedback.feedbackFrom'))}</dt><dd>${escapeHtml(ratersLine(report))}</dd></dl>`);
  p(report.notAppraisal, 'caution');
  out.push('</header>');
  if (report.missing.length > 0) {
    // not said: HTML markup (element and attribute names)
    out.push('<section class="keep">', `<h2>${escapeHtml(say('feedback.heading.missing'))}</h2>`);
    list(report.missing);
    out.push('</section>');
  }
  out.push('<section>', `<h2>${escapeHtml(say('feedback.heading.howToRead'))}</h2>`);
  list([...report.howToRead, say('feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) })]);
  out.push('</section>');

  out.push('<section>', `<h2>${escapeHtml(say('feedback.heading.summary'))}</h2>`);
  const table = dataTable({
    caption: say('feedback.html.summaryCaption'),
    columns: [{ label: say('feedback.column.theme') }, ...figureColumns(report).map((label) => ({ label, numeric: true })), { label: say('feedback.column.selfOthers'), numeric: true }],
    rows: report.themes.map((t) => [t.title, ...figureCells(report, t, asIs), gapText(t, language)]),
  });
  // Self gets the darkest colour, as a person's own scores do; a withheld figure has no bar.
  const series = figureColumns(report).map((label, i) => ({ label, colour: seriesColour(i) }));
  const bands = report.bands.map((b) => ({ id: b.id, label: b.label, below: b.below ?? undefined }));
  const rows = report.themes.map((t) => ({ label: t.title, percents: [t.self, ...report.raters.groups.map((g) => groupPercent(t, g.role)), t.others?.percent ?? null] }));
  const svg = barChart(
    {
      id: 'summary-chart',
      title: say('feedback.html.chartTitle'),
      desc: say('feedback.html.chartDesc', { series: series.map((x) => x.label).join(', ') }),
    },
    rows,
    series,
    bands,
  );
  out.push(chartFigure({ caption: say('feedback.html.chartTitle'), svg, legend: [...series, ...zoneLegend(bands)], table }));
  out.push(`<h3>${escapeHtml(say('feedback.heading.largestGaps'))}</h3>`);
  const sectionGap = (key: MessageKey, r: FeedbackReport['gaps']['blindSpots'][number]) =>
    mixed(key, { title: r.title, self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, language) }, ['title']);
  const statementGap = (key: MessageKey, r: FeedbackReport['statements']['blindSpots'][number]) =>
    mixed(key, { text: statementText(r.text, r.reverseKeyed, language), self: percent(r.self), others: percent(r.others) }, ['text']);
  const gaps = [
    ...report.gaps.blindSpots.map((r) => sectionGap('feedback.ref.blindSpot', r)),
    ...report.gaps.hiddenStrengths.map((r) => sectionGap('feedback.ref.hiddenStrength', r)),
    ...report.statements.blindSpots.map((r) => statementGap('feedback.ref.statementBlindSpot', r)),
    ...report.statements.hiddenStrengths.map((r) => statementGap('feedback.ref.statementHiddenStrength', r)),
  ];
  if (gaps.length > 0) listHtml(gaps);
  else p(noGapsText(report));
  const named = (refs: FeedbackReport['statements']['highest']) =>
    refs.map(
      (r) =>
        `${mixed('feedback.ref.others', { text: statementText(r.text, r.reverseKeyed, language), others: percent(r.others) }, ['text'])}${r.self === null ? '' : escapeHtml(say('feedback.ref.alsoSelf', { self: percent(r.self) }))}`,
    );
  if (report.statements.highest.length > 0) {
    out.push(`<h3>${escapeHtml(say('feedback.heading.highest'))}</h3>`);
    listHtml(named(report.statements.highest));
    out.push(`<h3>${escapeHtml(say('feedback.heading.lowest'))}</h3>`);
    listHtml(named(report.statements.lowest));
  }
  if (listsReversed(report)) p(reversedNote(language), 'muted');
  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push(`<h3>${escapeHtml(say('feedback.heading.priorities'))}</h3>`);
    p(say('feedback.priorities.intro'));
    const names = (ps: FeedbackReport['priorities']['self']) =>
      ps.map((x) => mixed('feedback.priorities.item', { title: x.title, percent: percent(x.percent), importance: x.importance }, ['title', 'importance'])).join('; ') || escapeHtml(say('feedback.priorities.none'));
    listHtml([`${escapeHtml(say('feedback.priorities.own'))} ${names(priorities.self)}`, ...(report.raters.others > 0 ? [`${escapeHtml(say('feedback.priorities.others'))} ${names(priorities.informed)}`] : [])]);
  }
  out.push('</section>');

  const section = (s: SectionFeedback, level: string) => {
    figures(s, say('feedback.html.sectionCaption', { title: s.title }));
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) p(someWithheldNote(language), 'muted');
    if (s.others) pHtml(mixed('feedback.othersSpreadAnswers', { spread: spreadLine(s.others, language), points: pointsLine(s.others.points, asIs) }, ['points']));
    if (s.difference !== null) p(say('feedback.selfOthersLine', { gap: gapText(s, language) }));
    if (s.reflection) {
      const whose = say(s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf');
      out.push(`<${level}>${escapeHtml(say('feedback.heading.meaning', { whose }))}</${level}>`);
      pHtml(escapeHtml(s.reflection.meaning), undefined, langAttr);
      out.push(`<${level}>${escapeHtml(say('feedback.heading.questions'))}</${level}>`);
      listHtml(s.reflection.questions.map(escapeHtml), 'ul', langAttr);
      out.push(`<${level}>${escapeHtml(say('feedback.heading.try'))}</${level}>`);
      pHtml(escapeHtml(s.reflection.try), undefined, langAttr);
    }
  };
  const theme = (t: ThemeFeedback) => {
    // not said: HTML markup (element and attribute names)
    out.push('<section class="theme">', `<h2${langAttr}>${escapeHtml(t.title)}</h2>`);
    section(t, 'h3');
    if (t.importance) pHtml(mixed('feedback.importance', { label: t.importance.label }, ['label']));
    if (t.agreement) p(agreementText(t.agreement, asIs, language));
    for (const facet of t.facets) {
      out.push(`<h3>${mixed('feedback.heading.facet', { title: facet.title }, ['title'])}</h3>`);
      section(facet, 'h4');
    }
    out.push(
      dataTable({
        caption: say('feedback.html.statementsCaption', { title: t.title }),
        columns: [
          { label: say('feedback.column.statement') },
          { label: say('feedback.group.self'), numeric: true },
          { label: say('feedback.column.others'), numeric: true },
          { label: say('feedback.column.selfOthers'), numeric: true },
          { label: say('feedback.column.othersAnswers') },
        ],
        rows: t.statements.map((s) => [
          `${statementText(s.text, s.reverseKeyed, language)}`,
          percent(s.self),
          s.othersWithheld ? withheld(language) : unbroken(`${percent(s.others)}${answeredNote(s, language)}`),
          gapText(s, language),
          s.others === null ? '–' : pointsLine(s.points, asIs),
        ]),
      }),
    );
    if (t.statements.some((s) => s.reverseKeyed)) p(reversedNote(language), 'muted');
    if (t.comments.length > 0) {
      out.push(`<h3>${escapeHtml(say('feedback.heading.comments'))}</h3>`);
      for (const c of t.comments) {
        pHtml(escapeHtml(c.prompt), 'muted', langAttr);
        for (const text of c.texts) out.push(`<blockquote${langAttr}>${escapeHtml(text)}</blockquote>`);
      }
    }
    out.push('</section>');
  };
  for (const t of report.themes) theme(t);
  if (report.coachingQuestions.length > 0) {
    out.push('<section>', `<h2>${escapeHtml(say('feedback.heading.coaching'))}</h2>`);
    list(report.coachingQuestions, 'ol');
    out.push('</section>');
  }
  out.push('</article>');
  return htmlPage({ language: pageTag, title: `${report.title}: ${report.subject}`, body: out.join('\n') });
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
