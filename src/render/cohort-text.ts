import { safeText } from '../core/safe-text.js';
import type { FormFigures, CohortSectionFigures, ItemFigures, SubjectFigures } from '../core/report/cohort.js';
import type { CohortView, ItemScales } from '../core/report/cohort-view.js';
import { likertBar, likertCells, likertGlyphs, likertReach } from './likert.js';
import { percentBar } from './bar.js';
import {
  aboutLine,
  alphaLine,
  FigureNotes,
  FINDING_NAMES,
  frequencyCounts,
  importanceAnswered,
  hiddenLine,
  hiddenRespondentsLine,
  minGroupOf,
  percent,
  respondentsLine,
  ROLE_NAMES,
  scoreLine,
  share,
  signed,
  sparkline,
  summaryLines,
  tablesShown,
  whole,
} from './cohort-format.js';
import { CORRELATION_HEADER, CORRELATION_NOTE, correlationReasonLines, correlationRows, negativeItemLines, reasonLines, reliabilityLines } from './cohort-reliability.js';
import type { RenderOptions } from './options.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';

const BAR_WIDTH = 20;
/** Cells each side of a diverging bar's centre line. */
const LIKERT_CELLS = 15;
const INDENT = '  ';

/** The cohort report for a terminal: bar charts, band distributions and item tables; every text from a file made safe. */
export function renderCohortText({ report, scales }: CohortView, options: RenderOptions): string {
  const { style } = options;
  const width = Math.max(60, options.width);
  const out: string[] = [];
  const safe = (text: string) => safeText(text);
  const wrap = (text: string, indent = '') => wrapIndented(text, width, indent);
  const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - textWidth(text)));
  const bar = (p: number | null, cells = BAR_WIDTH) => {
    if (p === null) return style.dim('no score'.padEnd(cells));
    const { filled, track } = percentBar(p, cells);
    return `${style.cyan(filled)}${style.dim(track)}`;
  };
  /** A statement's answers as a diverging bar in blocks, each side scaled to `reach`, with its n. */
  const likertLine = (item: ItemFigures, reach: number) => {
    const answers = likertBar(frequencyCounts(item.frequencies));
    if (!answers) return style.dim(`${' '.repeat(LIKERT_CELLS)}│${' '.repeat(LIKERT_CELLS)}  no answers`);
    return `${style.cyan(likertCells(answers, LIKERT_CELLS, reach))}  n ${whole(answers.n)}`;
  };
  /** Which block is which answer, from the scale of `item`, and how far each side reaches. */
  const likertLegend = (item: ItemFigures, itemScales: ItemScales) => {
    const points = frequencyCounts(item.frequencies).length;
    const labels = itemScales.get(item.id) ?? Array.from({ length: points }, (_, p) => `point ${p + 1}`);
    const glyphs = likertGlyphs(points);
    return `${labels.map((label, p) => `${glyphs[p]} ${safe(label)}`).join('  ')}; the middle answer is split either side of │.`;
  };
  const rule = (title: string) => out.push('', style.dim('─'.repeat(width)), wrap(style.bold(title)));

  const summary = () => {
    const lines = summaryLines(report);
    const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
    rule('SUMMARY');
    out.push(wrap(lines.participation), wrap(`Respondents: ${respondentsLine(report.respondents)}`));
    for (const table of tablesShown(report)) out.push(wrap(`${safe(table.file)}: ${respondentsLine(table)}`, INDENT));
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
        out.push(wrap(`${safe(s.text)}${s.reverseKeyed ? ' (reverse-keyed)' : ''}`, INDENT));
        out.push(`${INDENT}${INDENT}${likertLine(itemOf.get(s.id)!, reach)}  ${percent(s.agreement)} agree`);
      }
    };
    statements('Most agreement', mostAgreement);
    statements('Least agreement', leastAgreement);
    const first = mostAgreement[0] ?? leastAgreement[0];
    if (first) out.push(wrap(style.dim(likertLegend(itemOf.get(first.id)!, scales[0]!)), INDENT));
    out.push(wrap(style.dim(agreementBasis)));
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
      out.push('', wrap(style.bold('Shared development priorities')), wrap(safe(lines.priorities!)));
      if (importanceAnswered(priorities)) {
        out.push('');
        pairs(priorities.themes.map((t) => ({ title: t.title, a: ['importance', t.importancePercent, `n ${whole(t.importanceN)}`], b: ['score', t.meanPercent, `n ${whole(t.n)}`] })));
        out.push(wrap(style.dim(priorities.basis)));
      }
    }
    if (selfOthers) {
      out.push('', wrap(style.bold('Self against colleagues')), wrap(safe(lines.selfOthers!)), '');
      pairs(selfOthers.themes.map((t) => ({ title: t.title, a: ['self', t.self, `n ${whole(t.subjects)}`], b: ['colleagues', t.others, `n ${whole(t.raters)}  ${signed(t.difference)}`] })));
      out.push(wrap(style.dim(selfOthers.basis)));
    }
    out.push('', wrap(style.bold('What these figures can and cannot say')));
    for (const limit of limits) out.push(wrapIndented(`- ${limit}`, width, `${INDENT}  `, INDENT));
  };

  const form = (f: FormFigures, heading: string, itemScales: ItemScales) => {
    out.push('', wrap(style.bold(heading)));
    out.push(wrap(`${safe(f.questionnaire.title)} (${safe(f.questionnaire.id)}, version ${f.questionnaire.version}) · ${whole(f.scored)} respondent(s) scored`));
    const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report));
    if (hidden) out.push(wrap(hidden));
    const labelOf = new Map(f.bands.map((b) => [b.id, safe(b.label)] as const));
    // Summary: each theme's mean percent as a bar.
    const titleWidth = Math.min(Math.max(...f.themes.map((t) => textWidth(safe(t.title)))), Math.floor(width / 3));
    out.push('');
    const themeNotes = new FigureNotes();
    for (const t of f.themes)
      out.push(`${INDENT}${pad(safe(t.title).slice(0, titleWidth), titleWidth)}  ${bar(t.meanPercent)} ${percent(t.meanPercent).padStart(4)}  n ${whole(t.n)}  alpha ${themeNotes.figure(t.alpha, t.reasons.alpha, 2)}`);
    for (const note of themeNotes.lines(safe)) out.push(wrap(style.dim(note), INDENT));

    const section = (g: CohortSectionFigures, indent: string) => {
      out.push(wrap(safe(scoreLine(g)), indent), wrap(safe(alphaLine(g)), indent));
      out.push(wrap(`Mean percent ${percent(g.meanPercent)} · distribution of percents 0 ${style.cyan(sparkline(g.distribution))} 100`, indent));
      const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
      const bandWidth = Math.max(...[...labelOf.values()].map((l) => textWidth(l)));
      out.push(wrap(style.bold('Bands'), indent));
      for (const [id, count] of Object.entries(g.bands)) {
        out.push(`${indent}${INDENT}${pad(labelOf.get(id) ?? safe(id), bandWidth)}  ${whole(count).padStart(7)}  ${bar(total === 0 ? null : (100 * count) / total, 15)} ${share(count, total).padStart(4)}`);
      }
      out.push(wrap(style.bold('Statements'), indent));
      const reach = likertReach(g.items.map((i) => likertBar(frequencyCounts(i.frequencies))));
      const notes = new FigureNotes();
      for (const item of g.items) {
        const figure = (name: 'mean' | 'sd' | 'rawR' | 'stdR' | 'rCor' | 'rDrop' | 'alphaIfDropped', digits = 2) => notes.figure(item[name], item.reasons[name], digits);
        out.push(wrap(`${safe(item.text)}${item.reverseKeyed ? ' (reverse-keyed)' : ''}`, `${indent}${INDENT}`));
        out.push(`${indent}${INDENT}${INDENT}${likertLine(item, reach)}`);
        out.push(
          wrap(
            style.dim(
              `missing ${whole(item.missing)} · mean ${figure('mean')} · SD ${figure('sd')} · raw.r ${figure('rawR')} · std.r ${figure('stdR')} · r.cor ${figure('rCor')} · r.drop ${figure('rDrop')} · alpha if dropped ${figure('alphaIfDropped', 3)}`,
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
        out.push('', wrap(style.bold(`Facet: ${safe(facet.title)}`), INDENT));
        section(facet, INDENT);
      }
    }
    correlations(f);
    if (report.groupBy) groups(f);
  };

  /** psych's figures beyond alpha: intervals, inter-item r, G6, the mean's CI, item-total correlations. */
  const reliability = (g: CohortSectionFigures, indent: string) => {
    // The item-total correlations are on each statement's line above: a table with the statements would not fit.
    out.push(wrap(style.bold('Reliability'), indent));
    for (const line of [...reliabilityLines(g), ...reasonLines(g.reasons)]) out.push(wrap(safe(line), indent + INDENT));
  };

  /** A table of plain cells, the first column left-aligned and the rest right-aligned, every text made safe. */
  const simpleTable = (header: readonly string[], rows: readonly string[][], indent: string) => {
    const cells = [header, ...rows].map((row) => row.map(safe));
    const widths = header.map((_, c) => Math.max(...cells.map((row) => textWidth(row[c]!))));
    const line = (row: string[]) => row.map((cell, c) => (c === 0 ? pad(cell, widths[c]!) : ' '.repeat(widths[c]! - textWidth(cell)) + cell)).join('  ');
    out.push(style.dim(`${indent}${line(cells[0]!)}`), ...cells.slice(1).map((row) => `${indent}${line(row)}`));
  };

  const correlations = (f: FormFigures) => {
    rule('CORRELATIONS BETWEEN THEMES AND FACETS');
    out.push(wrap(style.dim(CORRELATION_NOTE)));
    if (f.correlations.length > 0) simpleTable(CORRELATION_HEADER, correlationRows(f), INDENT);
    for (const line of correlationReasonLines(f)) out.push(wrap(style.dim(safe(line)), INDENT));
    const warnings = negativeItemLines(f);
    if (warnings.length > 0) {
      out.push('', wrap(style.bold('Items that may be keyed the wrong way')));
      for (const line of warnings) out.push(wrap(safe(line), INDENT));
    }
  };

  const groups = (f: FormFigures) => {
    const { column, minGroup } = report.groupBy!;
    rule(`GROUPS BY ${safe(column).toUpperCase()}`);
    out.push(wrap(style.dim(`A group of fewer than ${minGroup} respondents is never shown on its own: it is pooled into "other", which is hidden too if still under ${minGroup}.`)));
    if (f.groups.length === 0) out.push(wrap('No group is large enough to show.'));
    const nameWidth = Math.min(Math.max(5, ...f.groups.map((g) => textWidth(safe(g.name)))), Math.floor(width / 4));
    const notes = new FigureNotes();
    f.themes.forEach((theme, t) => {
      if (f.groups.length === 0) return;
      out.push('', wrap(style.bold(safe(theme.title)), INDENT));
      for (const g of f.groups) {
        const figures = g.themes[t]!;
        const pooled = g.pooled > 0 ? style.dim(` (${g.pooled} groups pooled)`) : '';
        out.push(
          `${INDENT}${INDENT}${pad(safe(g.name).slice(0, nameWidth), nameWidth)}  ${bar(figures.meanPercent, 15)} ${percent(figures.meanPercent).padStart(4)}  n ${whole(figures.n)}  mean ${notes.figure(figures.mean, figures.reasons.mean)}  SD ${notes.figure(figures.sd, figures.reasons.sd)}  alpha ${notes.figure(figures.alpha, figures.reasons.alpha)}${pooled}`,
        );
      }
    });
    if (notes.reasons.length > 0) out.push('', ...notes.lines(safe).map((note) => wrap(style.dim(note), INDENT)));
    const hidden = hiddenLine(f.hiddenGroups, minGroup);
    if (hidden) out.push('', wrap(hidden));
  };

  const subject = (s: SubjectFigures) => {
    out.push('', wrap(style.bold(safe(s.name))));
    const hidden = s.hiddenRaters > 0 ? `; ${whole(s.hiddenRaters)} left out by the anonymity floor` : '';
    out.push(wrap(style.dim(`${whole(s.selfRatings)} self-rating(s), ${whole(s.raters)} other rater(s)${hidden}`), INDENT));
    const titleWidth = Math.min(Math.max(...s.themes.map((t) => textWidth(safe(t.title)))), Math.floor(width / 4));
    const notes = new FigureNotes();
    const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
    for (const t of s.themes) {
      const groupsText = t.raterGroups.map((g) => `${ROLE_NAMES[g.role]} ${pct(g.percent, g.reasons.percent)}${g.n > 0 ? ` (${g.n})` : ''}`).join(' · ');
      const finding = t.finding ? `  ${style.bold(FINDING_NAMES[t.finding])}` : '';
      out.push(
        `${INDENT}${pad(safe(t.title).slice(0, titleWidth), titleWidth)}  self ${pct(t.self, t.reasons.self).padStart(4)}  others ${pct(t.others, t.reasons.others).padStart(4)} (${t.othersN})  ${notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference).padStart(6)}${finding}`,
      );
      if (groupsText) out.push(wrap(style.dim(groupsText), INDENT + INDENT + INDENT));
    }
    for (const note of notes.lines(safe)) out.push(wrap(style.dim(note), INDENT));
  };

  out.push(wrap(style.bold(safe(report.about.title ?? `Cohort report: ${report.questionnaire.title}`))));
  const about = aboutLine(report.about);
  if (about) out.push(wrap(safe(about)));
  summary();
  out.push('', wrap(style.italic(report.caution)));
  if (report.detail === 'full') appendix();
  else out.push('', wrap(style.dim('The full statistics per theme, facet and statement follow with --detail full.')));
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    rule('APPENDIX: FULL STATISTICS');
    out.push(wrap(style.dim(report.basis)));
    form(report, 'THEMES', scales[0]!);
    report.otherForms.forEach((other, i) => form(other, `ALSO ANSWERED: ${safe(other.questionnaire.title).toUpperCase()}`, scales[i + 1]!));

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      rule('360 VIEW');
      out.push(
        wrap(
          style.dim(
            `Per subject (column "${safe(subjectColumn)}") and theme: the subject's own percent against the mean of the other raters, by rater group. A blind spot is self above others by more than ${margin} points; a hidden strength, below by more. Rater groups other than the manager need ${minGroup} or more raters; smaller ones are pooled into "other" or left out.`,
          ),
        ),
      );
      report.subjects.forEach(subject);
    }
  }

  function people() {
    if (report.people) {
      rule('RESPONDENTS');
      const forms = [report, ...report.otherForms];
      for (const p of report.people) {
        const themes = forms.find((f) => f.questionnaire.id === p.questionnaire)?.themes ?? [];
        const who = [p.respondent ? safe(p.respondent) : `#${p.row}`, p.role, p.group ? safe(p.group) : null, p.subject && p.subject !== p.respondent ? `about ${safe(p.subject)}` : null].filter(Boolean).join(' · ');
        const scores = themes.map((t) => `${safe(t.title)} ${percent(p.scores[t.id]?.percent ?? null)}`).join(' · ');
        out.push(wrap(`${who}: ${scores}`, INDENT));
      }
    }
  }
}
