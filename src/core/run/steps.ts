import type { Item, Questionnaire, Scale, Theme } from '../questionnaire/model.js';

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

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The counts in words: "42 questions: 36 statements to rate, 3 on importance, 3 free-text prompts". */
export function questionCountsText(c: QuestionCounts): string {
  const parts = [
    counted(c.statements, 'statement to rate', 'statements to rate'),
    ...(c.importance > 0 ? [counted(c.importance, 'question on importance', 'questions on importance')] : []),
    ...(c.textPrompts > 0 ? [counted(c.textPrompts, 'free-text prompt', 'free-text prompts')] : []),
  ];
  return `${counted(c.questions, 'question', 'questions')}: ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}`;
}
