import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import { mdText } from '../core/safe-text.js';
import { percent } from './cohort-format.js';
import { REVERSED_NOTE, statementText, answeredNote, WITHHELD_NOTE, listsReversed, agreementText, figureCells, figureColumns, gapText, noGapsText, pointsLine, ratersLine, spreadLine } from './feedback-format.js';

/** A feedback report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderFeedbackMarkdown(report: FeedbackReport): string {
  const out: string[] = [];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));
  const list = (lines: readonly string[]) => out.push('', ...lines.map((l) => `- ${l}`));

  out.push(`# ${mdText(report.title)}`, '', `**About:** ${mdText(report.subject)} · **Feedback from:** ${ratersLine(report)}`, '', `> ${mdText(report.notAppraisal)}`);
  if (report.missing.length > 0) {
    out.push('', '## What is missing');
    list(report.missing.map(mdText));
  }
  out.push('', '## How to read this report');
  list(report.howToRead.map(mdText));
  out.push('', `Blind spots and hidden strengths are gaps of more than ${report.settings.margin} percentage points; every group but the manager needs ${report.settings.minGroup} raters to be shown.`);

  out.push('', '## Summary');
  table(
    ['Theme', ...figureColumns(report), 'Self − others'],
    report.themes.map((t) => [mdText(t.title), ...figureCells(report, t, mdText), gapText(t)]),
  );

  out.push('', '## The largest gaps');
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(refs.map((r) => `${mdText(r.title)}: self ${percent(r.self)}, others ${percent(r.others)} (${gapText({ difference: r.difference, finding: null })})`));
  };
  gaps('Blind spots: you rate yourself above others', report.gaps.blindSpots);
  gaps('Hidden strengths: others rate you above yourself', report.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(refs.map((r) => `${mdText(statementText(r.text, r.reverseKeyed))}: others ${percent(r.others)}${r.self === null ? '' : `, self ${percent(r.self)}`}`));
  };
  statements('Statements others rate highest', report.statements.highest);
  statements('Statements others rate lowest', report.statements.lowest);
  statements('Statement blind spots', report.statements.blindSpots);
  statements('Statement hidden strengths', report.statements.hiddenStrengths);
  if (listsReversed(report)) out.push('', REVERSED_NOTE);
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    out.push('', noGapsText(report));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', '## Development priorities', '', 'Themes important to your role (from your self-assessment) that score lowest:');
    const named = (p: FeedbackReport['priorities']['self'][number]) => `${mdText(p.title)} (${percent(p.percent)}, ${mdText(p.importance)} to the role)`;
    out.push(
      '',
      `- **By your own ratings:** ${priorities.self.map(named).join('; ') || 'none'}`,
      ...(report.raters.others > 0 ? [`- **By others' ratings:** ${priorities.informed.map(named).join('; ') || 'none'}`] : []),
    );
  }

  const section = (s: SectionFeedback, level: string) => {
    table(figureColumns(report), [figureCells(report, s, mdText)]);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) out.push('', `Some figures are ${WITHHELD_NOTE}`);
    if (s.others) out.push('', `Others: ${spreadLine(s.others)}`, '', `Others' answers: ${pointsLine(s.others.points, mdText)}`);
    if (s.difference !== null) out.push('', `Self − others: ${gapText(s)}`);
    if (s.reflection) {
      const whose = s.reflection.basis === 'others' ? "for others' ratings" : 'for your own rating';
      out.push('', `${level} What it may mean (${whose})`, '', mdText(s.reflection.meaning));
      out.push('', `${level} Questions to sit with`, '', ...s.reflection.questions.map((q) => `- ${mdText(q)}`));
      out.push('', `${level} One thing to try`, '', mdText(s.reflection.try));
    }
  };
  const theme = (t: ThemeFeedback) => {
    out.push('', `## ${mdText(t.title)}`);
    section(t, '###');
    if (t.importance) out.push('', `Importance to your role (your rating): ${mdText(t.importance.label)}`);
    if (t.agreement) out.push('', agreementText(t.agreement, mdText));
    for (const facet of t.facets) {
      out.push('', `### Facet: ${mdText(facet.title)}`);
      section(facet, '####');
    }
    out.push('', '### Statements');
    table(
      ['Statement', 'Self', 'Others', 'Self − others', "Others' answers"],
      t.statements.map((s) => [
        `${mdText(statementText(s.text, s.reverseKeyed))}`,
        percent(s.self),
        s.othersWithheld ? 'withheld' : `${percent(s.others)}${answeredNote(s)}`,
        gapText(s),
        s.others === null ? '–' : pointsLine(s.points, mdText),
      ]),
    );
    if (t.statements.some((s) => s.reverseKeyed)) out.push('', REVERSED_NOTE);
    if (t.comments.length > 0) {
      out.push('', "### Others' comments");
      for (const c of t.comments) {
        out.push('', `*${mdText(c.prompt)}*`);
        for (const text of c.texts) out.push('', ...text.split(/\r?\n/).map((line) => `> ${mdText(line)}`));
      }
    }
  };
  for (const t of report.themes) theme(t);

  if (report.coachingQuestions.length > 0) {
    out.push('', '## Questions for the coaching conversation', '', ...report.coachingQuestions.map((q, i) => `${i + 1}. ${mdText(q)}`));
  }
  return `${out.join('\n')}\n`;
}
