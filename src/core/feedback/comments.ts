import { byCodePoint } from '../code-point-order.js';
import { ownValue } from '../dictionary.js';
import type { ThemeFeedback } from './schema.js';
import type { Rating } from './subjects.js';

/**
 * The free-text answers of the raters shown, by theme and prompt (the text item of their form),
 * verbatim, each prompt's answers sorted by text in code point order: neither the order of the
 * inputs nor that of the rater groups can tell who wrote which. A hidden rater's are never passed
 * in. Only observers' comments: the subject's own notes are theirs, not feedback.
 */
export function commentsByTheme(raters: readonly Rating[]): Map<string, ThemeFeedback['comments']> {
  const byTheme = new Map<string, Map<string, { prompt: string; texts: string[] }>>();
  for (const rater of raters) {
    for (const item of rater.questionnaire.items) {
      if (item.kind !== 'text') continue;
      const text = ownValue(rater.answers.texts, item.id);
      if (text === undefined || text.trim() === '') continue;
      const prompts = byTheme.get(item.themeId) ?? byTheme.set(item.themeId, new Map()).get(item.themeId)!;
      const entry = prompts.get(item.id) ?? prompts.set(item.id, { prompt: item.text, texts: [] }).get(item.id)!;
      entry.texts.push(text);
    }
  }
  return new Map([...byTheme].map(([theme, prompts]) => [theme, [...prompts.values()].map((p) => ({ prompt: p.prompt, texts: p.texts.sort(byCodePoint) }))]));
}
