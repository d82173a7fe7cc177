import { cleanPercent } from '../score/bands.js';
import { finite } from '../stats/alpha.js';
import { cohortStatistics, type SectionStatistics } from '../stats/cohort-statistics.js';
import { allRows, type ItemMatrix } from '../stats/matrix.js';
import type { FormFigures, CohortSectionFigures, ThemeFigures } from './cohort.js';
import type { AnonymityPlan } from './disclosure.js';
import type { FormRespondents } from './respondents.js';

/** Respondents per ten-point bin of percent: [0, 10), [10, 20), ... [90, 100]. */
const DISTRIBUTION_BINS = 10;

/** One questionnaire's figures: over the respondents it shows, and per --group-by group the floor lets through. */
export function formReport(form: FormRespondents, f: number, plan: AnonymityPlan): FormFigures {
  const q = form.questionnaire;
  const hidden = plan.hidden[f]!;
  const hiddenCount = hidden.reduce((n, h) => n + h, 0);
  // A hidden respondent is in no figure: with a row of their own for everyone shown (the CSV),
  // whatever included them could be subtracted back to them.
  const rows = hiddenCount === 0 ? allRows(form.size) : Int32Array.from(hidden.keys()).filter((row) => hidden[row] === 0);
  const floored = plan.groups[f];
  return {
    questionnaire: { id: q.id, version: q.version, title: q.title },
    scored: form.size,
    bands: q.bands.map((b) => ({ id: b.id, label: b.label })),
    themes: themeFigures(form, rows),
    hidden: { respondents: hiddenCount },
    groups: (floored?.shown ?? []).map((g) => ({ name: g.name, n: g.members.length, pooled: g.pooled, themes: themeFigures(form, Int32Array.from(g.members)) })),
    hiddenGroups: { groups: floored?.hidden.groups ?? 0, respondents: floored?.hidden.members ?? 0 },
  };
}

/** cohortStatistics over the rows, with each group's percents and the items' texts added. */
function themeFigures(form: FormRespondents, rows: Int32Array): ThemeFigures[] {
  const percents = form.percentMatrix();
  const column = new Map(form.scorer.sectionIds.map((id, i) => [id, i] as const));
  const itemOf = new Map(form.scorer.scoredItems.map((item) => [item.id, item] as const));
  const figures = (stats: SectionStatistics): CohortSectionFigures => ({
    ...stats,
    ...percentSummary(percents, column.get(stats.id)!, rows),
    items: stats.items.map((item) => {
      const scored = itemOf.get(item.id)!;
      return { ...item, text: scored.text, reverseKeyed: scored.keyed === 'minus' };
    }),
  });
  return cohortStatistics(form.scores, rows).map((theme) => ({ ...figures(theme), facets: theme.facets.map(figures) }));
}

function percentSummary(percents: ItemMatrix, column: number, rows: ArrayLike<number>): { meanPercent: number | null; distribution: number[] } {
  const distribution = new Array<number>(DISTRIBUTION_BINS).fill(0);
  let sum = 0;
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const percent = percents.values[rows[r]! * percents.columns + column]!;
    if (Number.isNaN(percent)) continue;
    sum += percent;
    n++;
    distribution[Math.min(DISTRIBUTION_BINS - 1, Math.floor(cleanPercent(percent) / (100 / DISTRIBUTION_BINS)))]!++;
  }
  return { meanPercent: n === 0 ? null : finite(sum / n), distribution };
}
