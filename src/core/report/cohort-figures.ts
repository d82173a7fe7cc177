import { cleanPercent } from '../score/bands.js';
import { finite } from '../stats/alpha.js';
import { tallyStatistics, type SectionStatistics } from '../stats/cohort-statistics.js';
import { negativeItems, sectionCorrelations, sectionExtras } from '../stats/section-extras.js';
import { CohortTally } from '../stats/cohort-tally.js';
import { exactMean } from '../stats/exact-moments.js';
import { applyFloors, FLOORS, floorFigures, PAIR_FLOORS, type Floors } from '../stats/floors.js';
import type { MergeOrder } from '../stats/pairwise-tally.js';
import type { ValueCounts } from '../stats/value-counts.js';
import type { FormFigures, CohortSectionFigures, ThemeFigures } from './cohort.js';
import { partSize, type AnonymityPlan, type GroupPart } from './disclosure.js';
import type { FormRespondents } from './respondents.js';
import { stableText } from './stable-text.js';

/** Respondents per ten-point bin of percent: [0, 10), [10, 20), ... [90, 100]. */
const DISTRIBUTION_BINS = 10;

/** One questionnaire's figures: over the respondents it shows, and per --group-by group the floor lets through. */
export function formReport(form: FormRespondents, f: number, plan: AnonymityPlan, floors: Floors = FLOORS): FormFigures {
  const q = form.questionnaire;
  const hidden = plan.hidden[f]!;
  const hiddenGroups = plan.hiddenGroups[f]!;
  // A hidden respondent is in no figure: with a row of their own for everyone shown (the CSV),
  // whatever included them could be subtracted back to them.
  const everyone = new Map<number, GroupPart>([...form.cells.keys()].map((group) => [group, { group, kept: [] }]));
  for (let index = 0; index < form.kept.size; index++) {
    const group = form.keptGroup(index);
    const part = everyone.get(group) ?? everyone.set(group, { group, kept: [] }).get(group)!;
    if (hidden[index] === 0) part.kept.push(index);
  }
  const floored = plan.groups[f];
  // Shown rows in the order read: item means take the first answer met as psych's shift.
  const tally = tallyOf(form, hiddenGroups, [...everyone.values()], 'rows');
  const themes = themeFigures(form, tally, floors);
  const text = new Map(form.scorer.scoredItems.map((item) => [item.id, item.text] as const));
  const title = new Map(themes.flatMap((theme) => [theme, ...theme.facets]).map((section) => [section.id, section.title] as const));
  return {
    questionnaire: { id: q.id, version: q.version, title: q.title },
    scored: form.size,
    bands: q.bands.map((b) => ({ id: b.id, label: b.label })),
    themes,
    correlations: sectionCorrelations(tally, themes).map((c) => floorFigures(c, c.n, PAIR_FLOORS)),
    // From the floored figures: an r.drop withheld says nothing about keying.
    negativeItems: negativeItems(themes).map((item) => ({ section: item.section, sectionTitle: title.get(item.section)!, item: item.item, text: text.get(item.item)!, rDrop: item.rDrop })),
    hidden: { respondents: plan.hiddenCount[f]! },
    groups: (floored?.shown ?? []).map((g) => ({
      name: g.name,
      n: g.members.reduce((n, part) => n + partSize(form, hiddenGroups, part), 0),
      pooled: g.pooled,
      // A pooled group's rows are taken group after group, as the floor pooled them.
      themes: themeFigures(form, tallyOf(form, hiddenGroups, g.members, 'parts'), floors),
    })),
    hiddenGroups: { groups: floored?.hidden.groups ?? 0, respondents: floored?.hidden.members ?? 0 },
  };
}

/** The tally of the shown respondents of these parts: their groups' cells, and their kept rows scored again. */
function tallyOf(form: FormRespondents, hiddenGroups: ReadonlySet<number>, parts: readonly GroupPart[], order: MergeOrder): CohortTally {
  const total = new CohortTally(form.layout);
  for (const part of parts) {
    const tally = new CohortTally(form.layout);
    const cell = form.cells.get(part.group);
    if (cell && !hiddenGroups.has(part.group)) tally.merge(cell.tally, 'rows');
    for (const index of part.kept) {
      const { keyed, scores, percents } = form.figuresOf(form.kept, index);
      tally.add(keyed, scores, percents, form.keptRowNumber(index));
    }
    total.merge(tally, order);
  }
  return total;
}

/** The statistics of a tally, with each section's percents and the items' texts added. */
function themeFigures(form: FormRespondents, tally: CohortTally, floors: Floors): ThemeFigures[] {
  const column = new Map(form.scorer.sectionIds.map((id, i) => [id, i] as const));
  const itemOf = new Map(form.scorer.scoredItems.map((item) => [item.id, item] as const));
  const statistics = tallyStatistics(tally);
  // The figures beyond alpha, in the same order: each theme followed by its facets.
  const extras = sectionExtras(tally, statistics);
  let next = 0;
  const figures = (stats: SectionStatistics): CohortSectionFigures => {
    const { items: itemExtras, reasons: extraReasons, ...extra } = extras[next++]!;
    const percents = percentSummary(tally.sections[column.get(stats.id)!]!.percents);
    // The floors (core/stats/floors.ts) last, on every figure the section has, so each format withholds the same.
    return applyFloors(
      {
        ...stats,
        ...percents,
        ...extra,
        items: stats.items.map((item, i) => {
          const scored = itemOf.get(item.id)!;
          const { reasons: itemReasons, ...itemExtra } = itemExtras[i]!;
          return { ...item, text: scored.text, reverseKeyed: scored.keyed === 'minus', ...itemExtra, reasons: { ...item.reasons, ...itemReasons } };
        }),
        reasons: { ...stats.reasons, ...extraReasons, ...(percents.meanPercent === null ? { meanPercent: stableText('cohort.reason.noScores') } : {}) },
      },
      floors,
    );
  };
  return statistics.map((theme) => ({ ...figures(theme), facets: theme.facets.map(figures) }));
}

/** The mean percent (exact, rounded once) and the respondents per ten-point bin. */
function percentSummary(percents: ValueCounts): { meanPercent: number | null; distribution: number[] } {
  const distribution = new Array<number>(DISTRIBUTION_BINS).fill(0);
  const { values, counts } = percents.sorted();
  values.forEach((percent, i) => {
    distribution[Math.min(DISTRIBUTION_BINS - 1, Math.floor(cleanPercent(percent) / (100 / DISTRIBUTION_BINS)))]! += counts[i]!;
  });
  return { meanPercent: percents.n === 0 ? null : finite(exactMean(values, counts)), distribution };
}
