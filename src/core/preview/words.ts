import type { MessageKey } from '../i18n/en.js';
import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import type { Band, Item, Method, Questionnaire, Scale } from '../questionnaire/model.js';

/** What the codes of a questionnaire mean, in words for a reader who never saw its YAML, in the preview's language. */

/** The percents of the maximum a band holds: its cut-off and the one below it, in words. */
export function bandRange(language: UiLanguage, bands: readonly Band[], index: number): string {
  const lower = index > 0 ? bands[index - 1]!.below : undefined;
  const upper = bands[index]!.below;
  // Cut-offs may be decimals: written as given, not as whole numbers.
  if (lower === undefined && upper === undefined) return sayIn(language, 'authoring.preview.everyScore');
  if (lower === undefined) return sayIn(language, 'authoring.preview.under', { upper: String(upper) });
  if (upper === undefined) return sayIn(language, 'authoring.preview.orMore', { lower: String(lower) });
  return sayIn(language, 'authoring.preview.fromTo', { lower: String(lower), upper: String(upper) });
}

/** A scale's points as they are offered: "frequency: 1 Rarely, 2 Sometimes ...". */
export function scaleWords(language: UiLanguage, scale: Scale): string {
  const points = scale.labels.map((label, i) => `${scale.min + i} ${label}`).join(', ');
  const notApplicable = scale.notApplicable.length > 0 ? sayIn(language, 'authoring.preview.alsoOffered', { answers: scale.notApplicable.join(', ') }) : '';
  return `${scale.id}: ${points}${notApplicable}`;
}

const METHOD: Record<Method, MessageKey> = {
  mean: 'authoring.preview.method.mean',
  sum: 'authoring.preview.method.sum',
};

/** How a form's theme and facet scores are made, and when there is none. */
export function scoringWords(language: UiLanguage, q: Pick<Questionnaire, 'scoring'>): string {
  const share = Math.round(q.scoring.minAnswered * 100);
  return sayIn(language, 'authoring.preview.scoring', { method: sayIn(language, METHOD[q.scoring.method]), share: String(share) });
}

/** A theme scored by a method of its own, not its form's. */
export function themeMethodWords(language: UiLanguage, method: Method): string {
  return sayIn(language, 'authoring.preview.themeMethod', { method: sayIn(language, METHOD[method]) });
}

/** How a statement is answered and scored: the keying said in words, never by a symbol alone. */
export function itemScoring(language: UiLanguage, item: Item): string {
  if (item.kind === 'text') return sayIn(language, 'authoring.preview.freeText');
  const { scale } = item;
  const range = { scale: scale.id, min: String(scale.min), first: scale.labels[0] ?? '', max: String(scale.max), last: scale.labels.at(-1) ?? '' };
  const rated = sayIn(language, 'authoring.preview.rated', range);
  const keying = item.keyed === 'minus' ? sayIn(language, 'authoring.preview.reverseScored', range) : sayIn(language, 'authoring.preview.scoredAsRated');
  const weight = item.weight === 1 ? '' : sayIn(language, 'authoring.preview.weight', { weight: String(item.weight) });
  return `${rated}; ${keying}${weight}`;
}

/** A theme's importance question as asked, with its scale. */
export function importanceWords(language: UiLanguage, q: Pick<Questionnaire, 'importance'>, themeTitle: string): string | null {
  if (!q.importance) return null;
  const { scale, question } = q.importance;
  // As the run asks it (every {theme} replaced).
  const asked = question.replaceAll('{theme}', themeTitle);
  return sayIn(language, 'authoring.preview.importance', { asked, scale: scale.id, min: String(scale.min), first: scale.labels[0] ?? '', max: String(scale.max), last: scale.labels.at(-1) ?? '' });
}
