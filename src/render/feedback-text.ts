import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import { safeText } from '../core/safe-text.js';
import { percent } from './cohort-format.js';
import { REVERSED_NOTE, statementText, answeredNote, WITHHELD_NOTE, listsReversed, agreementText, figureCells, figureColumns, gapText, noGapsText, pointsLine, ratersLine, spreadLine } from './feedback-format.js';
import type { RenderOptions } from './options.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';

const INDENT = '  ';

/** A feedback report as terminal text, wrapped to the width; every text from a file made safe. */
export function renderFeedbackText(report: FeedbackReport, options: RenderOptions): string {
  const { style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const wrap = (text: string, indent = '', firstIndent = indent) => wrapIndented(text, width, indent, firstIndent);
  const safe = (text: string) => safeText(text);
  const heading = (text: string) => style.bold(text);
  const bullet = (text: string, indent = INDENT) => out.push(wrap(text, `${indent}  `, `${indent}• `));

  // A section's figures as "Label  figure" lines, the labels in a column.
  const figures = (s: SectionFeedback, indent: string) => {
    const labels = figureColumns(report);
    const cells = figureCells(report, s, safe);
    const column = Math.max(...labels.map((l) => textWidth(l)));
    labels.forEach((label, i) => out.push(`${indent}${label}${' '.repeat(column - textWidth(label))}  ${cells[i]}`));
  };

  out.push(wrap(heading(safe(report.title))), wrap(`About ${safe(report.subject)} · feedback from ${ratersLine(report)}`), '', wrap(style.italic(safe(report.notAppraisal))));
  if (report.missing.length > 0) {
    out.push('', heading('WHAT IS MISSING'));
    for (const note of report.missing) bullet(safe(note));
  }
  out.push('', heading('HOW TO READ THIS REPORT'));
  for (const line of report.howToRead) bullet(safe(line));
  bullet(`Blind spots and hidden strengths are gaps of more than ${report.settings.margin} percentage points; every group but the manager needs ${report.settings.minGroup} raters to be shown.`);

  out.push('', heading('SUMMARY'));
  for (const t of report.themes) {
    out.push(wrap(style.bold(safe(t.title)), INDENT));
    figures(t, INDENT + INDENT);
    if (t.difference !== null) out.push(`${INDENT}${INDENT}Self − others  ${gapText(t)}`);
  }

  out.push('', heading('THE LARGEST GAPS'));
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    for (const r of refs) bullet(`${safe(r.title)}: self ${percent(r.self)}, others ${percent(r.others)} (${gapText({ difference: r.difference, finding: null })})`, INDENT + INDENT);
  };
  gaps('Blind spots: you rate yourself above others', report.gaps.blindSpots);
  gaps('Hidden strengths: others rate you above yourself', report.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    for (const r of refs) bullet(`${safe(statementText(r.text, r.reverseKeyed))}: others ${percent(r.others)}${r.self === null ? '' : `, self ${percent(r.self)}`}`, INDENT + INDENT);
  };
  statements('Statements others rate highest', report.statements.highest);
  statements('Statements others rate lowest', report.statements.lowest);
  statements('Statement blind spots', report.statements.blindSpots);
  statements('Statement hidden strengths', report.statements.hiddenStrengths);
  if (listsReversed(report)) out.push(wrap(style.dim(REVERSED_NOTE), INDENT));
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    out.push(wrap(noGapsText(report), INDENT));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', heading('DEVELOPMENT PRIORITIES'), wrap('Themes important to your role (from your self-assessment) that score lowest:', INDENT));
    const named = (p: FeedbackReport['priorities']['self'][number]) => `${safe(p.title)} (${percent(p.percent)}, ${safe(p.importance)} to the role)`;
    bullet(`By your own ratings: ${priorities.self.map(named).join('; ') || 'none'}`);
    if (report.raters.others > 0) bullet(`By others' ratings: ${priorities.informed.map(named).join('; ') || 'none'}`);
  }

  const section = (s: SectionFeedback, indent: string) => {
    figures(s, indent + INDENT);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) out.push(wrap(style.dim(`Some figures are ${WITHHELD_NOTE}`), indent));
    if (s.others) out.push(wrap(`Others: ${spreadLine(s.others)}`, indent), wrap(`Others' answers: ${pointsLine(s.others.points, safe)}`, indent));
    if (s.difference !== null) out.push(wrap(`Self − others: ${gapText(s)}`, indent));
    if (s.reflection) {
      const whose = s.reflection.basis === 'others' ? "for others' ratings" : 'for your own rating';
      out.push('', wrap(style.bold(`What it may mean (${whose})`), indent), wrap(safe(s.reflection.meaning), indent + INDENT));
      out.push('', wrap(style.bold('Questions to sit with'), indent));
      for (const q of s.reflection.questions) bullet(safe(q), indent + INDENT);
      out.push('', wrap(style.bold('One thing to try'), indent), wrap(safe(s.reflection.try), indent + INDENT));
    }
  };
  const theme = (t: ThemeFeedback) => {
    out.push('', style.dim('─'.repeat(width)), wrap(heading(safe(t.title).toUpperCase())));
    section(t, '');
    if (t.importance) out.push(wrap(`Importance to your role (your rating): ${safe(t.importance.label)}`));
    if (t.agreement) out.push(wrap(agreementText(t.agreement, safe)));
    for (const facet of t.facets) {
      out.push('', wrap(style.bold(`Facet: ${safe(facet.title)}`), INDENT));
      section(facet, INDENT);
    }
    out.push('', wrap(style.bold('Statements'), INDENT));
    for (const s of t.statements) {
      bullet(`${safe(statementText(s.text, s.reverseKeyed))}`);
      const others = s.othersWithheld ? 'withheld' : `${percent(s.others)}${answeredNote(s)}`;
      out.push(wrap(`self ${percent(s.self)} · others ${others} · self − others ${gapText(s)}`, INDENT.repeat(3)));
      if (s.others !== null) out.push(wrap(style.dim(pointsLine(s.points, safe)), INDENT.repeat(3)));
    }
    if (t.statements.some((s) => s.reverseKeyed)) out.push(wrap(style.dim(REVERSED_NOTE), INDENT));
    if (t.comments.length > 0) {
      out.push('', wrap(style.bold("Others' comments"), INDENT));
      for (const c of t.comments) {
        out.push(wrap(style.dim(safe(c.prompt)), INDENT + INDENT));
        for (const text of c.texts) out.push(wrap(`“${safeText(text, { keepNewlines: true }).replace(/\t/g, ' ')}”`, INDENT.repeat(3)));
      }
    }
  };
  for (const t of report.themes) theme(t);

  if (report.coachingQuestions.length > 0) {
    out.push('', style.dim('─'.repeat(width)), heading('QUESTIONS FOR THE COACHING CONVERSATION'));
    report.coachingQuestions.forEach((q, i) => out.push(wrap(safe(q), `${INDENT}   `, `${INDENT}${i + 1}. `)));
  }
  return `${out.join('\n')}\n`;
}
