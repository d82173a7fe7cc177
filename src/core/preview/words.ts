import type { Band, Item, Method, Questionnaire, Scale } from '../questionnaire/model.js';

/** What the codes of a questionnaire mean, in words for a reader who never saw its YAML. */

const percent = (n: number) => `${n}%`;

/** The percents of the maximum a band holds: its cut-off and the one below it, in words. */
export function bandRange(bands: readonly Band[], index: number): string {
  const lower = index > 0 ? bands[index - 1]!.below : undefined;
  const upper = bands[index]!.below;
  if (lower === undefined && upper === undefined) return 'every score';
  if (lower === undefined) return `under ${percent(upper!)} of the maximum`;
  if (upper === undefined) return `${percent(lower)} of the maximum or more`;
  return `from ${percent(lower)} to under ${percent(upper)} of the maximum`;
}

/** A scale's points as they are offered: "frequency: 1 Rarely, 2 Sometimes ...". */
export function scaleWords(scale: Scale): string {
  const points = scale.labels.map((label, i) => `${scale.min + i} ${label}`).join(', ');
  const notApplicable = scale.notApplicable.length > 0 ? `; also offered, never scored: ${scale.notApplicable.join(', ')}` : '';
  return `${scale.id}: ${points}${notApplicable}`;
}

const METHOD: Record<Method, string> = {
  mean: 'the mean of its answered rated statements',
  sum: 'the mean of its answered rated statements times their total weight (a pro-rated sum)',
};

/** How a form's theme and facet scores are made, and when there is none. */
export function scoringWords(q: Pick<Questionnaire, 'scoring'>): string {
  const share = Math.round(q.scoring.minAnswered * 100);
  return `Each theme's and facet's score is ${METHOD[q.scoring.method]}, reverse-scored statements turned round first, shown as a percent of the maximum; it needs at least ${share}% of them answered. Free-text answers are saved and never scored.`;
}

/** A theme scored by a method of its own, not its form's. */
export function themeMethodWords(method: Method): string {
  return `This theme and its facets are scored otherwise than the rest of the form: each score is ${METHOD[method]}.`;
}

/** How a statement is answered and scored: the keying said in words, never by a symbol alone. */
export function itemScoring(item: Item): string {
  if (item.kind === 'text') return 'Free text: saved, never scored';
  const { scale } = item;
  const rated = `Rated on the ${scale.id} scale (${scale.min} ${scale.labels[0]} to ${scale.max} ${scale.labels.at(-1)})`;
  const keying = item.keyed === 'minus' ? `reverse-scored: a higher rating lowers the score (${scale.max} counts as ${scale.min})` : 'scored as rated: a higher rating raises the score';
  const weight = item.weight === 1 ? '' : `; weight ${item.weight} in its scores`;
  return `${rated}; ${keying}${weight}`;
}

/** A theme's importance question as asked, with its scale. */
export function importanceWords(q: Pick<Questionnaire, 'importance'>, themeTitle: string): string | null {
  if (!q.importance) return null;
  const { scale, question } = q.importance;
  // As the run asks it (every {theme} replaced).
  const asked = question.replaceAll('{theme}', themeTitle);
  return `${asked} (on the ${scale.id} scale, ${scale.min} ${scale.labels[0]} to ${scale.max} ${scale.labels.at(-1)}; not part of the theme's score)`;
}
