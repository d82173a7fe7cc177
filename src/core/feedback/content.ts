import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import { shownPercent } from '../score/bands.js';
import type { StatementFeedback, ThemeFeedback } from './schema.js';

/** How to read a feedback report, for the leader and their coach. */
export function howToRead(language: UiLanguage): string[] {
  return (['feedback.howToRead.themes', 'feedback.howToRead.spread', 'feedback.howToRead.gaps', 'feedback.howToRead.comments', 'feedback.howToRead.questions'] as const).map((key) => sayIn(language, key));
}

/** That the report is not an appraisal, at its top. */
export function notAppraisal(language: UiLanguage): string {
  return sayIn(language, 'feedback.notAppraisal');
}

const pct = (p: number) => `${shownPercent(p)}%`;

/** Questions for the coaching conversation where self and others differ, or others differ among themselves. */
export function coachingQuestions(
  themes: readonly ThemeFeedback[],
  statementGaps: { blindSpots: readonly StatementFeedback[]; hiddenStrengths: readonly StatementFeedback[] },
  agreementLow: number,
  language: UiLanguage,
): string[] {
  const say = (key: Parameters<typeof sayIn>[1], values?: Parameters<typeof sayIn>[2]) => sayIn(language, key, values);
  const questions: string[] = [];
  for (const theme of themes) {
    for (const section of [theme, ...theme.facets]) {
      if (section.self === null || section.others === null || section.others.percent === null) continue;
      const self = pct(section.self);
      const others = pct(section.others.percent);
      if (section.finding === 'blind-spot') {
        questions.push(say('feedback.question.blindSpot', { title: section.title, self, others }));
      } else if (section.finding === 'hidden-strength') {
        questions.push(say('feedback.question.hiddenStrength', { title: section.title, self, others }));
      }
    }
    if (theme.agreement && theme.agreement.rwg !== null && theme.agreement.rwg <= agreementLow) {
      questions.push(say('feedback.question.agreement', { title: theme.title }));
    }
  }
  // A reverse-keyed statement's percent is of doing it less, which the question says.
  const reversed = (s: StatementFeedback) => (s.reverseKeyed ? say('feedback.question.reversed') : '');
  for (const s of statementGaps.blindSpots) {
    questions.push(say('feedback.question.statementBlindSpot', { text: s.text, self: pct(s.self!), others: pct(s.others!), reversed: reversed(s) }));
  }
  for (const s of statementGaps.hiddenStrengths) {
    questions.push(say('feedback.question.statementHiddenStrength', { text: s.text, self: pct(s.self!), others: pct(s.others!), reversed: reversed(s) }));
  }
  if (questions.length === 0 && themes.some((t) => t.self !== null && t.others !== null)) {
    questions.push(say('feedback.question.alike'));
  }
  return questions;
}
