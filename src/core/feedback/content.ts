import { shownPercent } from '../score/bands.js';
import type { StatementFeedback, ThemeFeedback } from './schema.js';

/** How to read a feedback report, for the leader and their coach. */
export const HOW_TO_READ: readonly string[] = [
  'Each theme and facet sets your own rating (self) beside your manager, each group of colleagues large enough to be shown, and all others together. Figures are percents of the most the scale allows, so forms and scales compare.',
  'A mean is only half the story: read it beside the spread (the lowest and highest rater, and how many chose each point of the scale) and the agreement among raters. A mean of raters who disagree is not a consensus.',
  'A blind spot is where you rate yourself above others by more than the margin; a hidden strength is where others rate you above yourself by more than it. Both are starting points for a conversation, not verdicts.',
  "Raters' comments are quoted as written, grouped by theme and sorted so that their order says nothing about who wrote them. No figure or comment is shown for a group of colleagues too small to stay anonymous.",
  'Bring the questions at the end to a conversation with your coach, and perhaps with some of the people who gave you feedback.',
];

export const NOT_APPRAISAL =
  "This report is for reflection and development. It is not an appraisal, a performance rating or a measure of anyone's worth: it shows how often some colleagues see some ways of working, at one time, in the roles in which they know you. Do not use it to rank, select or judge people.";

const pct = (p: number) => `${shownPercent(p)}%`;

/** Questions for the coaching conversation where self and others differ, or others differ among themselves. */
export function coachingQuestions(themes: readonly ThemeFeedback[], statementGaps: { blindSpots: readonly StatementFeedback[]; hiddenStrengths: readonly StatementFeedback[] }, agreementLow: number): string[] {
  const questions: string[] = [];
  for (const theme of themes) {
    for (const section of [theme, ...theme.facets]) {
      if (section.self === null || section.others === null || section.others.percent === null) continue;
      const self = pct(section.self);
      const others = pct(section.others.percent);
      if (section.finding === 'blind-spot') {
        questions.push(`On ${section.title} you rated yourself higher (${self}) than others did (${others}). What do you do here that others may not see, and what might they be seeing that you are not?`);
      } else if (section.finding === 'hidden-strength') {
        questions.push(`Others rate you higher on ${section.title} (${others}) than you rate yourself (${self}). What might they be seeing that you discount, and how could you build on it?`);
      }
    }
    if (theme.agreement && theme.agreement.rwg !== null && theme.agreement.rwg <= agreementLow) {
      questions.push(`Your raters see ${theme.title} quite differently from one another. In which relationships or settings might you show up differently, and why?`);
    }
  }
  // A reverse-keyed statement's percent is of doing it less, which the question says.
  const reversed = (s: StatementFeedback) => (s.reverseKeyed ? ' (reverse-keyed: a higher percent means doing this less)' : '');
  for (const s of statementGaps.blindSpots) {
    questions.push(`"${s.text}": you rated this ${pct(s.self!)} and others ${pct(s.others!)}${reversed(s)}. Can you recall a time when others may have seen it differently from you?`);
  }
  for (const s of statementGaps.hiddenStrengths) {
    questions.push(`"${s.text}": others rated this ${pct(s.others!)} and you ${pct(s.self!)}${reversed(s)}. What makes it hard to credit yourself with this?`);
  }
  if (questions.length === 0 && themes.some((t) => t.self !== null && t.others !== null)) {
    questions.push('You and others see you much alike. Which theme do you most want to develop next, and who could help you do it?');
  }
  return questions;
}
