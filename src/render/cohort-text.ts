import { safeText } from '../core/safe-text.js';
import type { FormFigures, CohortSectionFigures, ItemFigures, SubjectFigures } from '../core/report/cohort.js';
import type { CohortView, ItemScales } from '../core/report/cohort-view.js';
import { likertBar, likertCells, likertGlyphs, likertReach } from './likert.js';
import { percentBar } from './bar.js';
import {
  aboutLine,
  alphaLine,
  FigureNotes,
  findingName,
  frequencyCounts,
  importanceAnswered,
  hiddenLine,
  hiddenRespondentsLine,
  minGroupOf,
  percent,
  respondentsLine,
  respondentRole,
  roleName,
  scoreLine,
  share,
  signed,
  sparkline,
  summaryLines,
  tablesShown,
  whole,
} from './cohort-format.js';
import { correlationHeader, correlationNote, correlationReasonLines, correlationRows, itemFiguresNote, negativeItemLines, reasonLines, reliabilityLines } from './cohort-reliability.js';
import type { RenderOptions } from './options.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';

const BAR_WIDTH = 20;
/** Cells each side of a diverging bar's centre line. */
const LIKERT_CELLS = 15;
const INDENT = '  ';

/** The cohort report for a terminal: bar charts, band distributions and item tables; every text from a file made safe. */
export function renderCohortText({ report, scales, presentations }: CohortView, options: RenderOptions): string {
  const { style } = options;
  // syslead's words in the report's language (its first: a second would make it bilingual).
  const language = presentations[0]!.languages[0]!;
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const again = (text: string) => sayAgain(language, text);
  const reverseKeyed = say('cohort.format.reverseKeyed');
  const width = Math.max(60, options.width);
  const out: string[] = [];
  const safe = (text: string) => safeText(text);
  const wrap = (text: string, indent = '') => wrapIndented(text, width, indent);
  const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - textWidth(text)));
  const bar = (p: number | null, cells = BAR_WIDTH) => {
    if (p === null) return style.dim(say('cohort.text.noScore').padEnd(cells));
    const { filled, track } = percentBar(p, cells);
    return `${style.cyan(filled)}${style.dim(track)}`;
  };
  /** A statement's answers as a diverging bar in blocks, each side scaled to `reach`, with its n. */
  const likertLine = (item: ItemFigures, reach: number) => {
    const answers = likertBar(frequencyCounts(item.frequencies));
    if (!answers) return style.dim(`${' '.repeat(LIKERT_CELLS)}│${' '.repeat(LIKERT_CELLS)}  ${say('cohort.text.noAnswers')}`);
    return `${style.cyan(likertCells(answers, LIKERT_CELLS, reach))}  n ${whole(answers.n)}`;
  };
  /** Which block is which answer, from the scale of `item`, and how far each side reaches. */
  const likertLegend = (item: ItemFigures, itemScales: ItemScales) => {
    const points = frequencyCounts(item.frequencies).length;
    const labels = itemScales.get(item.id) ?? Array.from({ length: points }, (_, p) => say('cohort.format.point', { point: String(p + 1) }));
    const glyphs = likertGlyphs(points);
    return say('cohort.text.likertLegend', { labels: labels.map((label, p) => `${glyphs[p]} ${safe(label)}`).join('  ') });
  };
  const rule = (title: string) => out.push('', style.dim('─'.repeat(width)), wrap(style.bold(title)));

  const summary = () => {
    const lines = summaryLines(report, language);
    const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
    rule(say('cohort.heading.summary').toUpperCase());
    out.push(wrap(lines.participation), wrap(say('cohort.text.respondents', { line: respondentsLine(report.respondents, language) })));
    for (const table of tablesShown(report)) out.push(wrap(`${safe(table.file)}: ${respondentsLine(table, language)}`, INDENT));
    out.push('');
    const titleWidth = Math.min(Math.max(...areas.map((a) => textWidth(safe(a.title)) + (a.kind === 'facet' ? 2 : 0))), Math.floor(width / 3));
    for (const a of areas) {
      const title = `${a.kind === 'facet' ? INDENT : ''}${safe(a.title)}`.slice(0, titleWidth);
      out.push(`${INDENT}${pad(title, titleWidth)}  ${bar(a.meanPercent)} ${percent(a.meanPercent).padStart(4)}  n ${whole(a.n)}`);
    }
    out.push('', wrap(safe(lines.strongest)), wrap(safe(lines.growth)));
    const itemOf = new Map(report.themes.flatMap((t) => t.items.map((i) => [i.id, i] as const)));
    const shown = [...mostAgreement, ...leastAgreement].map((s) => likertBar(frequencyCounts(itemOf.get(s.id)!.frequencies)));
    const reach = likertReach(shown);
    const statements = (heading: string, list: typeof mostAgreement) => {
      if (list.length === 0) return;
      out.push('', wrap(style.bold(heading)));
      for (const s of list) {
        out.push(wrap(`${safe(s.text)}${s.reverseKeyed ? reverseKeyed : ''}`, INDENT));
        out.push(`${INDENT}${INDENT}${likertLine(itemOf.get(s.id)!, reach)}  ${say('cohort.text.agree', { percent: percent(s.agreement) })}`);
      }
    };
    statements(say('cohort.heading.mostAgreement'), mostAgreement);
    statements(say('cohort.heading.leastAgreement'), leastAgreement);
    const first = mostAgreement[0] ?? leastAgreement[0];
    if (first) out.push(wrap(style.dim(likertLegend(itemOf.get(first.id)!, scales[0]!)), INDENT));
    out.push(wrap(style.dim(again(agreementBasis))));
    const { priorities, selfOthers } = report.summary;
    // Two bars a theme: its title over them, each bar with its value and n beside it.
    const pairs = (rows: { title: string; a: [string, number | null, string]; b: [string, number | null, string] }[]) => {
      const labelWidth = Math.max(...rows.flatMap((r) => [textWidth(r.a[0]), textWidth(r.b[0])]));
      for (const r of rows) {
        out.push(wrap(safe(r.title), INDENT));
        for (const [label, p, n] of [r.a, r.b]) out.push(`${INDENT}${INDENT}${pad(label, labelWidth)}  ${bar(p)} ${percent(p).padStart(4)}  ${n}`);
      }
    };
    if (priorities) {
      out.push('', wrap(style.bold(say('cohort.heading.priorities'))), wrap(safe(lines.priorities!)));
      if (importanceAnswered(priorities)) {
        out.push('');
        pairs(priorities.themes.map((t) => ({ title: t.title, a: [say('cohort.text.importance'), t.importancePercent, `n ${whole(t.importanceN)}`], b: [say('cohort.text.score'), t.meanPercent, `n ${whole(t.n)}`] })));
        out.push(wrap(style.dim(again(priorities.basis))));
      }
    }
    if (selfOthers) {
      out.push('', wrap(style.bold(say('cohort.heading.selfOthers'))), wrap(safe(lines.selfOthers!)), '');
      pairs(
        selfOthers.themes.map((t) => ({ title: t.title, a: [say('cohort.text.self'), t.self, `n ${whole(t.subjects)}`], b: [say('cohort.text.colleagues'), t.others, `n ${whole(t.raters)}  ${signed(t.difference)}`] })),
      );
      out.push(wrap(style.dim(again(selfOthers.basis))));
    }
    out.push('', wrap(style.bold(say('cohort.heading.limits'))));
    for (const limit of limits) out.push(wrapIndented(`- ${again(limit)}`, width, `${INDENT}  `, INDENT));
  };

  const form = (f: FormFigures, heading: string, itemScales: ItemScales) => {
    out.push('', wrap(style.bold(heading)));
    out.push(wrap(say('cohort.format.formLine', { title: safe(f.questionnaire.title), id: safe(f.questionnaire.id), version: String(f.questionnaire.version), scored: f.scored })));
    const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report), language);
    if (hidden) out.push(wrap(hidden));
    const labelOf = new Map(f.bands.map((b) => [b.id, safe(b.label)] as const));
    // Summary: each theme's mean percent as a bar.
    const titleWidth = Math.min(Math.max(...f.themes.map((t) => textWidth(safe(t.title)))), Math.floor(width / 3));
    out.push('');
    const themeNotes = new FigureNotes(language);
    for (const t of f.themes)
      out.push(
        `${INDENT}${pad(safe(t.title).slice(0, titleWidth), titleWidth)}  ${bar(t.meanPercent)} ${percent(t.meanPercent).padStart(4)}  n ${whole(t.n)}  ${say('cohort.text.alpha')} ${themeNotes.figure(t.alpha, t.reasons.alpha, 2)}`,
      );
    for (const note of themeNotes.lines(safe)) out.push(wrap(style.dim(note), INDENT));

    const section = (g: CohortSectionFigures, indent: string) => {
      out.push(wrap(safe(scoreLine(g, language)), indent), wrap(safe(alphaLine(g, language)), indent));
      out.push(wrap(say('cohort.text.distribution', { percent: percent(g.meanPercent), sparkline: style.cyan(sparkline(g.distribution)) }), indent));
      const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
      const bandWidth = Math.max(...[...labelOf.values()].map((l) => textWidth(l)));
      out.push(wrap(style.bold(say('cohort.heading.bands')), indent));
      for (const [id, count] of Object.entries(g.bands)) {
        out.push(`${indent}${INDENT}${pad(labelOf.get(id) ?? safe(id), bandWidth)}  ${whole(count).padStart(7)}  ${bar(total === 0 ? null : (100 * count) / total, 15)} ${share(count, total).padStart(4)}`);
      }
      out.push(wrap(style.bold(say('cohort.heading.statements')), indent));
      const reach = likertReach(g.items.map((i) => likertBar(frequencyCounts(i.frequencies))));
      const notes = new FigureNotes(language);
      for (const item of g.items) {
        const figure = (name: 'mean' | 'sd' | 'rawR' | 'stdR' | 'rCor' | 'rDrop' | 'alphaIfDropped', digits = 2) => notes.figure(item[name], item.reasons[name], digits);
        out.push(wrap(`${safe(item.text)}${item.reverseKeyed ? reverseKeyed : ''}`, `${indent}${INDENT}`));
        out.push(`${indent}${INDENT}${INDENT}${likertLine(item, reach)}`);
        out.push(
          wrap(
            style.dim(
              say('cohort.text.itemLine', {
                missing: item.missing,
                mean: figure('mean'),
                sd: figure('sd'),
                rawR: figure('rawR'),
                stdR: figure('stdR'),
                rCor: figure('rCor'),
                rDrop: figure('rDrop'),
                alphaIfDropped: figure('alphaIfDropped', 3),
              }),
            ),
            `${indent}${INDENT}${INDENT}`,
          ),
        );
      }
      for (const note of notes.lines(safe)) out.push(wrap(style.dim(note), indent + INDENT));
      if (g.items[0]) out.push(wrap(style.dim(likertLegend(g.items[0], itemScales)), `${indent}${INDENT}`));
      reliability(g, indent);
    };
    for (const theme of f.themes) {
      rule(safe(theme.title).toUpperCase());
      section(theme, '');
      for (const facet of theme.facets) {
        out.push('', wrap(style.bold(say('cohort.heading.facet', { title: safe(facet.title) })), INDENT));
        section(facet, INDENT);
      }
    }
    correlations(f);
    if (report.groupBy) groups(f);
  };

  /** psych's figures beyond alpha: intervals, inter-item r, G6, the mean's CI, item-total correlations. */
  const reliability = (g: CohortSectionFigures, indent: string) => {
    // The item-total correlations are on each statement's line above: a table with the statements would not fit.
    out.push(wrap(style.bold(say('cohort.heading.reliability')), indent));
    for (const line of [...reliabilityLines(g, language), ...reasonLines(g.reasons, language)]) out.push(wrap(safe(line), indent + INDENT));
  };

  /** A table of plain cells, the first column left-aligned and the rest right-aligned, every text made safe. */
  const simpleTable = (header: readonly string[], rows: readonly string[][], indent: string) => {
    const cells = [header, ...rows].map((row) => row.map(safe));
    const widths = header.map((_, c) => Math.max(...cells.map((row) => textWidth(row[c]!))));
    const line = (row: string[]) => row.map((cell, c) => (c === 0 ? pad(cell, widths[c]!) : ' '.repeat(widths[c]! - textWidth(cell)) + cell)).join('  ');
    out.push(style.dim(`${indent}${line(cells[0]!)}`), ...cells.slice(1).map((row) => `${indent}${line(row)}`));
  };

  const correlations = (f: FormFigures) => {
    rule(say('cohort.heading.correlations').toUpperCase());
    out.push(wrap(style.dim(correlationNote(language))));
    if (f.correlations.length > 0) simpleTable(correlationHeader(language), correlationRows(f), INDENT);
    for (const line of correlationReasonLines(f, language)) out.push(wrap(style.dim(safe(line)), INDENT));
    const warnings = negativeItemLines(f, language);
    if (warnings.length > 0) {
      out.push('', wrap(style.bold(say('cohort.heading.negativeItems'))));
      for (const line of warnings) out.push(wrap(safe(line), INDENT));
    }
  };

  const groups = (f: FormFigures) => {
    const { column, minGroup } = report.groupBy!;
    rule(say('cohort.heading.groupsBy', { column: safe(column) }).toUpperCase());
    out.push(wrap(style.dim(say('cohort.format.groupsNote', { min: String(minGroup) }))));
    if (f.groups.length === 0) out.push(wrap(say('cohort.format.noGroup')));
    const nameWidth = Math.min(Math.max(5, ...f.groups.map((g) => textWidth(safe(g.name)))), Math.floor(width / 4));
    const notes = new FigureNotes(language);
    f.themes.forEach((theme, t) => {
      if (f.groups.length === 0) return;
      out.push('', wrap(style.bold(safe(theme.title)), INDENT));
      for (const g of f.groups) {
        const figures = g.themes[t]!;
        const pooled = g.pooled > 0 ? style.dim(say('cohort.format.pooled', { pooled: String(g.pooled) })) : '';
        out.push(
          `${INDENT}${INDENT}${pad(safe(again(g.name)).slice(0, nameWidth), nameWidth)}  ${bar(figures.meanPercent, 15)} ${percent(figures.meanPercent).padStart(4)}  ${say('cohort.text.groupFigures', { n: figures.n, mean: notes.figure(figures.mean, figures.reasons.mean), sd: notes.figure(figures.sd, figures.reasons.sd), alpha: notes.figure(figures.alpha, figures.reasons.alpha) })}${pooled}`,
        );
      }
    });
    if (notes.reasons.length > 0) out.push('', ...notes.lines(safe).map((note) => wrap(style.dim(note), INDENT)));
    const hidden = hiddenLine(f.hiddenGroups, minGroup, language);
    if (hidden) out.push('', wrap(hidden));
  };

  const subject = (s: SubjectFigures) => {
    out.push('', wrap(style.bold(safe(again(s.name)))));
    const hidden = s.hiddenRaters > 0 ? say('cohort.format.hiddenRaters', { count: s.hiddenRaters }) : '';
    out.push(wrap(style.dim(say('cohort.format.raters', { selfRatings: s.selfRatings, raters: s.raters, hidden })), INDENT));
    const titleWidth = Math.min(Math.max(...s.themes.map((t) => textWidth(safe(t.title)))), Math.floor(width / 4));
    const notes = new FigureNotes(language);
    const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
    for (const t of s.themes) {
      const groupsText = t.raterGroups.map((g) => `${roleName(language, g.role)} ${pct(g.percent, g.reasons.percent)}${g.n > 0 ? ` (${g.n})` : ''}`).join(' · ');
      const finding = t.finding ? `  ${style.bold(findingName(language, t.finding))}` : '';
      out.push(
        `${INDENT}${pad(safe(t.title).slice(0, titleWidth), titleWidth)}  ${say('cohort.text.self')} ${pct(t.self, t.reasons.self).padStart(4)}  ${say('cohort.text.others')} ${pct(t.others, t.reasons.others).padStart(4)} (${t.othersN})  ${notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference).padStart(6)}${finding}`,
      );
      if (groupsText) out.push(wrap(style.dim(groupsText), INDENT + INDENT + INDENT));
    }
    for (const note of notes.lines(safe)) out.push(wrap(style.dim(note), INDENT));
  };

  out.push(wrap(style.bold(safe(report.about.title ?? say('cohort.format.title', { title: report.questionnaire.title })))));
  const about = aboutLine(report.about, language);
  if (about) out.push(wrap(safe(about)));
  summary();
  out.push('', wrap(style.italic(again(report.caution))));
  if (report.detail === 'full') appendix();
  else out.push('', wrap(style.dim(say('cohort.format.fullFollows'))));
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    rule(say('cohort.heading.appendix').toUpperCase());
    out.push(wrap(style.dim(again(report.basis))), wrap(style.dim(itemFiguresNote(language))));
    form(report, say('cohort.heading.themes').toUpperCase(), scales[0]!);
    report.otherForms.forEach((other, i) => form(other, say('cohort.heading.alsoAnswered', { title: safe(other.questionnaire.title) }).toUpperCase(), scales[i + 1]!));

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      rule(say('cohort.heading.threeSixty').toUpperCase());
      out.push(wrap(style.dim(say('cohort.text.threeSixtyNote', { column: safe(subjectColumn), margin: String(margin), min: String(minGroup) }))));
      report.subjects.forEach(subject);
    }
  }

  function people() {
    if (report.people) {
      rule(say('cohort.heading.respondents').toUpperCase());
      const forms = [report, ...report.otherForms];
      for (const p of report.people) {
        const themes = forms.find((f) => f.questionnaire.id === p.questionnaire)?.themes ?? [];
        const who = [
          p.respondent ? safe(p.respondent) : `#${p.row}`,
          respondentRole(language, p.role),
          p.group ? safe(again(p.group)) : null,
          p.subject && p.subject !== p.respondent ? say('cohort.text.about', { subject: safe(p.subject) }) : null,
        ]
          .filter(Boolean)
          .join(' · ');
        const scores = themes.map((t) => `${safe(t.title)} ${percent(p.scores[t.id]?.percent ?? null)}`).join(' · ');
        out.push(wrap(`${who}: ${scores}`, INDENT));
      }
    }
  }
}
