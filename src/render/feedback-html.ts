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
  feedbackVoice,
} from './feedback-format.js';
import { chartText, eachTextOnce, langSpan, pairHtml, spansJoined } from './bilingual.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import { barChart } from './html/charts/bars.js';
import { chartFigure, zoneLegendHtml } from './html/figure.js';
import { escapeMarked, inLanguage as marked, otherLanguage } from './html/lang-marks.js';
import { htmlPage, pageLanguage } from './html/page.js';
import { seriesColour } from './html/palette.js';
import { dataTable, type Cell } from './html/table.js';

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
  const v = feedbackVoice(report);
  const pageTag = wordsTag(report, language);
  /** syslead's words in each language on one line, as plain text (tables escape it): "Crynodeb / Summary". */
  const say = (key: MessageKey, values?: MessageValues) => v.both((_, l) => sayIn(l, key, values));
  /** syslead's words in each language as HTML on one line, each part with its lang when not the page's. */
  const sayHtml = (key: MessageKey, values?: MessageValues) =>
    pairHtml(
      v.said((_, l) => sayIn(l, key, values)),
      pageTag,
    );
  /** The tags of a report in one language: its words' and its questionnaire's. */
  const tagsOf = (r: FeedbackReport, l: UiLanguage) => ({ words: r.presentation ? wordsTag(r.presentation, l) : wordsTag(r, l), form: pageLanguage(r.language) });
  const formTag = pageLanguage(report.language);
  const langAttr = formTag === pageLanguage(pageTag) ? '' : ` lang="${escapeHtml(formTag)}"`;
  const attrFor = (tag: string, around: string) => (pageLanguage(tag) === pageLanguage(around) ? '' : ` lang="${escapeHtml(tag)}"`);
  /** A text of the questionnaire `r`'s escaped, in a <span lang> where its language is not that of syslead's words in `l`. */
  const theirs = (r: FeedbackReport, l: UiLanguage, text: string) => {
    const tags = tagsOf(r, l);
    const attr = attrFor(tags.form, tags.words);
    return attr ? `<span${attr}>${escapeHtml(text)}</span>` : escapeHtml(text);
  };
  /** A statement's text in its questionnaire's language, the "less is better" mark after it in syslead's words' (not inside the statement's span). */
  const statementHtml = (r: FeedbackReport, l: UiLanguage, text: string, reverseKeyed: boolean) => `${theirs(r, l, text)}${reverseKeyed ? escapeHtml(sayIn(l, 'feedback.reversed.mark')) : ''}`;
  /**
   * A message in language `l` escaped, its values named in `form` being texts of the questionnaire
   * `r`'s, marked with its language where the words' differs; those in `html` markup made already.
   */
  const mixedIn = (r: FeedbackReport, l: UiLanguage, key: MessageKey, values: Record<string, string>, form: readonly string[], html: Record<string, string> = {}) => {
    const made: Record<string, string> = { ...values, ...html };
    const placed = [...form, ...Object.keys(html)];
    const marks: Record<string, string> = { ...values };
    for (const name of placed) marks[name] = `${MARK}${name}${MARK}`;
    let out = escapeHtml(sayIn(l, key, marks));
    for (const name of placed) out = out.replace(`${MARK}${name}${MARK}`, () => (name in html ? made[name]! : theirs(r, l, made[name]!)));
    return out;
  };
  /** Markup made in each language, each once, each with its lang (`tag` words or form) where not `around`'s. */
  const eachHtml = (make: (r: FeedbackReport, l: UiLanguage) => string, kind: 'words' | 'form' = 'words') => {
    const all = v.reports.map((r) => {
      const l = reportLanguage(r);
      return { html: make(r, l), tag: tagsOf(r, l)[kind] };
    });
    return all.filter((x, i) => all.findIndex((y) => y.html === x.html) === i);
  };
  const out: string[] = [];
  const pHtml = (html: string, cls?: string, attrs = '') => out.push(`<p${cls ? ` class="${cls}"` : ''}${attrs}>${html}</p>`);
  /** A paragraph in each language, the first in the page's (or its own lang), the second with its lang. */
  const pEach = (make: (r: FeedbackReport, l: UiLanguage) => string, cls?: string, kind: 'words' | 'form' = 'words') => {
    for (const x of eachHtml(make, kind)) pHtml(x.html, cls, attrFor(x.tag, pageTag));
  };
  const p = (make: (r: FeedbackReport, l: UiLanguage) => string, cls?: string) => pEach((r, l) => escapeHtml(make(r, l)), cls);
  const listHtml = (items: readonly string[], tag = 'ul', attrs = '') => out.push(`<${tag}${attrs}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`);
  /** List items made in each language: each item followed by its translation, each with its lang where not the page's. */
  const itemsEach = (count: number, make: (r: FeedbackReport, l: UiLanguage, i: number) => string, kind: 'words' | 'form' = 'words') =>
    Array.from({ length: count }, (_, i) => eachHtml((r, l) => make(r, l, i), kind)).flatMap((xs) => xs.map((x) => (attrFor(x.tag, pageTag) ? `<span${attrFor(x.tag, pageTag)}>${x.html}</span>` : x.html)));
  /** Markup made in each language on one line: one as it is (or in its lang where not the page's); two, each in its <span lang>. */
  const joinedHtml = (xs: readonly { html: string; tag: string }[]) => (xs.length === 1 ? (attrFor(xs[0]!.tag, pageTag) ? langSpan(xs[0]!.tag, xs[0]!.html) : xs[0]!.html) : spansJoined(xs));
  /** A table cell of syslead's words in each language, each part in its lang. */
  const sayCell = (key: MessageKey, values?: MessageValues): Cell => ({ html: sayHtml(key, values) });
  /**
   * A table cell made in each language from syslead's words, each part in its lang, each once (the
   * same text in both, "75% (Growing)", once): `form` marks a text of the questionnaire's, which
   * then gets its own lang where it is not the words' language.
   */
  const cellEach = (make: (r: FeedbackReport, l: UiLanguage, form: (text: string) => string) => string): Cell => {
    const all = v.reports.map((r) => {
      const l = reportLanguage(r);
      const tags = tagsOf(r, l);
      return { text: make(r, l, asIs), html: escapeMarked(make(r, l, (text) => marked(otherLanguage(tags.words, tags.form), text))), tag: tags.words };
    });
    return { html: joinedHtml(eachTextOnce(all)) };
  };
  /** A table cell of the questionnaire's text in each language (a title, a statement's answers), each part in its lang. */
  const formCell = (make: (r: FeedbackReport) => string): Cell => ({ html: joinedHtml(eachHtml((r) => escapeHtml(make(r)), 'form')) });
  /** A caption or legend entry made in each language (a questionnaire's text in it with its lang), as markup. */
  const captionEach = (make: (r: FeedbackReport, l: UiLanguage) => string) => joinedHtml(eachHtml(make));
  /** The columns of a section's figures (self, each group shown, all others), each in both languages. */
  const figureLabels = () => figureColumns(report).map((_, i) => cellEach((r) => figureColumns(r)[i]!));
  /** A section's figures, each band's label the questionnaire's (its own lang), "withheld" syslead's. */
  const figureCellsEach = (get: (r: FeedbackReport) => SectionFeedback) => figureCells(report, get(report), asIs).map((_, i) => cellEach((r, _l, form) => figureCells(r, get(r), form)[i]!));
  const figures = (get: (r: FeedbackReport) => SectionFeedback) => {
    const cells = figureCellsEach(get);
    out.push(
      dataTable({
        caption: v.both((r, l) => sayIn(l, 'feedback.html.sectionCaption', { title: get(r).title })),
        captionHtml: captionEach((r, l) => mixedIn(r, l, 'feedback.html.sectionCaption', { title: get(r).title }, ['title'])),
        columns: [{ label: sayCell('feedback.column.who') }, { label: sayCell('feedback.column.percentBand'), numeric: true }],
        rows: figureLabels().map((label, i) => [label, cells[i]!]),
      }),
    );
  };
  /** A heading of the questionnaire's text in each language on one line. */
  const titleHtml = (get: (r: FeedbackReport) => string) => {
    const xs = eachHtml((r) => escapeHtml(get(r)), 'form');
    return xs.length === 1 ? { attr: langAttr, html: xs[0]!.html } : { attr: '', html: spansJoined(xs) };
  };

  const bi = v.reports.length > 1;
  const h1 = titleHtml((r) => r.title);
  out.push('<article>', '<header>', `<h1${h1.attr}>${h1.html}</h1>`);
  const facts = (r: FeedbackReport, l: UiLanguage) =>
    // not said: HTML markup (element and attribute names)
    `<dl class="facts"${attrFor(tagsOf(r, l).words, pageTag)}><dt>${escapeHtml(sayIn(l, 'feedback.about'))}</dt><dd>${escapeHtml(r.subject)}</dd><dt>${escapeHtml(sayIn(l, 'feedback.feedbackFrom'))}</dt><dd>${escapeHtml(ratersLine(r))}</dd></dl>`;
  out.push(...eachHtml(facts).map((x) => x.html));
  p((r) => r.notAppraisal, 'caution');
  out.push('</header>');
  const listEach = (get: (r: FeedbackReport) => readonly string[], tag = 'ul') =>
    listHtml(
      itemsEach(get(report).length, (r, _, i) => escapeHtml(get(r)[i]!)),
      tag,
    );
  if (report.missing.length > 0) {
    // not said: HTML markup (element and attribute names)
    out.push('<section class="keep">', `<h2>${sayHtml('feedback.heading.missing')}</h2>`);
    listEach((r) => r.missing);
    out.push('</section>');
  }
  out.push('<section>', `<h2>${sayHtml('feedback.heading.howToRead')}</h2>`);
  listEach((r) => [...r.howToRead, sayIn(reportLanguage(r), 'feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) })]);
  out.push('</section>');

  out.push('<section>', `<h2>${sayHtml('feedback.heading.summary')}</h2>`);
  const table = dataTable({
    caption: say('feedback.html.summaryCaption'),
    captionHtml: sayHtml('feedback.html.summaryCaption'),
    columns: [{ label: sayCell('feedback.column.theme') }, ...figureLabels().map((label) => ({ label, numeric: true })), { label: sayCell('feedback.column.selfOthers'), numeric: true }],
    rows: report.themes.map((t, ti) => [formCell((r) => r.themes[ti]!.title), ...figureCellsEach((r) => r.themes[ti]!), cellEach((_, l) => gapText(t, l))]),
  });
  // Self gets the darkest colour, as a person's own scores do; a withheld figure has no bar.
  const series = figureColumns(report).map((label, i) => ({ label, html: captionEach((r) => escapeHtml(figureColumns(r)[i]!)), colour: seriesColour(i) }));
  const bands = report.bands.map((b) => ({ id: b.id, label: b.label, below: b.below ?? undefined }));
  const zones = zoneLegendHtml(bands, language, asIs).map((z, i) => ({
    ...z,
    html: captionEach(
      (r, l) =>
        zoneLegendHtml(
          r.bands.map((b) => ({ id: b.id, label: b.label, below: b.below ?? undefined })),
          l,
          (label) => theirs(r, l, label),
        )[i]!.html!,
    ),
  }));
  const rows = report.themes.map((t, ti) => ({
    label: chartText(
      v.texts((r) => r.themes[ti]!.title),
      pageTag,
    ),
    percents: [t.self, ...report.raters.groups.map((g) => groupPercent(t, g.role)), t.others?.percent ?? null],
  }));
  const labels = v.reports.map((r) => {
    const l = reportLanguage(r);
    return { title: sayIn(l, 'feedback.html.chartTitle'), desc: sayIn(l, 'feedback.html.chartDesc', { series: figureColumns(r).join(', ') }), tag: tagsOf(r, l).words };
  });
  const first = labels[0]!;
  const svg = barChart({ id: 'summary-chart', title: first.title, desc: first.desc, ...(bi ? { languages: labels } : {}) }, rows, series, bands, language);
  out.push(chartFigure({ caption: say('feedback.html.chartTitle'), captionHtml: sayHtml('feedback.html.chartTitle'), svg, legend: [...series, ...zones], table }));
  out.push(`<h3>${sayHtml('feedback.heading.largestGaps')}</h3>`);
  const sectionGap = (key: MessageKey, of: (r: FeedbackReport) => FeedbackReport['gaps']['blindSpots']) =>
    itemsEach(of(report).length, (rep, l, i) => {
      const r = of(rep)[i]!;
      return mixedIn(rep, l, key, { title: r.title, self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, l) }, ['title']);
    });
  const statementGap = (key: MessageKey, of: (r: FeedbackReport) => FeedbackReport['statements']['blindSpots']) =>
    itemsEach(of(report).length, (rep, l, i) => {
      const r = of(rep)[i]!;
      return mixedIn(rep, l, key, { self: percent(r.self), others: percent(r.others) }, [], { text: statementHtml(rep, l, r.text, r.reverseKeyed) });
    });
  const gaps = [
    ...sectionGap('feedback.ref.blindSpot', (r) => r.gaps.blindSpots),
    ...sectionGap('feedback.ref.hiddenStrength', (r) => r.gaps.hiddenStrengths),
    ...statementGap('feedback.ref.statementBlindSpot', (r) => r.statements.blindSpots),
    ...statementGap('feedback.ref.statementHiddenStrength', (r) => r.statements.hiddenStrengths),
  ];
  if (gaps.length > 0) listHtml(gaps);
  else p((r) => noGapsText(r));
  const named = (of: (r: FeedbackReport) => FeedbackReport['statements']['highest']) =>
    itemsEach(of(report).length, (rep, l, i) => {
      const r = of(rep)[i]!;
      return `${mixedIn(rep, l, 'feedback.ref.others', { others: percent(r.others) }, [], { text: statementHtml(rep, l, r.text, r.reverseKeyed) })}${r.self === null ? '' : escapeHtml(sayIn(l, 'feedback.ref.alsoSelf', { self: percent(r.self) }))}`;
    });
  if (report.statements.highest.length > 0) {
    out.push(`<h3>${sayHtml('feedback.heading.highest')}</h3>`);
    listHtml(named((r) => r.statements.highest));
    out.push(`<h3>${sayHtml('feedback.heading.lowest')}</h3>`);
    listHtml(named((r) => r.statements.lowest));
  }
  if (listsReversed(report)) p((_, l) => reversedNote(l), 'muted');
  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push(`<h3>${sayHtml('feedback.heading.priorities')}</h3>`);
    p((_, l) => sayIn(l, 'feedback.priorities.intro'));
    const names = (rep: FeedbackReport, l: UiLanguage, ps: FeedbackReport['priorities']['self']) =>
      ps.map((x) => mixedIn(rep, l, 'feedback.priorities.item', { title: x.title, percent: percent(x.percent), importance: x.importance }, ['title', 'importance'])).join('; ') ||
      escapeHtml(sayIn(l, 'feedback.priorities.none'));
    listHtml([
      ...itemsEach(1, (r, l) => `${escapeHtml(sayIn(l, 'feedback.priorities.own'))} ${names(r, l, r.priorities.self)}`),
      ...(report.raters.others > 0 ? itemsEach(1, (r, l) => `${escapeHtml(sayIn(l, 'feedback.priorities.others'))} ${names(r, l, r.priorities.informed)}`) : []),
    ]);
  }
  out.push('</section>');

  /** A questionnaire's longer text: in one language as before (its lang where not the page's); in two, a block each. */
  const formBlocks = (get: (r: FeedbackReport) => string, open: (attr: string) => string, close: string) => {
    if (!bi) return out.push(`${open(langAttr)}${escapeHtml(get(report))}${close}`);
    for (const x of eachHtml((r) => escapeHtml(get(r)), 'form')) out.push(`${open(attrFor(x.tag, pageTag))}${x.html}${close}`);
  };
  const section = (get: (r: FeedbackReport) => SectionFeedback, level: string) => {
    const s = get(report);
    figures(get);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) p((_, l) => someWithheldNote(l), 'muted');
    if (s.others) pEach((r, l) => mixedIn(r, l, 'feedback.othersSpreadAnswers', { spread: spreadLine(get(r).others!, l), points: pointsLine(get(r).others!.points, asIs) }, ['points']));
    if (s.difference !== null) p((_, l) => sayIn(l, 'feedback.selfOthersLine', { gap: gapText(s, l) }));
    if (s.reflection) {
      const basis = s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf';
      out.push(
        `<${level}>${pairHtml(
          v.said((_, l) => sayIn(l, 'feedback.heading.meaning', { whose: sayIn(l, basis) })),
          pageTag,
        )}</${level}>`,
      );
      formBlocks(
        (r) => get(r).reflection!.meaning,
        (attr) => `<p${attr}>`,
        '</p>',
      );
      out.push(`<${level}>${sayHtml('feedback.heading.questions')}</${level}>`);
      if (!bi) listHtml(s.reflection.questions.map(escapeHtml), 'ul', langAttr);
      else listHtml(itemsEach(s.reflection.questions.length, (r, _, i) => escapeHtml(get(r).reflection!.questions[i]!), 'form'));
      out.push(`<${level}>${sayHtml('feedback.heading.try')}</${level}>`);
      formBlocks(
        (r) => get(r).reflection!.try,
        (attr) => `<p${attr}>`,
        '</p>',
      );
    }
  };
  const theme = (t: ThemeFeedback, ti: number) => {
    const inR = (r: FeedbackReport) => r.themes[ti]!;
    const h2 = titleHtml((r) => inR(r).title);
    // not said: HTML markup (element and attribute names)
    out.push('<section class="theme">', `<h2${h2.attr}>${h2.html}</h2>`);
    section(inR, 'h3');
    if (t.importance) pEach((r, l) => mixedIn(r, l, 'feedback.importance', { label: inR(r).importance!.label }, ['label']));
    if (t.agreement) p((r, l) => agreementText(inR(r).agreement!, asIs, l));
    t.facets.forEach((_, fi) => {
      const heading = eachHtml((r, l) => mixedIn(r, l, 'feedback.heading.facet', { title: inR(r).facets[fi]!.title }, ['title']));
      out.push(`<h3>${heading.length === 1 ? heading[0]!.html : spansJoined(heading)}</h3>`);
      section((r) => inR(r).facets[fi]!, 'h4');
    });
    out.push(
      dataTable({
        caption: v.both((r, l) => sayIn(l, 'feedback.html.statementsCaption', { title: inR(r).title })),
        captionHtml: captionEach((r, l) => mixedIn(r, l, 'feedback.html.statementsCaption', { title: inR(r).title }, ['title'])),
        columns: [
          { label: sayCell('feedback.column.statement') },
          { label: sayCell('feedback.group.self'), numeric: true },
          { label: sayCell('feedback.column.others'), numeric: true },
          { label: sayCell('feedback.column.selfOthers'), numeric: true },
          { label: sayCell('feedback.column.othersAnswers') },
        ],
        rows: t.statements.map((s, si) => [
          cellEach((r, l, form) => statementText(form(inR(r).statements[si]!.text), s.reverseKeyed, l)),
          percent(s.self),
          cellEach((_, l) => (s.othersWithheld ? withheld(l) : unbroken(`${percent(s.others)}${answeredNote(s, l)}`))),
          cellEach((_, l) => gapText(s, l)),
          s.others === null ? '–' : formCell((r) => pointsLine(inR(r).statements[si]!.points, asIs)),
        ]),
      }),
    );
    if (t.statements.some((s) => s.reverseKeyed)) p((_, l) => reversedNote(l), 'muted');
    if (t.comments.length > 0) {
      out.push(`<h3>${sayHtml('feedback.heading.comments')}</h3>`);
      t.comments.forEach((c, ci) => {
        formBlocks(
          (r) => inR(r).comments[ci]!.prompt,
          (attr) => `<p class="muted"${attr}>`,
          '</p>',
        );
        for (const text of c.texts) out.push(`<blockquote${langAttr}>${escapeHtml(text)}</blockquote>`);
      });
    }
    out.push('</section>');
  };
  report.themes.forEach(theme);
  if (report.coachingQuestions.length > 0) {
    out.push('<section>', `<h2>${sayHtml('feedback.heading.coaching')}</h2>`);
    listEach((r) => r.coachingQuestions, 'ol');
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
