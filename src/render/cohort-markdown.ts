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
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import { sayAgain } from '../core/report/stable-text.js';

const BAR_WIDTH = 20;

/** The cohort report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderCohortMarkdown({ report, scales, presentations }: CohortView): string {
  const out: string[] = [];
  // syslead's words in the report's language (its first: a second would make it bilingual).
  const language = presentations[0]!.languages[0]!;
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const again = (text: string) => sayAgain(language, text);
  const reverseKeyed = say('cohort.format.reverseKeyed');
  const blocks = (p: number, cells: number) => {
    const { filled, track } = percentBar(p, cells);
    return `\`${filled}${track}\``;
  };
  const bar = (p: number | null) => (p === null ? say('cohort.text.noScore') : `${blocks(p, BAR_WIDTH)} ${percent(p)}`);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));

  const section = (g: CohortSectionFigures, f: FormFigures, level: string, itemScales: ItemScales) => {
    out.push('', mdText(scoreLine(g, language)), '', mdText(alphaLine(g, language)), '', say('cohort.markdown.distribution', { percent: percent(g.meanPercent), sparkline: sparkline(g.distribution) }));
    const labelOf = new Map(f.bands.map((b) => [b.id, b.label] as const));
    const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
    out.push('', `${level} ${say('cohort.heading.bands')}`);
    table(
      [say('cohort.column.band'), say('cohort.column.respondents'), say('cohort.column.share')],
      Object.entries(g.bands).map(([id, count]) => [mdText(labelOf.get(id) ?? id), whole(count), total === 0 ? '–' : `${blocks((100 * count) / total, 10)} ${share(count, total)}`]),
    );
    out.push('', `${level} ${say('cohort.heading.items')}`);
    const labels = (i: ItemFigures) => itemScales.get(i.id) ?? [];
    const notes = new FigureNotes(language);
    table(
      [say('cohort.reliability.statement'), 'n', say('cohort.column.missing'), say('cohort.column.mean'), 'SD', 'r.drop', say('cohort.column.alphaIfDropped'), say('cohort.column.answers')],
      g.items.map((i) => [
        `${mdText(i.text)}${i.reverseKeyed ? reverseKeyed : ''}`,
        whole(i.n),
        whole(i.missing),
        notes.figure(i.mean, i.reasons.mean),
        notes.figure(i.sd, i.reasons.sd),
        notes.figure(i.rDrop, i.reasons.rDrop),
        notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
        frequencyCounts(i.frequencies)
          .map((count, p) => `${mdText(labels(i)[p] ?? say('cohort.format.point', { point: String(p + 1) }))} ${whole(count)}`)
          .join(' · '),
      ]),
    );
    noteLines(notes);
    reliability(g, level);
  };
  const noteLines = (notes: FigureNotes) => {
    if (notes.reasons.length > 0) out.push('', notes.lines(mdText).join('  \n'));
  };

  /** psych's figures beyond alpha: intervals, inter-item r, G6, the mean's CI, item-total correlations. */
  const reliability = (g: CohortSectionFigures, level: string) => {
    out.push('', `${level} ${say('cohort.heading.reliabilityItems')}`, '', ...[...reliabilityLines(g, language), ...reasonLines(g.reasons, language)].map((line) => `- ${mdText(line)}`));
    table(
      itemCorrelationHeader(language),
      itemCorrelationRows(g.items, language).map((cells) => cells.map(mdText)),
    );
    const reasons = itemReasonLines(g.items, language);
    if (reasons.length > 0) out.push('', ...reasons.map((line) => `- ${mdText(line)}`));
  };

  const correlations = (f: FormFigures) => {
    out.push('', `### ${say('cohort.heading.correlations')}`, '', mdText(correlationNote(language)));
    if (f.correlations.length > 0)
      table(
        correlationHeader(language),
        correlationRows(f).map((cells) => cells.map(mdText)),
      );
    const reasons = correlationReasonLines(f, language);
    if (reasons.length > 0) out.push('', ...reasons.map((line) => `- ${mdText(line)}`));
    const warnings = negativeItemLines(f, language);
    if (warnings.length > 0) out.push('', `### ${say('cohort.heading.negativeItems')}`, '', ...warnings.map((line) => `- ${mdText(line)}`));
  };

  const form = (f: FormFigures, heading: string, itemScales: ItemScales) => {
    out.push('', `## ${heading}`, '', say('cohort.format.formLine', { title: mdText(f.questionnaire.title), id: `\`${mdText(f.questionnaire.id)}\``, version: String(f.questionnaire.version), scored: f.scored }));
    const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report), language);
    if (hidden) out.push('', hidden);
    const themeNotes = new FigureNotes(language);
    table(
      [say('cohort.column.theme'), say('cohort.column.meanPercent'), 'n', say('cohort.column.mean'), 'SD', say('cohort.column.alpha')],
      f.themes.map((t) => [mdText(t.title), bar(t.meanPercent), whole(t.n), themeNotes.figure(t.mean, t.reasons.mean), themeNotes.figure(t.sd, t.reasons.sd), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    );
    noteLines(themeNotes);
    for (const theme of f.themes) {
      out.push('', `### ${mdText(theme.title)}`);
      section(theme, f, '####', itemScales);
      for (const facet of theme.facets) {
        out.push('', `#### ${say('cohort.heading.facet', { title: mdText(facet.title) })}`);
        section(facet, f, '#####', itemScales);
      }
    }
    correlations(f);
    if (report.groupBy) {
      const { column, minGroup } = report.groupBy;
      out.push('', `### ${say('cohort.heading.groupsBy', { column: mdText(column) })}`, '', say('cohort.format.groupsNote', { min: String(minGroup) }));
      if (f.groups.length > 0) {
        const notes = new FigureNotes(language);
        table(
          [say('cohort.column.group'), 'n', ...f.themes.map((t) => mdText(t.title))],
          f.groups.map((g) => [
            `${mdText(again(g.name))}${g.pooled > 0 ? say('cohort.format.pooled', { pooled: String(g.pooled) }) : ''}`,
            whole(g.n),
            ...g.themes.map((t) => say('cohort.markdown.groupCell', { percent: percent(t.meanPercent), mean: notes.figure(t.mean, t.reasons.mean), alpha: notes.figure(t.alpha, t.reasons.alpha) })),
          ]),
        );
        noteLines(notes);
      } else out.push('', say('cohort.format.noGroup'));
      const hidden = hiddenLine(f.hiddenGroups, minGroup, language);
      if (hidden) out.push('', hidden);
    }
  };

  out.push(`# ${mdText(report.about.title ?? say('cohort.format.title', { title: report.questionnaire.title }))}`);
  const about = aboutLine(report.about, language);
  if (about) out.push('', mdText(about));
  const lines = summaryLines(report, language);
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
  out.push('', `## ${say('cohort.heading.summary')}`, '', mdText(lines.participation), '', say('cohort.markdown.respondents', { line: mdText(respondentsLine(report.respondents, language)) }));
  const tables = tablesShown(report);
  if (tables.length > 0) out.push('', ...tables.map((t) => `- ${mdText(t.file)}: ${mdText(respondentsLine(t, language))}`));
  table(
    [say('cohort.reliability.section'), say('cohort.column.meanPercent'), 'n'],
    areas.map((a) => [`${a.kind === 'facet' ? '↳ ' : ''}${mdText(a.title)}`, bar(a.meanPercent), whole(a.n)]),
  );
  out.push('', mdText(lines.strongest), '', mdText(lines.growth));
  for (const [heading, list] of [
    [say('cohort.heading.mostAgreement'), mostAgreement],
    [say('cohort.heading.leastAgreement'), leastAgreement],
  ] as const) {
    if (list.length === 0) continue;
    out.push('', `### ${heading}`);
    table(
      [say('cohort.reliability.statement'), say('cohort.column.agreement'), 'n'],
      list.map((s) => [`${mdText(s.text)}${s.reverseKeyed ? reverseKeyed : ''}`, percent(s.agreement), whole(s.n)]),
    );
  }
  out.push('', mdText(again(agreementBasis)));
  const { priorities, selfOthers } = report.summary;
  if (priorities) {
    out.push('', `### ${say('cohort.heading.priorities')}`, '', mdText(lines.priorities!));
    if (importanceAnswered(priorities)) {
      table(
        [say('cohort.column.theme'), say('cohort.column.importance'), 'n', say('cohort.column.score'), 'n', say('cohort.column.gap')],
        priorities.themes.map((t) => [mdText(t.title), bar(t.importancePercent), whole(t.importanceN), bar(t.meanPercent), whole(t.n), signed(t.gap)]),
      );
      out.push('', mdText(again(priorities.basis)));
    }
  }
  if (selfOthers) {
    out.push('', `### ${say('cohort.heading.selfOthers')}`, '', mdText(lines.selfOthers!));
    table(
      [say('cohort.column.theme'), say('cohort.column.self'), say('cohort.column.colleagues'), say('cohort.column.difference'), say('cohort.column.subjects'), say('cohort.column.colleaguesN')],
      selfOthers.themes.map((t) => [mdText(t.title), bar(t.self), bar(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
    );
    out.push('', mdText(again(selfOthers.basis)));
  }
  out.push('', `### ${say('cohort.heading.limits')}`, '', ...limits.map((l) => `- ${mdText(again(l))}`));
  out.push('', `> ${mdText(again(report.caution))}`);
  if (report.detail === 'full') appendix();
  else out.push('', `*${say('cohort.format.fullFollows')}*`);
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    out.push('', `## ${say('cohort.heading.appendix')}`, '', `*${mdText(again(report.basis))}*`, '', `*${mdText(itemFiguresNote(language))}*`);
    form(report, say('cohort.heading.themes'), scales[0]!);
    report.otherForms.forEach((other, i) => form(other, say('cohort.heading.alsoAnswered', { title: mdText(other.questionnaire.title) }), scales[i + 1]!));

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      out.push('', `## ${say('cohort.heading.threeSixty')}`, '', say('cohort.markdown.threeSixtyNote', { column: mdText(subjectColumn), margin: String(margin), min: String(minGroup) }));
      for (const s of report.subjects) {
        out.push(
          '',
          `### ${mdText(again(s.name))}`,
          '',
          `${say('cohort.format.raters', { selfRatings: s.selfRatings, raters: s.raters, hidden: s.hiddenRaters > 0 ? say('cohort.format.hiddenRaters', { count: s.hiddenRaters }) : '' })}.`,
        );
        const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
        const notes = new FigureNotes(language);
        const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
        table(
          [say('cohort.column.theme'), say('cohort.column.self'), say('cohort.column.othersN'), ...roles.map((r) => roleName(language, r)), say('cohort.column.difference'), say('cohort.column.finding')],
          s.themes.map((t) => [
            mdText(t.title),
            pct(t.self, t.reasons.self),
            `${pct(t.others, t.reasons.others)} (${t.othersN})`,
            ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
            notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
            t.finding ? `**${findingName(language, t.finding)}**` : '',
          ]),
        );
        noteLines(notes);
      }
    }
  }

  function people() {
    if (report.people) {
      out.push('', `## ${say('cohort.heading.respondents')}`);
      const forms = [report, ...report.otherForms];
      for (const f of forms) {
        const rows = report.people.filter((p) => p.questionnaire === f.questionnaire.id);
        if (rows.length === 0) continue;
        out.push('', `*${mdText(f.questionnaire.title)}*`);
        table(
          ['#', say('cohort.column.respondent'), say('cohort.column.role'), say('cohort.column.group'), ...f.themes.map((t) => mdText(t.title))],
          rows.map((p) => [String(p.row), mdText(p.respondent ?? ''), respondentRole(language, p.role), mdText(again(p.group ?? '')), ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null))]),
        );
      }
    }
  }
}
