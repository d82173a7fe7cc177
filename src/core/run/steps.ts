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
