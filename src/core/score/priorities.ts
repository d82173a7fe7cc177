import type { Scale } from '../questionnaire/model.js';
import type { ThemeScore } from './result.js';
import { cleanPercent } from './bands.js';

/** At most this many themes are named as development priorities. */
export const MAX_PRIORITIES = 3;
/** A theme must be rated at least this far up the importance scale (in percent) to be a priority. */
export const PRIORITY_MIN_IMPORTANCE = 50;

/** An importance answer as a percent of its scale (0-100), comparable with a theme's percent. */
export function importancePercent(importance: number, scale: Scale): number {
  return (100 * (importance - scale.min)) / (scale.max - scale.min);
}

/**
 * Development priorities: themes that matter to the role and score lowest. A theme qualifies when
 * it has a score, its importance is at least halfway up the importance scale, and its gap
 * (importance percent minus score percent) is positive. The largest gaps come first (ties: the
 * more important theme, then questionnaire order); at most MAX_PRIORITIES are named.
 */
export function developmentPriorities(themes: readonly ThemeScore[], scale: Scale): string[] {
  return themes
    .flatMap((theme) => {
      if (theme.percent === null || theme.importance === null) return [];
      const importance = cleanPercent(importancePercent(theme.importance, scale));
      const gap = cleanPercent(importance - theme.percent);
      return importance >= PRIORITY_MIN_IMPORTANCE && gap > 0 ? [{ id: theme.id, importance, gap }] : [];
    })
    .sort((a, b) => b.gap - a.gap || b.importance - a.importance)
    .slice(0, MAX_PRIORITIES)
    .map((p) => p.id);
}

/**
 * The strongest theme (highest percent) and the growth edge (lowest), among the themes with a score.
 * Both are null unless at least two themes scored differently: with one theme, or all alike, there
 * is nothing to contrast. Ties go to the theme asked first.
 */
export function strongestAndGrowthEdge(themes: readonly ThemeScore[]): { strongest: string | null; growthEdge: string | null } {
  const scored = themes.filter((t): t is ThemeScore & { percent: number } => t.percent !== null);
  const percents = new Set(scored.map((t) => cleanPercent(t.percent)));
  if (percents.size < 2) return { strongest: null, growthEdge: null };
  const byPercent = [...scored].sort((a, b) => cleanPercent(b.percent) - cleanPercent(a.percent));
  const lowest = cleanPercent(byPercent.at(-1)!.percent);
  return { strongest: byPercent[0]!.id, growthEdge: byPercent.find((t) => cleanPercent(t.percent) === lowest)!.id };
}
