import type { Band, Method, ScoredItem } from '../questionnaire/model.js';
import type { GroupScore } from './result.js';
import { bandFor } from './bands.js';

export interface GroupInput {
  id: string;
  title: string;
  method: Method;
  items: readonly ScoredItem[];
  /** Keyed values of the answered items (item id -> value); absent items are missing. */
  keyed: ReadonlyMap<string, number>;
  minAnswered: number;
  bands: readonly Band[];
}

/** The number of answered items a group of `total` needs for a score: at least one. */
export function neededAnswers(total: number, minAnswered: number): number {
  // The tolerance keeps 0.3 * 10 = 3.0000000000000004 from demanding 4 items.
  return Math.max(1, Math.ceil(minAnswered * total - 1e-9));
}

/**
 * Scores a theme or facet. mean: the weighted mean of the answered items' keyed values. sum: that
 * mean times the total weight of all the group's items (a pro-rated sum: a skipped item is never 0).
 * percent: 100 * sum(w * (keyed - min)) / sum(w * (max - min)) over the answered items.
 */
export function scoreGroup(g: GroupInput): GroupScore {
  const answeredItems = g.items.filter((item) => g.keyed.has(item.id));
  const counts = { answered: answeredItems.length, total: g.items.length };
  const head = { id: g.id, title: g.title, method: g.method };
  const needed = neededAnswers(g.items.length, g.minAnswered);
  if (answeredItems.length < needed) {
    const reason = `only ${answeredItems.length} of ${g.items.length} items answered; ${needed} needed for a score`;
    return { ...head, score: null, percent: null, band: null, ...counts, reason };
  }

  let weight = 0;
  let weighted = 0;
  let gained = 0;
  let possible = 0;
  for (const item of answeredItems) {
    const value = g.keyed.get(item.id)!;
    weight += item.weight;
    weighted += item.weight * value;
    gained += item.weight * (value - item.scale.min);
    possible += item.weight * (item.scale.max - item.scale.min);
  }
  const percent = (100 * gained) / possible;
  const band = bandFor(percent, g.bands).id;
  if (g.method === 'mean') return { ...head, score: weighted / weight, percent, band, ...counts };
  const totalWeight = g.items.reduce((sum, item) => sum + item.weight, 0);
  // Multiplying before dividing keeps a complete sum exact (weighted * W / W).
  return { ...head, score: (weighted * totalWeight) / weight, percent, band, ...counts, prorated: answeredItems.length < g.items.length };
}
