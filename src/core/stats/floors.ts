import { stableText } from '../report/stable-text.js';

/**
 * The floors below which a cohort report withholds a figure, and the one step that applies them to
 * a theme's or facet's figures and their items' (src/core/report/cohort-figures.ts, for the whole
 * cohort and every --group-by group alike, before any renderer). A figure withheld is null with
 * its reason in the `reasons` of the object that holds it, as every null figure is.
 *
 * - Alpha and everything computed from the correlations between items: 10 respondents. Below
 *   that, alpha's sampling error is as wide as its range of use (with 5 respondents and 6 items
 *   Feldt's 95% interval around an alpha of 0.7 runs from -0.05 to 0.96; with 10, from 0.28 to 0.91), and a negative
 *   alpha from 3 people (seen in a group of 3: -0.335) reads as a broken questionnaire.
 * - Standard deviations: 3 respondents. The SD of one is undefined; the SD of two, with their
 *   mean, gives both answers back (they are mean +- SD / sqrt 2); from three on it does not.
 *
 * A new figure is floored by adding its name to the list of its floor.
 */

export const CORRELATION_FLOOR = 10;
export const SD_FLOOR = 3;

export interface Floor {
  /** Fewest respondents for which the figures are shown. */
  readonly min: number;
  /** Whose count the floor is checked against: the theme's or facet's respondents with a score, or the item's who answered it. */
  readonly count: 'section' | 'item';
  /** Names of the figures (fields of the object) withheld below it. */
  readonly figures: readonly string[];
}

/** Floors of a theme's or facet's own figures (counted by its respondents with a score). */
export const SECTION_FLOORS: readonly Floor[] = [
  { min: CORRELATION_FLOOR, count: 'section', figures: ['alpha', 'alphaStandardized', 'alphaSE', 'alphaFeldt', 'alphaDuhachek', 'averageR', 'medianR', 'signalNoise', 'g6'] },
  { min: SD_FLOOR, count: 'section', figures: ['sd', 'meanSE', 'meanCI'] },
];

/** Floors of an item's figures: those from its correlations with the rest by the section's count, its SD by its own. */
export const ITEM_FLOORS: readonly Floor[] = [
  { min: CORRELATION_FLOOR, count: 'section', figures: ['rDrop', 'alphaIfDropped', 'rawR', 'stdR', 'rCor'] },
  { min: SD_FLOOR, count: 'item', figures: ['sd'] },
];

/** The floors a report applies: to sections' own figures and to their items'. */
export interface Floors {
  readonly section: readonly Floor[];
  readonly item: readonly Floor[];
}

export const FLOORS: Floors = { section: SECTION_FLOORS, item: ITEM_FLOORS };

/** Floors of the correlation of two themes' or facets' person scores, by the respondents with both (its `n`). */
export const PAIR_FLOORS: readonly Floor[] = [{ min: CORRELATION_FLOOR, count: 'section', figures: ['r', 'corrected'] }];

/** Figures with their reasons, as every object with nullable figures in the report is. */
export interface Reasoned {
  reasons: Record<string, string>;
}

interface FlooredSection extends Reasoned {
  n: number;
  items: readonly (Reasoned & { n: number })[];
}

/** The reason a figure is withheld for n respondents under a floor. */
export function withheldReason(min: number, n: number): string {
  return stableText('cohort.reason.withheld', { min: String(min), n: String(n) });
}

/** A section's figures with the floors applied to it and its items: a copy, the withheld figures null with their reasons. */
export function applyFloors<T extends FlooredSection>(section: T, floors: Floors = FLOORS): T {
  const floored = withhold(section, section.n, section.n, floors.section);
  return { ...floored, items: section.items.map((item) => withhold(item, section.n, item.n, floors.item)) };
}

/** Any object's figures with floors applied, for n respondents (a pair of sections' correlation: those with both scores). */
export function floorFigures<T extends Reasoned>(figures: T, n: number, floors: readonly Floor[]): T {
  return withhold(figures, n, n, floors);
}

function withhold<T extends Reasoned>(figures: T, sectionN: number, itemN: number, floors: readonly Floor[]): T {
  const copy = { ...figures } as Record<string, unknown>;
  const reasons = { ...figures.reasons };
  for (const floor of floors) {
    const n = floor.count === 'section' ? sectionN : itemN;
    if (n >= floor.min) continue;
    for (const name of floor.figures) {
      if (!(name in copy)) continue;
      copy[name] = null;
      reasons[name] = withheldReason(floor.min, n);
    }
  }
  copy.reasons = reasons;
  return copy as T;
}
