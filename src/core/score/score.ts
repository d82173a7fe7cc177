import type { Method, Questionnaire, ScoredItem } from '../questionnaire/model.js';
import type { AnswerSet } from '../answers/model.js';
import type { GroupScore, ItemResult, PersonResult, ThemeScore } from './result.js';
import { scoreGroup } from './group.js';
import { itemHighlights } from './highlights.js';
import { dictionary, ownValue } from '../dictionary.js';
import { developmentPriorities, strongestAndGrowthEdge } from './priorities.js';

/** The keyed value of an answer: reverse-keyed items count as min + max - answer on their declared scale. */
export function keyedValue(answer: number, item: { keyed: 'plus' | 'minus'; scale: { min: number; max: number } }): number {
  return item.keyed === 'minus' ? item.scale.min + item.scale.max - answer : answer;
}

/** Scores one person's checked answers: every theme and facet, items, free text and priorities. */
export function scoreAnswers(q: Questionnaire, a: AnswerSet): PersonResult {
  const keyed = new Map<string, number>();
  const items: ItemResult[] = [];
  const texts = dictionary<string>();
  for (const item of q.items) {
    if (item.kind === 'text') {
      const text = ownValue(a.texts, item.id);
      if (text !== undefined) texts[item.id] = text;
      continue;
    }
    const answer = ownValue(a.answers, item.id) ?? null;
    const value = answer === null ? null : keyedValue(answer, item);
    if (value !== null) keyed.set(item.id, value);
    items.push({ id: item.id, theme: item.themeId, facet: item.facetId ?? null, answer, keyed: value });
  }

  const common = { keyed, minAnswered: q.scoring.minAnswered, bands: q.bands };
  // A facet is scored by its theme's method. Strengths and growth edges only where there is a score.
  const scoreWithHighlights = (group: { id: string; title: string; scoredItems: ScoredItem[] }, method: Method): GroupScore => {
    const score = scoreGroup({ ...common, id: group.id, title: group.title, method, items: group.scoredItems });
    return score.score === null ? score : { ...score, ...itemHighlights(group.scoredItems, keyed) };
  };
  const themes: ThemeScore[] = q.themes.map((theme) => {
    const facets = theme.facets.map((facet) => scoreWithHighlights(facet, theme.method));
    return {
      ...scoreWithHighlights(theme, theme.method),
      importance: q.importance ? (ownValue(a.importance, theme.id) ?? null) : null,
      facets,
    };
  });

  return {
    questionnaire: { id: q.id, version: q.version, title: q.title },
    respondent: a.respondent ?? null,
    role: a.role,
    subject: a.subject ?? null,
    completed: a.completed ?? null,
    themes,
    items,
    texts,
    priorities: q.importance ? developmentPriorities(themes, q.importance.scale) : [],
    ...strongestAndGrowthEdge(themes),
  };
}
