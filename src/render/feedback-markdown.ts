import type { FeedbackReport, SectionFeedback, ThemeFeedback } from '../core/feedback/schema.js';
import { mdText } from '../core/safe-text.js';
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

/** A feedback report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderFeedbackMarkdown(report: FeedbackReport): string {
  const out: string[] = [];
  const language = reportLanguage(report);
  const say = (key: MessageKey, values?: MessageValues) => sayIn(language, key, values);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));
  const list = (lines: readonly string[]) => out.push('', ...lines.map((l) => `- ${l}`));

  out.push(`# ${mdText(report.title)}`, '', `**${say('feedback.about')}:** ${mdText(report.subject)} · **${say('feedback.feedbackFrom')}:** ${ratersLine(report)}`, '', `> ${mdText(report.notAppraisal)}`);
  if (report.missing.length > 0) {
    out.push('', `## ${say('feedback.heading.missing')}`);
    list(report.missing.map(mdText));
  }
  out.push('', `## ${say('feedback.heading.howToRead')}`);
  list(report.howToRead.map(mdText));
  out.push('', say('feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) }));

  out.push('', `## ${say('feedback.heading.summary')}`);
  table(
    [say('feedback.column.theme'), ...figureColumns(report), say('feedback.column.selfOthers')],
    report.themes.map((t) => [mdText(t.title), ...figureCells(report, t, mdText), gapText(t, language)]),
  );

  out.push('', `## ${say('feedback.heading.largestGaps')}`);
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(refs.map((r) => say('feedback.ref.gap', { title: mdText(r.title), self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, language) })));
  };
  gaps(say('feedback.heading.blindSpots'), report.gaps.blindSpots);
  gaps(say('feedback.heading.hiddenStrengths'), report.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(
      refs.map(
        (r) =>
          `${say('feedback.ref.others', { text: mdText(statementText(r.text, r.reverseKeyed, language)), others: percent(r.others) })}${r.self === null ? '' : say('feedback.ref.alsoSelf', { self: percent(r.self) })}`,
      ),
    );
  };
  statements(say('feedback.heading.highest'), report.statements.highest);
  statements(say('feedback.heading.lowest'), report.statements.lowest);
  statements(say('feedback.heading.statementBlindSpots'), report.statements.blindSpots);
  statements(say('feedback.heading.statementHiddenStrengths'), report.statements.hiddenStrengths);
  if (listsReversed(report)) out.push('', reversedNote(language));
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    out.push('', noGapsText(report));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', `## ${say('feedback.heading.priorities')}`, '', say('feedback.priorities.intro'));
    const named = (p: FeedbackReport['priorities']['self'][number]) => say('feedback.priorities.item', { title: mdText(p.title), percent: percent(p.percent), importance: mdText(p.importance) });
    const none = say('feedback.priorities.none');
    out.push(
      '',
      `- **${say('feedback.priorities.own')}** ${priorities.self.map(named).join('; ') || none}`,
      ...(report.raters.others > 0 ? [`- **${say('feedback.priorities.others')}** ${priorities.informed.map(named).join('; ') || none}`] : []),
    );
  }

  const section = (s: SectionFeedback, level: string) => {
    table(figureColumns(report), [figureCells(report, s, mdText)]);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) out.push('', someWithheldNote(language));
    if (s.others) out.push('', say('feedback.othersSpread', { spread: spreadLine(s.others, language) }), '', say('feedback.othersAnswers', { points: pointsLine(s.others.points, mdText) }));
    if (s.difference !== null) out.push('', say('feedback.selfOthersLine', { gap: gapText(s, language) }));
    if (s.reflection) {
      const whose = say(s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf');
      out.push('', `${level} ${say('feedback.heading.meaning', { whose })}`, '', mdText(s.reflection.meaning));
      out.push('', `${level} ${say('feedback.heading.questions')}`, '', ...s.reflection.questions.map((q) => `- ${mdText(q)}`));
      out.push('', `${level} ${say('feedback.heading.try')}`, '', mdText(s.reflection.try));
    }
  };
  const theme = (t: ThemeFeedback) => {
    out.push('', `## ${mdText(t.title)}`);
    section(t, '###');
    if (t.importance) out.push('', say('feedback.importance', { label: mdText(t.importance.label) }));
    if (t.agreement) out.push('', agreementText(t.agreement, mdText, language));
    for (const facet of t.facets) {
      out.push('', `### ${say('feedback.heading.facet', { title: mdText(facet.title) })}`);
      section(facet, '####');
    }
    out.push('', `### ${say('feedback.heading.statements')}`);
    table(
      [say('feedback.column.statement'), say('feedback.group.self'), say('feedback.column.others'), say('feedback.column.selfOthers'), say('feedback.column.othersAnswers')],
      t.statements.map((s) => [
        `${mdText(statementText(s.text, s.reverseKeyed, language))}`,
        percent(s.self),
        s.othersWithheld ? withheld(language) : `${percent(s.others)}${answeredNote(s, language)}`,
        gapText(s, language),
        s.others === null ? '–' : pointsLine(s.points, mdText),
      ]),
    );
    if (t.statements.some((s) => s.reverseKeyed)) out.push('', reversedNote(language));
    if (t.comments.length > 0) {
      out.push('', `### ${say('feedback.heading.comments')}`);
      for (const c of t.comments) {
        out.push('', `*${mdText(c.prompt)}*`);
        for (const text of c.texts) out.push('', ...text.split(/\r?\n/).map((line) => `> ${mdText(line)}`));
      }
    }
  };
  for (const t of report.themes) theme(t);

  if (report.coachingQuestions.length > 0) {
    out.push('', `## ${say('feedback.heading.coaching')}`, '', ...report.coachingQuestions.map((q, i) => `${i + 1}. ${mdText(q)}`));
  }
  return `${out.join('\n')}\n`;
}
