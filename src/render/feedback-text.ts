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
  feedbackVoice,
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
  const v = feedbackVoice(report);
  // syslead's words in each language of the report, on one line: "Crynodeb / Summary".
  const say = (key: MessageKey, values?: MessageValues) => v.both((_, l) => sayIn(l, key, values));
  const made = v.made;
  const wrap = (text: string, indent = '', firstIndent = indent) => wrapIndented(text, width, indent, firstIndent);
  const safe = (text: string) => safeText(text);
  const heading = (text: string) => style.bold(text);
  const bullet = (text: string, indent = INDENT) => out.push(wrap(text, `${indent}  `, `${indent}• `));

  // A section's figures as "Label  figure" lines, the labels in a column; each figure in each
  // language ("75% (Arfer sefydlog) / 75% (A settled habit)"), its band's label the form's in it.
  const figures = (get: (r: FeedbackReport) => SectionFeedback, indent: string) => {
    const labels = v.reports.map(figureColumns).reduce((a, b) => a.map((l, i) => (b[i] === undefined || b[i] === l ? l : `${l} / ${b[i]}`)));
    const cells = labels.map((_, i) => v.both((r) => figureCells(r, get(r), safe)[i]!));
    const column = Math.max(...labels.map((l) => textWidth(l)));
    labels.forEach((label, i) => out.push(`${indent}${label}${' '.repeat(column - textWidth(label))}  ${cells[i]}`));
  };

  out.push(
    wrap(heading(safe(v.both((r) => r.title)))),
    ...made((r, l) => sayIn(l, 'feedback.aboutLine', { subject: safe(r.subject), raters: ratersLine(r) })).map((line) => wrap(line)),
    '',
    ...made((r) => r.notAppraisal).map((line) => wrap(style.italic(safe(line)))),
  );
  if (report.missing.length > 0) {
    out.push('', heading(say('feedback.heading.missing').toUpperCase()));
    report.missing.forEach((_, i) => {
      for (const note of made((r) => r.missing[i]!)) bullet(safe(note));
    });
  }
  out.push('', heading(say('feedback.heading.howToRead').toUpperCase()));
  report.howToRead.forEach((_, i) => {
    for (const line of made((r) => r.howToRead[i]!)) bullet(safe(line));
  });
  for (const line of made((_, l) => sayIn(l, 'feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) }))) bullet(line);

  out.push('', heading(say('feedback.heading.summary').toUpperCase()));
  for (const [ti, t] of report.themes.entries()) {
    out.push(wrap(style.bold(safe(v.both((r) => r.themes[ti]!.title))), INDENT));
    figures((r) => r.themes[ti]!, INDENT + INDENT);
    if (t.difference !== null) out.push(`${INDENT}${INDENT}${say('feedback.column.selfOthers')}  ${v.both((_, l) => gapText(t, l))}`);
  }

  out.push('', heading(say('feedback.heading.largestGaps').toUpperCase()));
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots'], list: (r: FeedbackReport) => FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    refs.forEach((_, i) => {
      for (const line of made((rep, l) => {
        const r = list(rep)[i]!;
        return sayIn(l, 'feedback.ref.gap', { title: safe(r.title), self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, l) });
      }))
        bullet(line, INDENT + INDENT);
    });
  };
  gaps(say('feedback.heading.blindSpots'), report.gaps.blindSpots, (r) => r.gaps.blindSpots);
  gaps(say('feedback.heading.hiddenStrengths'), report.gaps.hiddenStrengths, (r) => r.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest'], list: (r: FeedbackReport) => FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push(wrap(style.bold(title), INDENT));
    refs.forEach((_, i) => {
      for (const line of made((rep, l) => {
        const r = list(rep)[i]!;
        return `${sayIn(l, 'feedback.ref.others', { text: safe(statementText(r.text, r.reverseKeyed, l)), others: percent(r.others) })}${r.self === null ? '' : sayIn(l, 'feedback.ref.alsoSelf', { self: percent(r.self) })}`;
      }))
        bullet(line, INDENT + INDENT);
    });
  };
  statements(say('feedback.heading.highest'), report.statements.highest, (r) => r.statements.highest);
  statements(say('feedback.heading.lowest'), report.statements.lowest, (r) => r.statements.lowest);
  statements(say('feedback.heading.statementBlindSpots'), report.statements.blindSpots, (r) => r.statements.blindSpots);
  statements(say('feedback.heading.statementHiddenStrengths'), report.statements.hiddenStrengths, (r) => r.statements.hiddenStrengths);
  if (listsReversed(report)) for (const line of made((_, l) => reversedNote(l))) out.push(wrap(style.dim(line), INDENT));
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    for (const line of made((r) => noGapsText(r))) out.push(wrap(line, INDENT));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', heading(say('feedback.heading.priorities').toUpperCase()), ...made((_, l) => sayIn(l, 'feedback.priorities.intro')).map((line) => wrap(line, INDENT)));
    const named = (l: typeof language) => (p: FeedbackReport['priorities']['self'][number]) => sayIn(l, 'feedback.priorities.item', { title: safe(p.title), percent: percent(p.percent), importance: safe(p.importance) });
    for (const line of made((r, l) => `${sayIn(l, 'feedback.priorities.own')} ${r.priorities.self.map(named(l)).join('; ') || sayIn(l, 'feedback.priorities.none')}`)) bullet(line);
    if (report.raters.others > 0) for (const line of made((r, l) => `${sayIn(l, 'feedback.priorities.others')} ${r.priorities.informed.map(named(l)).join('; ') || sayIn(l, 'feedback.priorities.none')}`)) bullet(line);
  }

  const section = (get: (r: FeedbackReport) => SectionFeedback, indent: string) => {
    const s = get(report);
    figures(get, indent + INDENT);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) for (const line of made((_, l) => someWithheldNote(l))) out.push(wrap(style.dim(line), indent));
    if (s.others) {
      const others = s.others;
      for (const line of made((_, l) => sayIn(l, 'feedback.othersSpread', { spread: spreadLine(others, l) }))) out.push(wrap(line, indent));
      for (const line of made((r, l) => sayIn(l, 'feedback.othersAnswers', { points: pointsLine(get(r).others!.points, safe) }))) out.push(wrap(line, indent));
    }
    if (s.difference !== null) for (const line of made((_, l) => sayIn(l, 'feedback.selfOthersLine', { gap: gapText(s, l) }))) out.push(wrap(line, indent));
    if (s.reflection) {
      const basis = s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf';
      const texts = (pick: (reflection: NonNullable<SectionFeedback['reflection']>) => string) => made((r) => pick(get(r).reflection!));
      out.push('', wrap(style.bold(v.both((_, l) => sayIn(l, 'feedback.heading.meaning', { whose: sayIn(l, basis) }))), indent), ...texts((x) => x.meaning).map((m) => wrap(safe(m), indent + INDENT)));
      out.push('', wrap(style.bold(say('feedback.heading.questions')), indent));
      s.reflection.questions.forEach((_, qi) => {
        for (const q of texts((x) => x.questions[qi]!)) bullet(safe(q), indent + INDENT);
      });
      out.push('', wrap(style.bold(say('feedback.heading.try')), indent), ...texts((x) => x.try).map((m) => wrap(safe(m), indent + INDENT)));
    }
  };
  const theme = (t: ThemeFeedback, ti: number) => {
    const inR = (r: FeedbackReport) => r.themes[ti]!;
    out.push('', style.dim('─'.repeat(width)), wrap(heading(safe(v.both((r) => inR(r).title)).toUpperCase())));
    section(inR, '');
    if (t.importance) for (const line of made((r, l) => sayIn(l, 'feedback.importance', { label: safe(inR(r).importance!.label) }))) out.push(wrap(line));
    if (t.agreement) for (const line of made((r, l) => agreementText(inR(r).agreement!, safe, l))) out.push(wrap(line));
    t.facets.forEach((_, fi) => {
      out.push('', wrap(style.bold(v.both((r, l) => sayIn(l, 'feedback.heading.facet', { title: safe(inR(r).facets[fi]!.title) }))), INDENT));
      section((r) => inR(r).facets[fi]!, INDENT);
    });
    out.push('', wrap(style.bold(say('feedback.heading.statements')), INDENT));
    t.statements.forEach((s, si) => {
      for (const text of made((r, l) => statementText(inR(r).statements[si]!.text, s.reverseKeyed, l))) bullet(safe(text));
      for (const line of made((_, l) => sayIn(l, 'feedback.statementLine', { self: percent(s.self), others: s.othersWithheld ? withheld(l) : `${percent(s.others)}${answeredNote(s, l)}`, gap: gapText(s, l) })))
        out.push(wrap(line, INDENT.repeat(3)));
      if (s.others !== null) for (const line of made((r) => pointsLine(inR(r).statements[si]!.points, safe))) out.push(wrap(style.dim(line), INDENT.repeat(3)));
    });
    if (t.statements.some((s) => s.reverseKeyed)) for (const line of made((_, l) => reversedNote(l))) out.push(wrap(style.dim(line), INDENT));
    if (t.comments.length > 0) {
      out.push('', wrap(style.bold(say('feedback.heading.comments')), INDENT));
      t.comments.forEach((c, ci) => {
        out.push(wrap(style.dim(safe(v.both((r) => inR(r).comments[ci]!.prompt))), INDENT + INDENT));
        for (const text of c.texts) out.push(wrap(`“${safeText(text, { keepNewlines: true }).replace(/\t/g, ' ')}”`, INDENT.repeat(3)));
      });
    }
  };
  report.themes.forEach(theme);

  if (report.coachingQuestions.length > 0) {
    out.push('', style.dim('─'.repeat(width)), heading(say('feedback.heading.coaching').toUpperCase()));
    report.coachingQuestions.forEach((_, i) => {
      made((r) => r.coachingQuestions[i]!).forEach((q, k) => out.push(wrap(safe(q), `${INDENT}   `, k === 0 ? `${INDENT}${i + 1}. ` : `${INDENT}   `)));
    });
  }
  return `${out.join('\n')}\n`;
}
