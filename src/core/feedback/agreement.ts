import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import { sampleVariance } from './rating-figures.js';

/**
 * Agreement among raters on one statement, r_wg (James, Demaree and Wolf, 1984): 1 - s^2 / s^2_EU,
 * where s^2 is the sample variance (n - 1) of the raters' answers and s^2_EU = (A^2 - 1) / 12 the
 * variance of answers spread uniformly over the scale's A points, as if nobody agreed at all. So
 * 1 is full agreement and 0 no more than chance; a variance above the uniform one (raters split
 * between the two ends) is clipped to 0, as is usual. Null under two answers.
 */
export function rwg(answers: readonly number[], points: number): number | null {
  const variance = sampleVariance(answers);
  if (variance === null || points < 2) return null;
  const uniform = (points * points - 1) / 12;
  return Math.min(1, Math.max(0, 1 - variance / uniform));
}

/** An r_wg in words, by the bands of LeBreton and Senter (2008), with what it means for reading the mean. */
export function agreementReading(value: number | null, language: UiLanguage = 'en'): string {
  const key =
    value === null
      ? 'feedback.agreement.none'
      : value > 0.9
        ? 'feedback.agreement.veryStrong'
        : value > 0.7
          ? 'feedback.agreement.strong'
          : value > 0.5
            ? 'feedback.agreement.moderate'
            : value > 0.3
              ? 'feedback.agreement.weak'
              : 'feedback.agreement.noReal';
  return sayIn(language, key);
}
