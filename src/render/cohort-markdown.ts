import type { FormFigures, CohortSectionFigures, ItemFigures } from '../core/report/cohort.js';
import {
  correlationHeader,
  correlationNote,
  correlationReasonLines,
  correlationRows,
  itemCorrelationHeader,
  itemFiguresNote,
  itemCorrelationRows,
  itemReasonLines,
  negativeItemLines,
  reasonLines,
  reliabilityLines,
} from './cohort-reliability.js';
import type { CohortView, ItemScales } from '../core/report/cohort-view.js';
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
import { mdText } from '../core/safe-text.js';
import type { UiLanguage } from '../core/i18n/messages.js';
import type { CohortReport } from '../core/report/cohort.js';
import { BETWEEN } from './bilingual.js';
import { cohortVoice, reverseKeyedIn } from './cohort-languages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';

const BAR_WIDTH = 20;

/** The cohort report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderCohortMarkdown(view: CohortView): string {
  const { report, scales } = view;
  const out: string[] = [];
  // syslead's words in the report's language (its first); a second (--lang cy,en) makes it bilingual.
  const { languages, reports, both: say, bothMade, each, eachLines, againEach, textsOf, formOf } = cohortVoice(view);
  /** A questionnaire's short text in each language, each escaped: "Teitl / Title". */
  const pairOf = (get: (r: CohortReport) => string) => textsOf(get).map(mdText).join(BETWEEN);
  /** Paragraphs, one a language. */
  const paras = (texts: readonly string[]) => texts.flatMap((text, i) => (i === 0 ? [text] : ['', text]));
  /** A list item in each language, the translation on a line of its own. */
  const item = (texts: readonly string[]) => `- ${texts.join('\\\n  ')}`;
  const blocks = (p: number, cells: number) => {
    const { filled, track } = percentBar(p, cells);
    return `\`${filled}${track}\``;
  };
  const bar = (p: number | null) => (p === null ? say('cohort.text.noScore') : `${blocks(p, BAR_WIDTH)} ${percent(p)}`);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));

  const section = (g: CohortSectionFigures, of: (r: CohortReport) => CohortSectionFigures, f: FormFigures, fi: number, level: string, itemScales: ItemScales) => {
    out.push(
      '',
      ...paras(each((l, r) => mdText(scoreLine(of(r), l)))),
      '',
      ...paras(each((l, r) => mdText(alphaLine(of(r), l)))),
      '',
      say('cohort.markdown.distribution', { percent: percent(g.meanPercent), sparkline: sparkline(g.distribution) }),
    );
    const labelOf = new Map(f.bands.map((b, k) => [b.id, pairOf((r) => formOf(r, fi).bands[k]!.label)] as const));
    const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
    out.push('', `${level} ${say('cohort.heading.bands')}`);
    table(
      [say('cohort.column.band'), say('cohort.column.respondents'), say('cohort.column.share')],
      Object.entries(g.bands).map(([id, count]) => [labelOf.get(id) ?? mdText(id), whole(count), total === 0 ? '–' : `${blocks((100 * count) / total, 10)} ${share(count, total)}`]),
    );
    out.push('', `${level} ${say('cohort.heading.items')}`);
    const labels = (i: ItemFigures, index: number) => view.texts?.[fi]?.[index === 0 ? 'first' : 'second'].scales.get(i.id) ?? itemScales.get(i.id) ?? [];
    const notes = new FigureNotes(languages);
    table(
      [say('cohort.reliability.statement'), 'n', say('cohort.column.missing'), say('cohort.column.mean'), 'SD', 'r.drop', say('cohort.column.alphaIfDropped'), say('cohort.column.answers')],
      g.items.map((i, k) => [
        each((l, r) => `${mdText(of(r).items[k]!.text)}${i.reverseKeyed ? reverseKeyedIn(l) : ''}`).join(BETWEEN),
        whole(i.n),
        whole(i.missing),
        notes.figure(i.mean, i.reasons.mean),
        notes.figure(i.sd, i.reasons.sd),
        notes.figure(i.rDrop, i.reasons.rDrop),
        notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
        frequencyCounts(i.frequencies)
          .map((count, p) => `${bothMade((l, _r, n) => mdText(labels(i, n)[p] ?? sayIn(l, 'cohort.format.point', { point: String(p + 1) })))} ${whole(count)}`)
          .join(' · '),
      ]),
    );
    noteLines(notes);
    reliability(of, level);
  };
  const noteLines = (notes: FigureNotes) => {
    if (notes.reasons.length > 0) out.push('', notes.lines(mdText).join('  \n'));
  };

  /** psych's figures beyond alpha: intervals, inter-item r, G6, the mean's CI, item-total correlations. */
  const reliability = (of: (r: CohortReport) => CohortSectionFigures, level: string) => {
    const lines = (make: (l: UiLanguage, r: CohortReport) => string[]) => {
      const made = languages.map((l, i) => make(l, reports[i] ?? report).map(mdText));
      return made[0]!.map((line, n) => item([...new Set([line, ...made.slice(1).map((m) => m[n] ?? line)])]));
    };
    out.push('', `${level} ${say('cohort.heading.reliabilityItems')}`, '', ...lines((l, r) => [...reliabilityLines(of(r), l), ...reasonLines(of(r).reasons, l)]));
    const headers = languages.map((l) => itemCorrelationHeader(l));
    const rows = reports.map((r, i) => itemCorrelationRows(of(r).items, languages[i]!));
    table(
      headers[0]!.map((_, c) => [...new Set(headers.map((h) => h[c]!))].join(BETWEEN)),
      rows[0]!.map((row, n) => row.map((_, c) => [...new Set(rows.map((r) => r[n]![c]!))].map(mdText).join(BETWEEN))),
    );
    const reasons = lines((l, r) => itemReasonLines(of(r).items, l));
    if (reasons.length > 0) out.push('', ...reasons);
  };

  const correlations = (f: FormFigures, fi: number) => {
    out.push('', `### ${say('cohort.heading.correlations')}`, '', ...paras(each((l) => mdText(correlationNote(l)))));
    if (f.correlations.length > 0) {
      const headers = languages.map((l) => correlationHeader(l));
      const rows = reports.map((r) => correlationRows(formOf(r, fi)));
      table(
        headers[0]!.map((_, c) => [...new Set(headers.map((h) => h[c]!))].join(BETWEEN)),
        rows[0]!.map((row, n) => row.map((_, c) => [...new Set(rows.map((r) => r[n]![c]!))].map(mdText).join(BETWEEN))),
      );
    }
    const reasons = eachLines((l, r) => correlationReasonLines(formOf(r, fi), l));
    if (reasons.length > 0) out.push('', ...reasons.map((line) => `- ${mdText(line)}`));
    const warnings = eachLines((l, r) => negativeItemLines(formOf(r, fi), l));
    if (warnings.length > 0) out.push('', `### ${say('cohort.heading.negativeItems')}`, '', ...warnings.map((line) => `- ${mdText(line)}`));
  };

  const form = (f: FormFigures, fi: number, heading: string, itemScales: ItemScales) => {
    out.push(
      '',
      `## ${heading}`,
      '',
      ...paras(
        each((l, r) => sayIn(l, 'cohort.format.formLine', { title: mdText(formOf(r, fi).questionnaire.title), id: `\`${mdText(f.questionnaire.id)}\``, version: String(f.questionnaire.version), count: f.scored })),
      ),
    );
    const hidden = each((l) => hiddenRespondentsLine(f.hidden, minGroupOf(report), l) ?? '').filter(Boolean);
    if (hidden.length > 0) out.push('', ...paras(hidden));
    const themeNotes = new FigureNotes(languages);
    const themeTitle = (t: number) => pairOf((r) => formOf(r, fi).themes[t]!.title);
    table(
      [say('cohort.column.theme'), say('cohort.column.meanPercent'), 'n', say('cohort.column.mean'), 'SD', say('cohort.column.alpha')],
      f.themes.map((t, k) => [themeTitle(k), bar(t.meanPercent), whole(t.n), themeNotes.figure(t.mean, t.reasons.mean), themeNotes.figure(t.sd, t.reasons.sd), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    );
    noteLines(themeNotes);
    f.themes.forEach((theme, t) => {
      out.push('', `### ${themeTitle(t)}`);
      section(theme, (r) => formOf(r, fi).themes[t]!, f, fi, '####', itemScales);
      theme.facets.forEach((facet, k) => {
        out.push('', `#### ${bothMade((l, r) => sayIn(l, 'cohort.heading.facet', { title: mdText(formOf(r, fi).themes[t]!.facets[k]!.title) }))}`);
        section(facet, (r) => formOf(r, fi).themes[t]!.facets[k]!, f, fi, '#####', itemScales);
      });
    });
    correlations(f, fi);
    if (report.groupBy) {
      const { column, minGroup } = report.groupBy;
      out.push('', `### ${say('cohort.heading.groupsBy', { column: mdText(column) })}`, '', ...paras(each((l) => sayIn(l, 'cohort.format.groupsNote', { min: String(minGroup) }))));
      if (f.groups.length > 0) {
        const notes = new FigureNotes(languages);
        table(
          [say('cohort.column.group'), 'n', ...f.themes.map((_, t) => themeTitle(t))],
          f.groups.map((g) => [
            `${mdText(bothMade((l) => sayAgain(l, g.name)))}${g.pooled > 0 ? say('cohort.format.pooled', { pooled: String(g.pooled) }) : ''}`,
            whole(g.n),
            ...g.themes.map((t) => say('cohort.markdown.groupCell', { percent: percent(t.meanPercent), mean: notes.figure(t.mean, t.reasons.mean), alpha: notes.figure(t.alpha, t.reasons.alpha) })),
          ]),
        );
        noteLines(notes);
      } else out.push('', ...paras(each((l) => sayIn(l, 'cohort.format.noGroup'))));
      const hidden = each((l) => hiddenLine(f.hiddenGroups, minGroup, l) ?? '').filter(Boolean);
      if (hidden.length > 0) out.push('', ...paras(hidden));
    }
  };

  out.push(`# ${mdText(report.about.title ?? bothMade((l, r) => sayIn(l, 'cohort.format.title', { title: r.questionnaire.title })))}`);
  const about = each((l) => aboutLine(report.about, l) ?? '').filter(Boolean);
  if (about.length > 0) out.push('', ...paras(about.map(mdText)));
  const lines = reports.map((r, i) => summaryLines(r, languages[i]!));
  const sentences = (which: 'participation' | 'strongest' | 'growth' | 'priorities' | 'selfOthers') => paras(each((_l, _r, i) => mdText(lines[i]?.[which] ?? lines[0]![which]!)));
  const { areas, agreementBasis, limits } = report.summary;
  out.push('', `## ${say('cohort.heading.summary')}`, '', ...sentences('participation'), '', ...paras(each((l) => sayIn(l, 'cohort.markdown.respondents', { line: mdText(respondentsLine(report.respondents, l)) }))));
  const tables = tablesShown(report);
  if (tables.length > 0) out.push('', ...tables.map((t) => item(each((l) => `${mdText(t.file)}: ${mdText(respondentsLine(t, l))}`))));
  table(
    [say('cohort.reliability.section'), say('cohort.column.meanPercent'), 'n'],
    areas.map((a, k) => [`${a.kind === 'facet' ? '↳ ' : ''}${pairOf((r) => r.summary.areas[k]!.title)}`, bar(a.meanPercent), whole(a.n)]),
  );
  out.push('', ...sentences('strongest'), '', ...sentences('growth'));
  for (const [heading, which] of [
    [say('cohort.heading.mostAgreement'), 'mostAgreement'],
    [say('cohort.heading.leastAgreement'), 'leastAgreement'],
  ] as const) {
    const list = report.summary[which];
    if (list.length === 0) continue;
    out.push('', `### ${heading}`);
    table(
      [say('cohort.reliability.statement'), say('cohort.column.agreement'), 'n'],
      list.map((s, k) => [each((l, r) => `${mdText(r.summary[which][k]!.text)}${s.reverseKeyed ? reverseKeyedIn(l) : ''}`).join(BETWEEN), percent(s.agreement), whole(s.n)]),
    );
  }
  out.push('', ...paras(againEach(agreementBasis).map(mdText)));
  const { priorities, selfOthers } = report.summary;
  if (priorities) {
    out.push('', `### ${say('cohort.heading.priorities')}`, '', ...sentences('priorities'));
    if (importanceAnswered(priorities)) {
      table(
        [say('cohort.column.theme'), say('cohort.column.importance'), 'n', say('cohort.column.score'), 'n', say('cohort.column.gap')],
        priorities.themes.map((t, k) => [pairOf((r) => r.summary.priorities!.themes[k]!.title), bar(t.importancePercent), whole(t.importanceN), bar(t.meanPercent), whole(t.n), signed(t.gap)]),
      );
      out.push('', ...paras(againEach(priorities.basis).map(mdText)));
    }
  }
  if (selfOthers) {
    out.push('', `### ${say('cohort.heading.selfOthers')}`, '', ...sentences('selfOthers'));
    table(
      [say('cohort.column.theme'), say('cohort.column.self'), say('cohort.column.colleagues'), say('cohort.column.difference'), say('cohort.column.subjects'), say('cohort.column.colleaguesN')],
      selfOthers.themes.map((t, k) => [pairOf((r) => r.summary.selfOthers!.themes[k]!.title), bar(t.self), bar(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
    );
    out.push('', ...paras(againEach(selfOthers.basis).map(mdText)));
  }
  out.push('', `### ${say('cohort.heading.limits')}`, '', ...limits.map((l) => item(againEach(l).map(mdText))));
  out.push('', ...againEach(report.caution).map((text, i) => (i === 0 ? `> ${mdText(text)}` : `>\n> ${mdText(text)}`)));
  if (report.detail === 'full') appendix();
  else out.push('', ...paras(each((l) => `*${sayIn(l, 'cohort.format.fullFollows')}*`)));
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    out.push('', `## ${say('cohort.heading.appendix')}`, '', ...paras(againEach(report.basis).map((text) => `*${mdText(text)}*`)), '', ...paras(each((l) => `*${mdText(itemFiguresNote(l))}*`)));
    form(report, 0, say('cohort.heading.themes'), scales[0]!);
    report.otherForms.forEach((other, i) =>
      form(
        other,
        i + 1,
        bothMade((l, r) => sayIn(l, 'cohort.heading.alsoAnswered', { title: mdText(r.otherForms[i]!.questionnaire.title) })),
        scales[i + 1]!,
      ),
    );

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      out.push('', `## ${say('cohort.heading.threeSixty')}`, '', ...paras(each((l) => sayIn(l, 'cohort.markdown.threeSixtyNote', { column: mdText(subjectColumn), margin: String(margin), min: String(minGroup) }))));
      report.subjects.forEach((s, k) => {
        out.push(
          '',
          `### ${mdText(bothMade((l) => sayAgain(l, s.name)))}`,
          '',
          ...paras(
            each(
              (l) =>
                `${sayIn(l, 'cohort.format.raters', { selfRatings: sayIn(l, 'cohort.count.selfRatings', { count: s.selfRatings }), raters: sayIn(l, 'cohort.count.otherRaters', { count: s.raters }), hidden: s.hiddenRaters > 0 ? sayIn(l, 'cohort.format.hiddenRaters', { count: s.hiddenRaters }) : '' })}.`,
            ),
          ),
        );
        const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
        const notes = new FigureNotes(languages);
        const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
        table(
          [say('cohort.column.theme'), say('cohort.column.self'), say('cohort.column.othersN'), ...roles.map((r) => bothMade((l) => roleName(l, r))), say('cohort.column.difference'), say('cohort.column.finding')],
          s.themes.map((t, n) => [
            pairOf((r) => r.subjects[k]!.themes[n]!.title),
            pct(t.self, t.reasons.self),
            `${pct(t.others, t.reasons.others)} (${t.othersN})`,
            ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
            notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
            t.finding ? `**${bothMade((l) => findingName(l, t.finding!))}**` : '',
          ]),
        );
        noteLines(notes);
      });
    }
  }

  function people() {
    if (report.people) {
      out.push('', `## ${say('cohort.heading.respondents')}`);
      const forms = [report, ...report.otherForms];
      forms.forEach((f, fi) => {
        const rows = report.people!.filter((p) => p.questionnaire === f.questionnaire.id);
        if (rows.length === 0) return;
        out.push('', `*${pairOf((r) => formOf(r, fi).questionnaire.title)}*`);
        table(
          ['#', say('cohort.column.respondent'), say('cohort.column.role'), say('cohort.column.group'), ...f.themes.map((_, t) => pairOf((r) => formOf(r, fi).themes[t]!.title))],
          rows.map((p) => [
            String(p.row),
            mdText(p.respondent ?? ''),
            bothMade((l) => respondentRole(l, p.role)),
            mdText(bothMade((l) => sayAgain(l, p.group ?? ''))),
            ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null)),
          ]),
        );
      });
    }
  }
}
