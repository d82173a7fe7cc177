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
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';
import type { CohortReport } from '../core/report/cohort.js';
import { BETWEEN, pairText } from './bilingual.js';
import { cohortVoice, reverseKeyedIn } from './cohort-languages.js';

const BAR_WIDTH = 20;
/** Cells each side of a diverging bar's centre line. */
const LIKERT_CELLS = 15;
const INDENT = '  ';

/** The cohort report for a terminal: bar charts, band distributions and item tables; every text from a file made safe. */
export function renderCohortText(view: CohortView, options: RenderOptions): string {
  const { report, scales } = view;
  const { style } = options;
  // syslead's words in the report's language (its first); a second (--lang cy,en) makes it bilingual.
  const { languages, reports, both, bothMade, each, eachLines, againEach, textsOf, formOf } = cohortVoice(view);
  /** A questionnaire's short text (a title, a band label) in each language: "Teitl / Title". */
  const pairOf = (get: (r: CohortReport) => string) => textsOf(get).join(BETWEEN);

  const width = Math.max(60, options.width);
  const out: string[] = [];
  const safe = (text: string) => safeText(text);
  const wrap = (text: string, indent = '') => wrapIndented(text, width, indent);
  const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - textWidth(text)));
  const bar = (p: number | null, cells = BAR_WIDTH) => {
    if (p === null) return style.dim(both('cohort.text.noScore').padEnd(cells));
    const { filled, track } = percentBar(p, cells);
    return `${style.cyan(filled)}${style.dim(track)}`;
  };
  /** A statement's answers as a diverging bar in blocks, each side scaled to `reach`, with its n. */
  const likertLine = (item: ItemFigures, reach: number) => {
    const answers = likertBar(frequencyCounts(item.frequencies));
    if (!answers) return style.dim(`${' '.repeat(LIKERT_CELLS)}│${' '.repeat(LIKERT_CELLS)}  ${both('cohort.text.noAnswers')}`);
    return `${style.cyan(likertCells(answers, LIKERT_CELLS, reach))}  n ${whole(answers.n)}`;
  };
  /** Which block is which answer, from the scale of `item` (form `form`), and how far each side reaches; a line in each language. */
  const likertLegend = (item: ItemFigures, itemScales: ItemScales, form = 0) =>
    each((l, _r, i) => {
      const points = frequencyCounts(item.frequencies).length;
      const own = view.texts?.[form]?.[i === 0 ? 'first' : 'second'].scales.get(item.id);
      const labels = own ?? itemScales.get(item.id) ?? Array.from({ length: points }, (_, p) => sayIn(l, 'cohort.format.point', { point: String(p + 1) }));
      const glyphs = likertGlyphs(points);
      return sayIn(l, 'cohort.text.likertLegend', { labels: labels.map((label, p) => `${glyphs[p]} ${safe(label)}`).join('  ') });
    });
  /** A title in a column `columns` wide: cut to fit in one language, as before; in two, one too long goes whole on a line of its own above its row. */
  const fit = (title: string, columns: number, indent: string) => {
    if (languages.length === 1 || textWidth(title) <= columns) return title.slice(0, columns);
    out.push(wrap(title, indent));
    return '';
  };
  const rule = (title: string) => out.push('', style.dim('─'.repeat(width)), wrap(style.bold(title)));

  const summary = () => {
    const lines = reports.map((r, i) => summaryLines(r, languages[i]!));
    const sentences = (which: 'participation' | 'strongest' | 'growth' | 'priorities' | 'selfOthers') => each((_l, _r, i) => lines[i]?.[which] ?? lines[0]![which]!);
    const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
    rule(both('cohort.heading.summary').toUpperCase());
    out.push(...sentences('participation').map((line) => wrap(line)), ...each((l) => sayIn(l, 'cohort.text.respondents', { line: respondentsLine(report.respondents, l) })).map((line) => wrap(line)));
    for (const table of tablesShown(report)) out.push(...each((l) => `${safe(table.file)}: ${respondentsLine(table, l)}`).map((line) => wrap(line, INDENT)));
    out.push('');
    const areaTitle = (k: number) => safe(pairOf((r) => r.summary.areas[k]!.title));
    const titleWidth = Math.min(Math.max(...areas.map((a, k) => textWidth(areaTitle(k)) + (a.kind === 'facet' ? 2 : 0))), Math.floor(width / 3));
    areas.forEach((a, k) => {
      const title = fit(`${a.kind === 'facet' ? INDENT : ''}${areaTitle(k)}`, titleWidth, INDENT);
      out.push(`${INDENT}${pad(title, titleWidth)}  ${bar(a.meanPercent)} ${percent(a.meanPercent).padStart(4)}  n ${whole(a.n)}`);
    });
    out.push('', ...sentences('strongest').map((line) => wrap(safe(line))), ...sentences('growth').map((line) => wrap(safe(line))));
    const itemOf = new Map(report.themes.flatMap((t) => t.items.map((i) => [i.id, i] as const)));
    const shown = [...mostAgreement, ...leastAgreement].map((s) => likertBar(frequencyCounts(itemOf.get(s.id)!.frequencies)));
    const reach = likertReach(shown);
    const statements = (heading: string, which: 'mostAgreement' | 'leastAgreement') => {
      const list = report.summary[which];
      if (list.length === 0) return;
      out.push('', wrap(style.bold(heading)));
      list.forEach((s, k) => {
        for (const line of each((l, r) => `${safe(r.summary[which][k]!.text)}${s.reverseKeyed ? reverseKeyedIn(l) : ''}`)) out.push(wrap(line, INDENT));
        out.push(`${INDENT}${INDENT}${likertLine(itemOf.get(s.id)!, reach)}  ${both('cohort.text.agree', { percent: percent(s.agreement) })}`);
      });
    };
    statements(both('cohort.heading.mostAgreement'), 'mostAgreement');
    statements(both('cohort.heading.leastAgreement'), 'leastAgreement');
    const first = mostAgreement[0] ?? leastAgreement[0];
    if (first) for (const line of likertLegend(itemOf.get(first.id)!, scales[0]!)) out.push(wrap(style.dim(line), INDENT));
    for (const line of againEach(agreementBasis)) out.push(wrap(style.dim(line)));
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
      out.push('', wrap(style.bold(both('cohort.heading.priorities'))), ...sentences('priorities').map((line) => wrap(safe(line))));
      if (importanceAnswered(priorities)) {
        out.push('');
        pairs(
          priorities.themes.map((t, k) => ({
            title: pairOf((r) => r.summary.priorities!.themes[k]!.title),
            a: [both('cohort.text.importance'), t.importancePercent, `n ${whole(t.importanceN)}`],
            b: [both('cohort.text.score'), t.meanPercent, `n ${whole(t.n)}`],
          })),
        );
        for (const line of againEach(priorities.basis)) out.push(wrap(style.dim(line)));
      }
    }
    if (selfOthers) {
      out.push('', wrap(style.bold(both('cohort.heading.selfOthers'))), ...sentences('selfOthers').map((line) => wrap(safe(line))), '');
      pairs(
        selfOthers.themes.map((t, k) => ({
          title: pairOf((r) => r.summary.selfOthers!.themes[k]!.title),
          a: [both('cohort.text.self'), t.self, `n ${whole(t.subjects)}`],
          b: [both('cohort.text.colleagues'), t.others, `n ${whole(t.raters)}  ${signed(t.difference)}`],
        })),
      );
      for (const line of againEach(selfOthers.basis)) out.push(wrap(style.dim(line)));
    }
    out.push('', wrap(style.bold(both('cohort.heading.limits'))));
    for (const limit of limits) {
      const [said, ...translations] = againEach(limit);
      out.push(wrapIndented(`- ${said}`, width, `${INDENT}  `, INDENT));
      for (const t of translations) out.push(wrapIndented(t, width, `${INDENT}  `));
    }
  };

  const form = (f: FormFigures, fi: number, heading: string, itemScales: ItemScales) => {
    out.push('', wrap(style.bold(heading)));
    for (const line of each((l, r) => sayIn(l, 'cohort.format.formLine', { title: safe(formOf(r, fi).questionnaire.title), id: safe(f.questionnaire.id), version: String(f.questionnaire.version), count: f.scored })))
      out.push(wrap(line));
    for (const hidden of each((l) => hiddenRespondentsLine(f.hidden, minGroupOf(report), l) ?? '')) if (hidden) out.push(wrap(hidden));
    const labelOf = new Map(f.bands.map((b, k) => [b.id, safe(pairOf((r) => formOf(r, fi).bands[k]!.label))] as const));
    const themeTitle = (t: number) => safe(pairOf((r) => formOf(r, fi).themes[t]!.title));
    // Summary: each theme's mean percent as a bar.
    const titleWidth = Math.min(Math.max(...f.themes.map((_, t) => textWidth(themeTitle(t)))), Math.floor(width / 3));
    out.push('');
    const themeNotes = new FigureNotes(languages);
    f.themes.forEach((t, k) =>
      out.push(
        `${INDENT}${pad(fit(themeTitle(k), titleWidth, INDENT), titleWidth)}  ${bar(t.meanPercent)} ${percent(t.meanPercent).padStart(4)}  n ${whole(t.n)}  ${both('cohort.text.alpha')} ${themeNotes.figure(t.alpha, t.reasons.alpha, 2)}`,
      ),
    );
    for (const note of themeNotes.lines(safe)) out.push(wrap(style.dim(note), INDENT));

    /** A section (a theme or facet) of the form in a report of a language. */
    const section = (g: CohortSectionFigures, of: (r: CohortReport) => CohortSectionFigures, indent: string) => {
      for (const line of [...each((l, r) => scoreLine(of(r), l)), ...each((l, r) => alphaLine(of(r), l))]) out.push(wrap(safe(line), indent));
      out.push(wrap(both('cohort.text.distribution', { percent: percent(g.meanPercent), sparkline: style.cyan(sparkline(g.distribution)) }), indent));
      const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
      const bandWidth = Math.max(...[...labelOf.values()].map((l) => textWidth(l)));
      out.push(wrap(style.bold(both('cohort.heading.bands')), indent));
      for (const [id, count] of Object.entries(g.bands)) {
        out.push(`${indent}${INDENT}${pad(labelOf.get(id) ?? safe(id), bandWidth)}  ${whole(count).padStart(7)}  ${bar(total === 0 ? null : (100 * count) / total, 15)} ${share(count, total).padStart(4)}`);
      }
      out.push(wrap(style.bold(both('cohort.heading.statements')), indent));
      const reach = likertReach(g.items.map((i) => likertBar(frequencyCounts(i.frequencies))));
      const notes = new FigureNotes(languages);
      g.items.forEach((item, k) => {
        const figure = (name: 'mean' | 'sd' | 'rawR' | 'stdR' | 'rCor' | 'rDrop' | 'alphaIfDropped', digits = 2) => notes.figure(item[name], item.reasons[name], digits);
        for (const line of each((l, r) => `${safe(of(r).items[k]!.text)}${item.reverseKeyed ? reverseKeyedIn(l) : ''}`)) out.push(wrap(line, `${indent}${INDENT}`));
        out.push(`${indent}${INDENT}${INDENT}${likertLine(item, reach)}`);
        const values = {
          missing: item.missing,
          mean: figure('mean'),
          sd: figure('sd'),
          rawR: figure('rawR'),
          stdR: figure('stdR'),
          rCor: figure('rCor'),
          rDrop: figure('rDrop'),
          alphaIfDropped: figure('alphaIfDropped', 3),
        };
        for (const line of each((l) => sayIn(l, 'cohort.text.itemLine', values))) out.push(wrap(style.dim(line), `${indent}${INDENT}${INDENT}`));
      });
      for (const note of notes.lines(safe)) out.push(wrap(style.dim(note), indent + INDENT));
      if (g.items[0]) for (const line of likertLegend(g.items[0], itemScales, fi)) out.push(wrap(style.dim(line), `${indent}${INDENT}`));
      reliability(of, indent);
    };
    f.themes.forEach((theme, t) => {
      rule(themeTitle(t).toUpperCase());
      section(theme, (r) => formOf(r, fi).themes[t]!, '');
      theme.facets.forEach((facet, k) => {
        out.push('', wrap(style.bold(bothMade((l, r) => sayIn(l, 'cohort.heading.facet', { title: safe(formOf(r, fi).themes[t]!.facets[k]!.title) }))), INDENT));
        section(facet, (r) => formOf(r, fi).themes[t]!.facets[k]!, INDENT);
      });
    });
    correlations(f, fi);
    if (report.groupBy) groups(f, fi);
  };

  /** psych's figures beyond alpha: intervals, inter-item r, G6, the mean's CI, item-total correlations. */
  const reliability = (of: (r: CohortReport) => CohortSectionFigures, indent: string) => {
    // The item-total correlations are on each statement's line above: a table with the statements would not fit.
    out.push(wrap(style.bold(both('cohort.heading.reliability')), indent));
    for (const line of eachLines((l, r) => [...reliabilityLines(of(r), l), ...reasonLines(of(r).reasons, l)])) out.push(wrap(safe(line), indent + INDENT));
  };

  /** A table of plain cells, the first column left-aligned and the rest right-aligned, every text made safe. */
  const simpleTable = (header: readonly string[], rows: readonly string[][], indent: string) => {
    const cells = [header, ...rows].map((row) => row.map(safe));
    const widths = header.map((_, c) => Math.max(...cells.map((row) => textWidth(row[c]!))));
    const line = (row: string[]) => row.map((cell, c) => (c === 0 ? pad(cell, widths[c]!) : ' '.repeat(widths[c]! - textWidth(cell)) + cell)).join('  ');
    out.push(style.dim(`${indent}${line(cells[0]!)}`), ...cells.slice(1).map((row) => `${indent}${line(row)}`));
  };

  const correlations = (f: FormFigures, fi: number) => {
    rule(both('cohort.heading.correlations').toUpperCase());
    for (const line of each((l) => correlationNote(l))) out.push(wrap(style.dim(line)));
    if (f.correlations.length > 0) {
      const headers = languages.map((l) => correlationHeader(l));
      const rows = reports.map((r) => correlationRows(formOf(r, fi)));
      simpleTable(
        headers[0]!.map((_, c) => [...new Set(headers.map((h) => h[c]!))].join(BETWEEN)),
        rows[0]!.map((row, n) => row.map((cell, c) => pairText(cell, rows[1]?.[n]?.[c]))),
        INDENT,
      );
    }
    for (const line of eachLines((l, r) => correlationReasonLines(formOf(r, fi), l))) out.push(wrap(style.dim(safe(line)), INDENT));
    const warnings = eachLines((l, r) => negativeItemLines(formOf(r, fi), l));
    if (warnings.length > 0) {
      out.push('', wrap(style.bold(both('cohort.heading.negativeItems'))));
      for (const line of warnings) out.push(wrap(safe(line), INDENT));
    }
  };

  const groups = (f: FormFigures, fi: number) => {
    const { column, minGroup } = report.groupBy!;
    rule(both('cohort.heading.groupsBy', { column: safe(column) }).toUpperCase());
    for (const line of each((l) => sayIn(l, 'cohort.format.groupsNote', { min: String(minGroup) }))) out.push(wrap(style.dim(line)));
    if (f.groups.length === 0) for (const line of each((l) => sayIn(l, 'cohort.format.noGroup'))) out.push(wrap(line));
    const groupName = (name: string) => safe(bothMade((l) => sayAgain(l, name)));
    const nameWidth = Math.min(Math.max(5, ...f.groups.map((g) => textWidth(groupName(g.name)))), Math.floor(width / 4));
    const notes = new FigureNotes(languages);
    f.themes.forEach((_theme, t) => {
      if (f.groups.length === 0) return;
      out.push('', wrap(style.bold(safe(pairOf((r) => formOf(r, fi).themes[t]!.title))), INDENT));
      for (const g of f.groups) {
        const figures = g.themes[t]!;
        const pooled = g.pooled > 0 ? style.dim(both('cohort.format.pooled', { pooled: String(g.pooled) })) : '';
        out.push(
          `${INDENT}${INDENT}${pad(fit(groupName(g.name), nameWidth, INDENT + INDENT), nameWidth)}  ${bar(figures.meanPercent, 15)} ${percent(figures.meanPercent).padStart(4)}  ${both('cohort.text.groupFigures', { n: figures.n, mean: notes.figure(figures.mean, figures.reasons.mean), sd: notes.figure(figures.sd, figures.reasons.sd), alpha: notes.figure(figures.alpha, figures.reasons.alpha) })}${pooled}`,
        );
      }
    });
    if (notes.reasons.length > 0) out.push('', ...notes.lines(safe).map((note) => wrap(style.dim(note), INDENT)));
    const hidden = each((l) => hiddenLine(f.hiddenGroups, minGroup, l) ?? '').filter(Boolean);
    if (hidden.length > 0) out.push('', ...hidden.map((line) => wrap(line)));
  };

  const subject = (s: SubjectFigures, k: number) => {
    out.push('', wrap(style.bold(safe(bothMade((l) => sayAgain(l, s.name))))));
    for (const line of each((l) =>
      sayIn(l, 'cohort.format.raters', {
        selfRatings: sayIn(l, 'cohort.count.selfRatings', { count: s.selfRatings }),
        raters: sayIn(l, 'cohort.count.otherRaters', { count: s.raters }),
        hidden: s.hiddenRaters > 0 ? sayIn(l, 'cohort.format.hiddenRaters', { count: s.hiddenRaters }) : '',
      }),
    ))
      out.push(wrap(style.dim(line), INDENT));
    const title = (t: number) => safe(pairOf((r) => r.subjects[k]!.themes[t]!.title));
    const titleWidth = Math.min(Math.max(...s.themes.map((_, t) => textWidth(title(t)))), Math.floor(width / 4));
    const notes = new FigureNotes(languages);
    const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
    const roles = (role: Parameters<typeof roleName>[1]) => bothMade((l) => roleName(l, role));
    s.themes.forEach((t, n) => {
      const groupsText = t.raterGroups.map((g) => `${roles(g.role)} ${pct(g.percent, g.reasons.percent)}${g.n > 0 ? ` (${g.n})` : ''}`).join(' · ');
      const finding = t.finding ? `  ${style.bold(bothMade((l) => findingName(l, t.finding!)))}` : '';
      out.push(
        `${INDENT}${pad(fit(title(n), titleWidth, INDENT), titleWidth)}  ${both('cohort.text.self')} ${pct(t.self, t.reasons.self).padStart(4)}  ${both('cohort.text.others')} ${pct(t.others, t.reasons.others).padStart(4)} (${t.othersN})  ${notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference).padStart(6)}${finding}`,
      );
      if (groupsText) out.push(wrap(style.dim(groupsText), INDENT + INDENT + INDENT));
    });
    for (const note of notes.lines(safe)) out.push(wrap(style.dim(note), INDENT));
  };

  out.push(wrap(style.bold(safe(report.about.title ?? bothMade((l, r) => sayIn(l, 'cohort.format.title', { title: r.questionnaire.title }))))));
  for (const about of each((l) => aboutLine(report.about, l) ?? '')) if (about) out.push(wrap(safe(about)));
  summary();
  out.push('', ...againEach(report.caution).map((line) => wrap(style.italic(line))));
  if (report.detail === 'full') appendix();
  else out.push('', ...each((l) => sayIn(l, 'cohort.format.fullFollows')).map((line) => wrap(style.dim(line))));
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    rule(both('cohort.heading.appendix').toUpperCase());
    for (const line of againEach(report.basis)) out.push(wrap(style.dim(line)));
    for (const line of each((l) => itemFiguresNote(l))) out.push(wrap(style.dim(line)));
    form(report, 0, both('cohort.heading.themes').toUpperCase(), scales[0]!);
    report.otherForms.forEach((other, i) => form(other, i + 1, bothMade((l, r) => sayIn(l, 'cohort.heading.alsoAnswered', { title: safe(r.otherForms[i]!.questionnaire.title) })).toUpperCase(), scales[i + 1]!));

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      rule(both('cohort.heading.threeSixty').toUpperCase());
      for (const line of each((l) => sayIn(l, 'cohort.text.threeSixtyNote', { column: safe(subjectColumn), margin: String(margin), min: String(minGroup) }))) out.push(wrap(style.dim(line)));
      report.subjects.forEach(subject);
    }
  }

  function people() {
    if (report.people) {
      rule(both('cohort.heading.respondents').toUpperCase());
      const forms = [report, ...report.otherForms];
      for (const p of report.people) {
        const fi = forms.findIndex((f) => f.questionnaire.id === p.questionnaire);
        const themes = forms[fi]?.themes ?? [];
        const who = [
          p.respondent ? safe(p.respondent) : `#${p.row}`,
          bothMade((l) => respondentRole(l, p.role)),
          p.group ? safe(bothMade((l) => sayAgain(l, p.group!))) : null,
          p.subject && p.subject !== p.respondent ? both('cohort.text.about', { subject: safe(p.subject) }) : null,
        ]
          .filter(Boolean)
          .join(' · ');
        const scores = themes.map((t, n) => `${safe(pairOf((r) => formOf(r, fi).themes[n]!.title))} ${percent(p.scores[t.id]?.percent ?? null)}`).join(' · ');
        out.push(wrap(`${who}: ${scores}`, INDENT));
      }
    }
  }
}
