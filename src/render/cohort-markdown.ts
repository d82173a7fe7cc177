import type { FormFigures, CohortSectionFigures } from '../core/report/cohort.js';
import type { CohortView } from '../core/report/cohort-view.js';
import { percentBar } from './bar.js';
import {
  aboutLine,
  alphaLine,
  FigureNotes,
  FINDING_NAMES,
  frequencyCounts,
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
export function renderCohortMarkdown({ report }: CohortView): string {
  const out: string[] = [];
  const blocks = (p: number, cells: number) => {
    const { filled, track } = percentBar(p, cells);
    return `\`${filled}${track}\``;
  };
  const bar = (p: number | null) => (p === null ? 'no score' : `${blocks(p, BAR_WIDTH)} ${percent(p)}`);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));

  const section = (g: CohortSectionFigures, f: FormFigures, level: string) => {
    out.push('', mdText(scoreLine(g)), '', mdText(alphaLine(g)), '', `Mean percent ${percent(g.meanPercent)} · distribution of percents: 0 \`${sparkline(g.distribution)}\` 100`);
    const labelOf = new Map(f.bands.map((b) => [b.id, b.label] as const));
    const total = Object.values(g.bands).reduce((a, b) => a + b, 0);
    out.push('', `${level} Bands`);
    table(
      ['Band', 'Respondents', 'Share'],
      Object.entries(g.bands).map(([id, count]) => [mdText(labelOf.get(id) ?? id), whole(count), total === 0 ? '–' : `${blocks((100 * count) / total, 10)} ${share(count, total)}`]),
    );
    out.push('', `${level} Items`);
    const notes = new FigureNotes();
    table(
      ['Item', 'n', 'Missing', 'Mean', 'SD', 'r.drop', 'Alpha if dropped', 'Answers (low to high)'],
      g.items.map((i) => [
        `${mdText(i.id)}${i.reverseKeyed ? ' (R)' : ''}: ${mdText(i.text)}`,
        whole(i.n),
        whole(i.missing),
        notes.figure(i.mean, i.reasons.mean),
        notes.figure(i.sd, i.reasons.sd),
        notes.figure(i.rDrop, i.reasons.rDrop),
        notes.figure(i.alphaIfDropped, i.reasons.alphaIfDropped, 3),
        `\`${sparkline(frequencyCounts(i.frequencies))}\` ${frequencyCounts(i.frequencies).map(whole).join(' / ')}`,
      ]),
    );
    noteLines(notes);
  };
  const noteLines = (notes: FigureNotes) => {
    if (notes.reasons.length > 0) out.push('', notes.lines(mdText).join('  \n'));
  };

  const form = (f: FormFigures, heading: string) => {
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
      section(theme, f, '####');
      for (const facet of theme.facets) {
        out.push('', `#### Facet: ${mdText(facet.title)}`);
        section(facet, f, '#####');
      }
    }
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
  out.push('', '## Summary', '', mdText(lines.participation));
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
  out.push('', mdText(agreementBasis), '', '### What these figures can and cannot say', '', ...limits.map((l) => `- ${mdText(l)}`));
  out.push('', '## Appendix: the full statistics', '', `**Respondents:** ${mdText(respondentsLine(report.respondents))}`, '');
  const tables = tablesShown(report);
  if (tables.length > 0) out.push(...tables.map((t) => `- ${mdText(t.file)}: ${mdText(respondentsLine(t))}`), '');
  out.push(`> ${mdText(report.caution)}`, '', `*${mdText(report.basis)}*`);
  form(report, 'Themes');
  for (const other of report.otherForms) form(other, `Also answered: ${mdText(other.questionnaire.title)}`);

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
  return `${out.join('\n')}\n`;
}
