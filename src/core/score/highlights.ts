import type { ScoredItem } from '../questionnaire/model.js';
import { cleanPercent } from './bands.js';

/** At most this many items are named as strengths, and as many as growth edges, per theme or facet. */
export const HIGHLIGHTS_PER_GROUP = 2;

/** An item's keyed answer as a share of its scale (0-1), so items on different scales compare. */
function itemShare(item: ScoredItem, keyed: number): number {
  return (keyed - item.scale.min) / (item.scale.max - item.scale.min);
}

/**
 * The highest-scoring answered items (strengths) and the lowest (growth edges), by keyed answer as a
 * share of the scale. With n answered items each side names at most min(2, floor(n / 2)) items. A
 * strength scores above the lowest item; a growth edge is never a strength and scores below every
 * strength (and below the highest item), so no item is both, even when answers tie at the cut
 * (shares 1, .75, .75, .5 name the 1 and the first .75 as strengths and only the .5 as a growth
 * edge), and answers that are all alike name neither. Ties keep the questionnaire's order.
 */
export function itemHighlights(items: readonly ScoredItem[], keyed: ReadonlyMap<string, number>): { strengths: string[]; growthEdges: string[] } {
  // Loops rather than chains of arrays: a batch finds these for every part of every report.
  const answered: { id: string; share: number }[] = [];
  let lowest = Infinity;
  let highest = -Infinity;
  for (const item of items) {
    const value = keyed.get(item.id);
    if (value === undefined) continue;
    const share = cleanPercent(itemShare(item, value));
    answered.push({ id: item.id, share });
    lowest = Math.min(lowest, share);
    highest = Math.max(highest, share);
  }
  const count = Math.min(HIGHLIGHTS_PER_GROUP, Math.floor(answered.length / 2));
  if (count === 0) return { strengths: [], growthEdges: [] };
  // Array.prototype.sort is stable, so equal shares stay in questionnaire order.
  const strengths = [...answered]
    .sort((a, b) => b.share - a.share)
    .slice(0, count)
    .filter((a) => a.share > lowest);
  let below = highest;
  for (const a of strengths) below = Math.min(below, a.share);
  const growthEdges = answered
    .filter((a) => !strengths.includes(a) && a.share < below)
    .sort((a, b) => a.share - b.share)
    .slice(0, count);
  return { strengths: strengths.map((a) => a.id), growthEdges: growthEdges.map((a) => a.id) };
}
