import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import { safeText } from '../core/safe-text.js';
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
} from './feedback-format.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';
import type { RenderOptions } from './options.js';
import { wrapIndented } from './wrap.js';
import { textWidth } from './text-width.js';

const INDENT = '  ';

/** A feedback report as terminal text, wrapped to the width; every text from a file made safe. */
export function renderFeedbackText(report: FeedbackReport, options: RenderOptions): string {
  const { style } = options;
  const width = Math.max(40, options.width);
  const out: string[] = [];
  const language = reportLanguage(report);
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
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

  out.push(wrap(heading(safe(report.title))), wrap(say('feedback.aboutLine', { subject: safe(report.subject), raters: ratersLine(report) })), '', wrap(style.italic(safe(report.notAppraisal))));
  if (report.missing.length > 0) {
    out.push('', heading(say('feedback.heading.missing').toUpperCase()));
    for (const note of report.missing) bullet(safe(note));
  }
  out.push('', heading(say('feedback.heading.howToRead').toUpperCase()));
  for (const line of report.howToRead) bullet(safe(line));
  bullet(say('feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) }));

  out.push('', heading(say('feedback.heading.summary').toUpperCase()));
  for (const t of report.themes) {
    out.push(wrap(style.bold(safe(t.title)), INDENT));
    figures(t, INDENT + INDENT);
    if (t.difference !== null) out.push(`${INDENT}${INDENT}${say('feedback.column.selfOthers')}  ${gapText(t, language)}`);
  }

  out.push('', heading(say('feedback.heading.largestGaps').toUpperCase()));
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    for (const r of refs) bullet(say('feedback.ref.gap', { title: safe(r.title), self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, language) }), INDENT + INDENT);
  };
  gaps(say('feedback.heading.blindSpots'), report.gaps.blindSpots);
  gaps(say('feedback.heading.hiddenStrengths'), report.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    for (const r of refs)
      bullet(
        `${say('feedback.ref.others', { text: safe(statementText(r.text, r.reverseKeyed, language)), others: percent(r.others) })}${r.self === null ? '' : say('feedback.ref.alsoSelf', { self: percent(r.self) })}`,
        INDENT + INDENT,
      );
  };
  statements(say('feedback.heading.highest'), report.statements.highest);
  statements(say('feedback.heading.lowest'), report.statements.lowest);
  statements(say('feedback.heading.statementBlindSpots'), report.statements.blindSpots);
  statements(say('feedback.heading.statementHiddenStrengths'), report.statements.hiddenStrengths);
  if (listsReversed(report)) out.push(wrap(style.dim(reversedNote(language)), INDENT));
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    out.push(wrap(noGapsText(report), INDENT));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', heading(say('feedback.heading.priorities').toUpperCase()), wrap(say('feedback.priorities.intro'), INDENT));
    const named = (p: FeedbackReport['priorities']['self'][number]) => say('feedback.priorities.item', { title: safe(p.title), percent: percent(p.percent), importance: safe(p.importance) });
    const none = say('feedback.priorities.none');
    bullet(`${say('feedback.priorities.own')} ${priorities.self.map(named).join('; ') || none}`);
    if (report.raters.others > 0) bullet(`${say('feedback.priorities.others')} ${priorities.informed.map(named).join('; ') || none}`);
  }

  const section = (s: SectionFeedback, indent: string) => {
    figures(s, indent + INDENT);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) out.push(wrap(style.dim(someWithheldNote(language)), indent));
    if (s.others) out.push(wrap(say('feedback.othersSpread', { spread: spreadLine(s.others, language) }), indent), wrap(say('feedback.othersAnswers', { points: pointsLine(s.others.points, safe) }), indent));
    if (s.difference !== null) out.push(wrap(say('feedback.selfOthersLine', { gap: gapText(s, language) }), indent));
    if (s.reflection) {
      const whose = say(s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf');
      out.push('', wrap(style.bold(say('feedback.heading.meaning', { whose })), indent), wrap(safe(s.reflection.meaning), indent + INDENT));
      out.push('', wrap(style.bold(say('feedback.heading.questions')), indent));
      for (const q of s.reflection.questions) bullet(safe(q), indent + INDENT);
      out.push('', wrap(style.bold(say('feedback.heading.try')), indent), wrap(safe(s.reflection.try), indent + INDENT));
    }
  };
  const theme = (t: ThemeFeedback) => {
    out.push('', style.dim('─'.repeat(width)), wrap(heading(safe(t.title).toUpperCase())));
    section(t, '');
    if (t.importance) out.push(wrap(say('feedback.importance', { label: safe(t.importance.label) })));
    if (t.agreement) out.push(wrap(agreementText(t.agreement, safe, language)));
    for (const facet of t.facets) {
      out.push('', wrap(style.bold(say('feedback.heading.facet', { title: safe(facet.title) })), INDENT));
      section(facet, INDENT);
    }
    out.push('', wrap(style.bold(say('feedback.heading.statements')), INDENT));
    for (const s of t.statements) {
      bullet(`${safe(statementText(s.text, s.reverseKeyed, language))}`);
      const others = s.othersWithheld ? withheld(language) : `${percent(s.others)}${answeredNote(s, language)}`;
      out.push(wrap(say('feedback.statementLine', { self: percent(s.self), others, gap: gapText(s, language) }), INDENT.repeat(3)));
      if (s.others !== null) out.push(wrap(style.dim(pointsLine(s.points, safe)), INDENT.repeat(3)));
    }
    if (t.statements.some((s) => s.reverseKeyed)) out.push(wrap(style.dim(reversedNote(language)), INDENT));
    if (t.comments.length > 0) {
      out.push('', wrap(style.bold(say('feedback.heading.comments')), INDENT));
      for (const c of t.comments) {
        out.push(wrap(style.dim(safe(c.prompt)), INDENT + INDENT));
        for (const text of c.texts) out.push(wrap(`“${safeText(text, { keepNewlines: true }).replace(/\t/g, ' ')}”`, INDENT.repeat(3)));
      }
    }
  };
  for (const t of report.themes) theme(t);

  if (report.coachingQuestions.length > 0) {
    out.push('', style.dim('─'.repeat(width)), heading(say('feedback.heading.coaching').toUpperCase()));
    report.coachingQuestions.forEach((q, i) => out.push(wrap(safe(q), `${INDENT}   `, `${INDENT}${i + 1}. `)));
  }
  return `${out.join('\n')}\n`;
}
