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
  feedbackVoice,
} from './feedback-format.js';
import type { MessageKey } from '../core/i18n/en.js';
import type { MessageValues } from '../core/i18n/messages.js';
import { sayIn } from '../core/i18n/voice.js';

/** A feedback report as Markdown (GitHub-flavoured tables); every text from a file escaped. */
export function renderFeedbackMarkdown(report: FeedbackReport): string {
  const out: string[] = [];
  const language = reportLanguage(report);
  const v = feedbackVoice(report);
  // syslead's words in each language of the report, on one line: "Crynodeb / Summary".
  const say = (key: MessageKey, values?: MessageValues) => v.both((_, l) => sayIn(l, key, values));
  const made = v.made;
  // Paragraphs made in each language, each its own.
  const paras = (make: (r: FeedbackReport, l: typeof language) => string) => made(make).flatMap((p) => ['', p]);
  const columns = (lists: string[][]) => lists.reduce((a, b) => a.map((l, i) => (b[i] === undefined || b[i] === l ? l : `${l} / ${b[i]}`)));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: string[], rows: string[][]) => out.push('', row(header), row(header.map(() => '---')), ...rows.map(row));
  const list = (lines: readonly string[]) => out.push('', ...lines.map((l) => `- ${l}`));
  // A section's figures in each language ("75% (Arfer sefydlog) / 75% (A settled habit)"), its band's label the form's in it.
  const figuresBoth = (get: (r: FeedbackReport) => SectionFeedback) => figureCells(report, get(report), mdText).map((_, i) => v.both((r) => figureCells(r, get(r), mdText)[i]!));

  out.push(`# ${mdText(v.both((r) => r.title))}`);
  out.push(...paras((r, l) => `**${sayIn(l, 'feedback.about')}:** ${mdText(r.subject)} · **${sayIn(l, 'feedback.feedbackFrom')}:** ${ratersLine(r)}`));
  for (const line of made((r) => r.notAppraisal)) out.push('', `> ${mdText(line)}`);
  if (report.missing.length > 0) {
    out.push('', `## ${say('feedback.heading.missing')}`);
    list(report.missing.flatMap((_, i) => made((r) => r.missing[i]!).map(mdText)));
  }
  out.push('', `## ${say('feedback.heading.howToRead')}`);
  list(report.howToRead.flatMap((_, i) => made((r) => r.howToRead[i]!).map(mdText)));
  out.push(...paras((_, l) => sayIn(l, 'feedback.howToRead.settings', { margin: String(report.settings.margin), minGroup: String(report.settings.minGroup) })));

  out.push('', `## ${say('feedback.heading.summary')}`);
  table(
    [say('feedback.column.theme'), ...columns(v.reports.map(figureColumns)), say('feedback.column.selfOthers')],
    report.themes.map((t, ti) => [mdText(v.both((r) => r.themes[ti]!.title)), ...figuresBoth((r) => r.themes[ti]!), v.both((_, l) => gapText(t, l))]),
  );

  out.push('', `## ${say('feedback.heading.largestGaps')}`);
  const gaps = (title: string, refs: FeedbackReport['gaps']['blindSpots'], of: (r: FeedbackReport) => FeedbackReport['gaps']['blindSpots']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(
      refs.flatMap((_, i) =>
        made((rep, l) => {
          const r = of(rep)[i]!;
          return sayIn(l, 'feedback.ref.gap', { title: mdText(r.title), self: percent(r.self), others: percent(r.others), gap: gapText({ difference: r.difference, finding: null }, l) });
        }),
      ),
    );
  };
  gaps(say('feedback.heading.blindSpots'), report.gaps.blindSpots, (r) => r.gaps.blindSpots);
  gaps(say('feedback.heading.hiddenStrengths'), report.gaps.hiddenStrengths, (r) => r.gaps.hiddenStrengths);
  const statements = (title: string, refs: FeedbackReport['statements']['highest'], of: (r: FeedbackReport) => FeedbackReport['statements']['highest']) => {
    if (refs.length === 0) return;
    out.push('', `### ${title}`);
    list(
      refs.flatMap((_, i) =>
        made((rep, l) => {
          const r = of(rep)[i]!;
          return `${sayIn(l, 'feedback.ref.others', { text: mdText(statementText(r.text, r.reverseKeyed, l)), others: percent(r.others) })}${r.self === null ? '' : sayIn(l, 'feedback.ref.alsoSelf', { self: percent(r.self) })}`;
        }),
      ),
    );
  };
  statements(say('feedback.heading.highest'), report.statements.highest, (r) => r.statements.highest);
  statements(say('feedback.heading.lowest'), report.statements.lowest, (r) => r.statements.lowest);
  statements(say('feedback.heading.statementBlindSpots'), report.statements.blindSpots, (r) => r.statements.blindSpots);
  statements(say('feedback.heading.statementHiddenStrengths'), report.statements.hiddenStrengths, (r) => r.statements.hiddenStrengths);
  if (listsReversed(report)) out.push(...paras((_, l) => reversedNote(l)));
  if (report.gaps.blindSpots.length + report.gaps.hiddenStrengths.length + report.statements.blindSpots.length + report.statements.hiddenStrengths.length === 0) {
    out.push(...paras((r) => noGapsText(r)));
  }

  const { priorities } = report;
  if (priorities.self.length > 0 || priorities.informed.length > 0) {
    out.push('', `## ${say('feedback.heading.priorities')}`, ...paras((_, l) => sayIn(l, 'feedback.priorities.intro')));
    const named = (l: typeof language) => (p: FeedbackReport['priorities']['self'][number]) =>
      sayIn(l, 'feedback.priorities.item', { title: mdText(p.title), percent: percent(p.percent), importance: mdText(p.importance) });
    out.push(
      '',
      ...made((r, l) => `- **${sayIn(l, 'feedback.priorities.own')}** ${r.priorities.self.map(named(l)).join('; ') || sayIn(l, 'feedback.priorities.none')}`),
      ...(report.raters.others > 0 ? made((r, l) => `- **${sayIn(l, 'feedback.priorities.others')}** ${r.priorities.informed.map(named(l)).join('; ') || sayIn(l, 'feedback.priorities.none')}`) : []),
    );
  }

  const section = (get: (r: FeedbackReport) => SectionFeedback, level: string) => {
    const s = get(report);
    table(columns(v.reports.map(figureColumns)), [figuresBoth(get)]);
    if (s.othersWithheld || s.groups.some((g) => g.withheld)) out.push(...paras((_, l) => someWithheldNote(l)));
    if (s.others) {
      const others = s.others;
      out.push(...paras((_, l) => sayIn(l, 'feedback.othersSpread', { spread: spreadLine(others, l) })), ...paras((r, l) => sayIn(l, 'feedback.othersAnswers', { points: pointsLine(get(r).others!.points, mdText) })));
    }
    if (s.difference !== null) out.push(...paras((_, l) => sayIn(l, 'feedback.selfOthersLine', { gap: gapText(s, l) })));
    if (s.reflection) {
      const basis = s.reflection.basis === 'others' ? 'feedback.heading.meaningOthers' : 'feedback.heading.meaningSelf';
      const texts = (pick: (reflection: NonNullable<SectionFeedback['reflection']>) => string) => made((r) => pick(get(r).reflection!));
      out.push('', `${level} ${v.both((_, l) => sayIn(l, 'feedback.heading.meaning', { whose: sayIn(l, basis) }))}`, ...texts((x) => x.meaning).flatMap((m) => ['', mdText(m)]));
      out.push('', `${level} ${say('feedback.heading.questions')}`, '', ...s.reflection.questions.flatMap((_, qi) => texts((x) => x.questions[qi]!).map((q) => `- ${mdText(q)}`)));
      out.push('', `${level} ${say('feedback.heading.try')}`, ...texts((x) => x.try).flatMap((m) => ['', mdText(m)]));
    }
  };
  const theme = (t: ThemeFeedback, ti: number) => {
    const inR = (r: FeedbackReport) => r.themes[ti]!;
    out.push('', `## ${mdText(v.both((r) => inR(r).title))}`);
    section(inR, '###');
    if (t.importance) out.push(...paras((r, l) => sayIn(l, 'feedback.importance', { label: mdText(inR(r).importance!.label) })));
    if (t.agreement) out.push(...paras((r, l) => agreementText(inR(r).agreement!, mdText, l)));
    t.facets.forEach((_, fi) => {
      out.push('', `### ${v.both((r, l) => sayIn(l, 'feedback.heading.facet', { title: mdText(inR(r).facets[fi]!.title) }))}`);
      section((r) => inR(r).facets[fi]!, '####');
    });
    out.push('', `### ${say('feedback.heading.statements')}`);
    table(
      [say('feedback.column.statement'), say('feedback.group.self'), say('feedback.column.others'), say('feedback.column.selfOthers'), say('feedback.column.othersAnswers')],
      t.statements.map((s, si) => [
        made((r, l) => mdText(statementText(inR(r).statements[si]!.text, s.reverseKeyed, l))).join('<br>'),
        percent(s.self),
        v.both((_, l) => (s.othersWithheld ? withheld(l) : `${percent(s.others)}${answeredNote(s, l)}`)),
        v.both((_, l) => gapText(s, l)),
        s.others === null ? '–' : v.both((r) => pointsLine(inR(r).statements[si]!.points, mdText)),
      ]),
    );
    if (t.statements.some((s) => s.reverseKeyed)) out.push(...paras((_, l) => reversedNote(l)));
    if (t.comments.length > 0) {
      out.push('', `### ${say('feedback.heading.comments')}`);
      t.comments.forEach((c, ci) => {
        out.push('', `*${mdText(v.both((r) => inR(r).comments[ci]!.prompt))}*`);
        for (const text of c.texts) out.push('', ...text.split(/\r?\n/).map((line) => `> ${mdText(line)}`));
      });
    }
  };
  report.themes.forEach(theme);

  if (report.coachingQuestions.length > 0) {
    out.push('', `## ${say('feedback.heading.coaching')}`, '', ...report.coachingQuestions.flatMap((_, i) => made((r) => r.coachingQuestions[i]!).map((q, k) => (k === 0 ? `${i + 1}. ${mdText(q)}` : `   ${mdText(q)}`))));
  }
  return `${out.join('\n')}\n`;
}
