import { ImportanceTally } from './importance-tally.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { cleanPercent } from '../score/bands.js';
import { finite } from '../stats/alpha.js';
import { MAX_PRIORITIES, PRIORITY_MIN_IMPORTANCE } from '../score/priorities.js';
import type { AnonymityPlan } from './disclosure.js';
import type { FormRespondents } from './respondents.js';
import type { SummaryImportance, ThemeFigures } from './cohort.js';
import { stableText } from './stable-text.js';

/** The importance answers of the respondents a form shows: its shown groups' tallies and its kept rows not hidden. */
export function shownImportance(form: FormRespondents, f: number, plan: AnonymityPlan): ImportanceTally | null {
  const importance = form.importance;
  if (!importance) return null;
  const total = new ImportanceTally(importance.themeIds.length);
  const hiddenGroups = plan.hiddenGroups[f]!;
  for (const [group, cell] of form.cells) if (!hiddenGroups.has(group) && cell.importance) total.merge(cell.importance);
  const points = new Float64Array(importance.themeIds.length);
  const hidden = plan.hidden[f]!;
  for (let index = 0; index < importance.kept.size; index++) if (hidden[index] === 0) total.add(importance.kept.read(index, points));
  return total;
}

/** An importance answer as a percent of its scale, from the mean of the points. */
const percentOf = (mean: number, { min, max }: { min: number; max: number }) => (100 * (mean - min)) / (max - min);

/**
 * Per theme, the mean importance the respondents gave it (as a percent of the importance scale,
 * with the answers it is of) against the theme's mean percent; and the shared development
 * priorities: the themes rated at least halfway up the importance scale whose mean score is
 * lower than their mean importance, the largest gap first, as for one person (score/priorities.ts).
 */
export function importanceFigures(
  tally: ImportanceTally,
  questionnaire: Pick<Questionnaire, 'importance'>,
  themeIds: readonly string[],
  themes: readonly ThemeFigures[],
): { themes: SummaryImportance[]; shared: SummaryImportance[] } {
  const scale = questionnaire.importance!.scale;
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const figures = themeIds.flatMap((id, t): SummaryImportance[] => {
    const theme = byId.get(id);
    if (!theme) return [];
    const n = tally.counts[t]!;
    const importance = n === 0 ? null : finite(percentOf(tally.sums[t]! / n, scale));
    const gap = importance === null || theme.meanPercent === null ? null : finite(importance - theme.meanPercent);
    const reasons: Record<string, string> = {};
    if (importance === null) reasons.importancePercent = stableText('cohort.reason.noImportanceAnswered');
    if (theme.meanPercent === null) reasons.meanPercent = theme.reasons.meanPercent ?? stableText('cohort.reason.noScores');
    if (gap === null) reasons.gap = importance === null ? stableText('cohort.reason.noImportanceToCompare') : stableText('cohort.reason.noScoreToCompare');
    return [{ id, title: theme.title, importanceN: n, importancePercent: importance, n: theme.n, meanPercent: theme.meanPercent, gap, reasons }];
  });
  const shared = figures
    .filter((f) => f.importancePercent !== null && f.gap !== null && cleanPercent(f.importancePercent) >= PRIORITY_MIN_IMPORTANCE && cleanPercent(f.gap) > 0)
    .sort((a, b) => b.gap! - a.gap! || b.importancePercent! - a.importancePercent!)
    .slice(0, MAX_PRIORITIES);
  return { themes: figures, shared };
}
