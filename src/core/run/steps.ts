import type { Item, Questionnaire, Scale, Theme } from '../questionnaire/model.js';
import type { Messages } from '../i18n/messages.js';

/** One question of a run: an item, or how important a theme is to the person's role. */
export type Step = { kind: 'item'; key: string; theme: Theme; item: Item } | { kind: 'importance'; key: string; theme: Theme; scale: Scale; question: string };

/**
 * The questions of a run in the order asked: each theme's items, then (when the questionnaire asks
 * it) how important that theme is, so the person rates importance having just thought about it.
 */
export function runSteps(questionnaire: Questionnaire): Step[] {
  const importance = questionnaire.importance;
  return questionnaire.themes.flatMap((theme): Step[] => [
    ...theme.items.map((item): Step => ({ kind: 'item', key: itemKey(item.id), theme, item })),
    ...(importance ? [{ kind: 'importance', key: importanceKey(theme.id), theme, scale: importance.scale, question: importance.question.replaceAll('{theme}', theme.title) } as const] : []),
  ]);
}

// Item and theme ids may coincide, so the two kinds of step are keyed apart.
export const itemKey = (itemId: string) => `item:${itemId}`;
export const importanceKey = (themeId: string) => `importance:${themeId}`;

/**
 * What a run asks, counted apart: statements (the rated items that score), importance questions
 * (one per theme when the questionnaire asks them) and free-text prompts; questions is all three.
 */
export interface QuestionCounts {
  statements: number;
  importance: number;
  textPrompts: number;
  questions: number;
}

export function questionCounts(questionnaire: Questionnaire): QuestionCounts {
  const statements = questionnaire.items.filter((i) => i.kind === 'likert').length;
  const textPrompts = questionnaire.items.length - statements;
  const importance = questionnaire.importance ? questionnaire.themes.length : 0;
  return { statements, importance, textPrompts, questions: statements + importance + textPrompts };
}

/** The counts in words, in the run's language: "42 questions: 36 statements to rate, 3 questions on importance and 3 free-text prompts". */
export function questionCountsText(c: QuestionCounts, { say }: Messages): string {
  const parts = [
    say('run.intro.statements', { count: c.statements }),
    ...(c.importance > 0 ? [say('run.intro.importance', { count: c.importance })] : []),
    ...(c.textPrompts > 0 ? [say('run.intro.textPrompts', { count: c.textPrompts })] : []),
  ];
  const listed = parts.length > 1 ? say('run.intro.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! }) : parts[0]!;
  return say('run.intro.questionsList', { questions: say('run.intro.questions', { count: c.questions }), parts: listed });
}
