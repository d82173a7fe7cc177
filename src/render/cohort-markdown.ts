import type { FormFigures, CohortSectionFigures, ItemFigures } from '../core/report/cohort.js';
import {
  CORRELATION_HEADER,
  CORRELATION_NOTE,
  correlationReasonLines,
  correlationRows,
  ITEM_CORRELATION_HEADER,
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
import { mdText } from '../core/safe-text.js';

const BAR_WIDTH = 20;

/** The cohort report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderCohortMarkdown({ report, scales }: CohortView): string {
  const out: string[] = [];
  const blocks = (p: number, cells: number) => {
    const { filled, track } = percentBar(p, cells);
    return `\`${filled}${track}\``;
  };
  const bar = (p: number | null) => (p === null ? 'no score' : `${blocks(p, BAR_WIDTH)} ${percent(p)}`);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));

  const section = (g: CohortSectionFigures, f: FormFigures, level: string, itemScales: ItemScales) => {
    out.push('', mdText(scoreLine(g)), '', mdText(alphaLine(g)), '', `Mean percent ${percent(g.meanPercent)} · distribution of percents: 0 \`${sparkline(g.distribution)}\` 100`);
    const labelOf = new Map(f.bands.map((b) => [b.id, b.label] as const));
    const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
    out.push('', `${level} Bands`);
    table(
      ['Band', 'Respondents', 'Share'],
      Object.entries(g.bands).map(([id, count]) => [mdText(labelOf.get(id) ?? id), whole(count), total === 0 ? '–' : `${blocks((100 * count) / total, 10)} ${share(count, total)}`]),
    );
    out.push('', `${level} Items`);
    const labels = (i: ItemFigures) => itemScales.get(i.id) ?? [];
    const notes = new FigureNotes();
    table(
      ['Statement', 'n', 'Missing', 'Mean', 'SD', 'r.drop', 'Alpha if dropped', 'Answers'],
      g.items.map((i) => [
        `${mdText(i.text)}${i.reverseKeyed ? ' (reverse-keyed)' : ''}`,
        whole(i.n),
        whole(i.missing),
        notes.figure(i.mean, i.reasons.mean),
        notes.figure(i.sd, i.reasons.sd),
        notes.figure(i.rDrop, i.reasons.rDrop),
        notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
        frequencyCounts(i.frequencies)
          .map((count, p) => `${mdText(labels(i)[p] ?? `point ${p + 1}`)} ${whole(count)}`)
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
    out.push('', `${level} Reliability and item-total correlations`, '', ...[...reliabilityLines(g), ...reasonLines(g.reasons)].map((line) => `- ${mdText(line)}`));
    table(
      ITEM_CORRELATION_HEADER,
      itemCorrelationRows(g.items).map((cells) => cells.map(mdText)),
    );
    const reasons = itemReasonLines(g.items);
    if (reasons.length > 0) out.push('', ...reasons.map((line) => `- ${mdText(line)}`));
  };

  const correlations = (f: FormFigures) => {
    out.push('', '### Correlations between themes and facets', '', mdText(CORRELATION_NOTE));
    if (f.correlations.length > 0)
      table(
        CORRELATION_HEADER,
        correlationRows(f).map((cells) => cells.map(mdText)),
      );
    const reasons = correlationReasonLines(f);
    if (reasons.length > 0) out.push('', ...reasons.map((line) => `- ${mdText(line)}`));
    const warnings = negativeItemLines(f);
    if (warnings.length > 0) out.push('', '### Items that may be keyed the wrong way', '', ...warnings.map((line) => `- ${mdText(line)}`));
  };

  const form = (f: FormFigures, heading: string, itemScales: ItemScales) => {
    out.push('', `## ${heading}`, '', `${mdText(f.questionnaire.title)} (\`${mdText(f.questionnaire.id)}\`, version ${f.questionnaire.version}) · ${whole(f.scored)} respondent(s) scored`);
    const hidden = hiddenRespondentsLine(f.hidden, minGroupOf(report));
    if (hidden) out.push('', hidden);
    const themeNotes = new FigureNotes();
    table(
      ['Theme', 'Mean percent', 'n', 'Mean', 'SD', 'Alpha'],
      f.themes.map((t) => [mdText(t.title), bar(t.meanPercent), whole(t.n), themeNotes.figure(t.mean, t.reasons.mean), themeNotes.figure(t.sd, t.reasons.sd), themeNotes.figure(t.alpha, t.reasons.alpha, 3)]),
    );
    noteLines(themeNotes);
    for (const theme of f.themes) {
      out.push('', `### ${mdText(theme.title)}`);
      section(theme, f, '####', itemScales);
      for (const facet of theme.facets) {
        out.push('', `#### Facet: ${mdText(facet.title)}`);
        section(facet, f, '#####', itemScales);
      }
    }
    correlations(f);
    if (report.groupBy) {
      const { column, minGroup } = report.groupBy;
      out.push('', `### Groups by ${mdText(column)}`, '', `A group of fewer than ${minGroup} respondents is never shown on its own: it is pooled into "other", which is hidden too if still under ${minGroup}.`);
      if (f.groups.length > 0) {
        const notes = new FigureNotes();
        table(
          ['Group', 'n', ...f.themes.map((t) => mdText(t.title))],
          f.groups.map((g) => [
            `${mdText(g.name)}${g.pooled > 0 ? ` (${g.pooled} groups pooled)` : ''}`,
            whole(g.n),
            ...g.themes.map((t) => `${percent(t.meanPercent)} (mean ${notes.figure(t.mean, t.reasons.mean)}, alpha ${notes.figure(t.alpha, t.reasons.alpha)})`),
          ]),
        );
        noteLines(notes);
      } else out.push('', 'No group is large enough to show.');
      const hidden = hiddenLine(f.hiddenGroups, minGroup);
      if (hidden) out.push('', hidden);
    }
  };

  out.push(`# ${mdText(report.about.title ?? `Cohort report: ${report.questionnaire.title}`)}`);
  const about = aboutLine(report.about);
  if (about) out.push('', mdText(about));
  const lines = summaryLines(report);
  const { areas, mostAgreement, leastAgreement, agreementBasis, limits } = report.summary;
  out.push('', '## Summary', '', mdText(lines.participation), '', `**Respondents:** ${mdText(respondentsLine(report.respondents))}`);
  const tables = tablesShown(report);
  if (tables.length > 0) out.push('', ...tables.map((t) => `- ${mdText(t.file)}: ${mdText(respondentsLine(t))}`));
  table(
    ['Theme or facet', 'Mean percent', 'n'],
    areas.map((a) => [`${a.kind === 'facet' ? '↳ ' : ''}${mdText(a.title)}`, bar(a.meanPercent), whole(a.n)]),
  );
  out.push('', mdText(lines.strongest), '', mdText(lines.growth));
  for (const [heading, list] of [
    ['Most agreement', mostAgreement],
    ['Least agreement', leastAgreement],
  ] as const) {
    if (list.length === 0) continue;
    out.push('', `### ${heading}`);
    table(
      ['Statement', 'Agreement', 'n'],
      list.map((s) => [`${mdText(s.text)}${s.reverseKeyed ? ' (reverse-keyed)' : ''}`, percent(s.agreement), whole(s.n)]),
    );
  }
  out.push('', mdText(agreementBasis));
  const { priorities, selfOthers } = report.summary;
  if (priorities) {
    out.push('', '### Shared development priorities', '', mdText(lines.priorities!));
    if (importanceAnswered(priorities)) {
      table(
        ['Theme', 'Importance', 'n', 'Score', 'n', 'Gap'],
        priorities.themes.map((t) => [mdText(t.title), bar(t.importancePercent), whole(t.importanceN), bar(t.meanPercent), whole(t.n), signed(t.gap)]),
      );
      out.push('', mdText(priorities.basis));
    }
  }
  if (selfOthers) {
    out.push('', '### Self against colleagues', '', mdText(lines.selfOthers!));
    table(
      ['Theme', 'Self', 'Colleagues', 'Difference', 'Subjects', 'Colleagues (n)'],
      selfOthers.themes.map((t) => [mdText(t.title), bar(t.self), bar(t.others), signed(t.difference), whole(t.subjects), whole(t.raters)]),
    );
    out.push('', mdText(selfOthers.basis));
  }
  out.push('', '### What these figures can and cannot say', '', ...limits.map((l) => `- ${mdText(l)}`));
  out.push('', `> ${mdText(report.caution)}`);
  if (report.detail === 'full') appendix();
  else out.push('', '*The full statistics per theme, facet and statement follow with --detail full.*');
  people();
  return `${out.join('\n')}\n`;

  function appendix() {
    out.push('', '## Appendix: full statistics', '', `*${mdText(report.basis)}*`);
    form(report, 'Themes', scales[0]!);
    report.otherForms.forEach((other, i) => form(other, `Also answered: ${mdText(other.questionnaire.title)}`, scales[i + 1]!));

    if (report.threeSixty) {
      const { subjectColumn, margin, minGroup } = report.threeSixty;
      out.push(
        '',
        '## 360 view',
        '',
        `Per subject (column "${mdText(subjectColumn)}") and theme: the subject's own percent against the mean of the other raters, by rater group. A **blind spot** is self above others by more than ${margin} points; a **hidden strength**, below by more. Rater groups other than the manager need ${minGroup} or more raters; smaller ones are pooled into "other" or left out.`,
      );
      for (const s of report.subjects) {
        out.push('', `### ${mdText(s.name)}`, '', `${whole(s.selfRatings)} self-rating(s), ${whole(s.raters)} other rater(s)${s.hiddenRaters > 0 ? `; ${whole(s.hiddenRaters)} left out by the anonymity floor` : ''}.`);
        const roles = s.themes[0]?.raterGroups.map((g) => g.role) ?? [];
        const notes = new FigureNotes();
        const pct = (x: number | null, reason: string | undefined) => notes.shown(x === null ? null : percent(x), reason);
        table(
          ['Theme', 'Self', 'Others (n)', ...roles.map((r) => ROLE_NAMES[r]), 'Difference', 'Finding'],
          s.themes.map((t) => [
            mdText(t.title),
            pct(t.self, t.reasons.self),
            `${pct(t.others, t.reasons.others)} (${t.othersN})`,
            ...t.raterGroups.map((g) => pct(g.percent, g.reasons.percent)),
            notes.shown(t.difference === null ? null : signed(t.difference), t.reasons.difference),
            t.finding ? `**${FINDING_NAMES[t.finding]}**` : '',
          ]),
        );
        noteLines(notes);
      }
    }
  }

  function people() {
    if (report.people) {
      out.push('', '## Respondents');
      const forms = [report, ...report.otherForms];
      for (const f of forms) {
        const rows = report.people.filter((p) => p.questionnaire === f.questionnaire.id);
        if (rows.length === 0) continue;
        out.push('', `*${mdText(f.questionnaire.title)}*`);
        table(
          ['#', 'Respondent', 'Role', 'Group', ...f.themes.map((t) => mdText(t.title))],
          rows.map((p) => [String(p.row), mdText(p.respondent ?? ''), p.role, mdText(p.group ?? ''), ...f.themes.map((t) => percent(p.scores[t.id]?.percent ?? null))]),
        );
      }
    }
  }
}
