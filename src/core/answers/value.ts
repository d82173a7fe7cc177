import { say } from '../i18n/voice.js';
import { shortened } from '../shortened.js';
import type { Scale } from '../questionnaire/model.js';
import { textKey } from '../text-key.js';

/**
 * value null is no point: missing, or, with notObserved (the scale's own spelling of the answer
 * given), a "not observed" answer that is counted apart and never scored.
 */
export type ValueResult = { ok: true; value: number | null; notObserved?: string } | { ok: false; message: string };

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * An answer as given (number, numeric text, or a label in any case) turned into a point on the
 * scale. null, undefined and empty text are missing (value null), never 0.
 *
 * Text is read by one rule: a label (ignoring case and spacing) is its point; other numeric text
 * is that point. A label that is itself a number is matched by value, so "1" and "1.0" read
 * alike; when it is not its own point (labels "1" to "5" on a scale from 0), text that is both a
 * label and a point on the scale is refused as ambiguous rather than guessed. A number (not text)
 * is always a point.
 */
export function parseScaleValue(raw: unknown, scale: Scale): ValueResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: null };
    const key = textKey(text);
    const notObserved = scale.notApplicable.find((answer) => textKey(answer) === key);
    if (notObserved !== undefined) return { ok: true, value: null, notObserved };
    const label = scale.labels.findIndex((l) => textKey(l) === key);
    if (!NUMBER.test(text)) {
      if (label >= 0) return { ok: true, value: scale.min + label };
      // An answer in the source's language, when the questionnaire is read through a translation.
      const sourceLabel = scale.sourceLabels?.findIndex((l) => textKey(l) === key) ?? -1;
      if (sourceLabel >= 0) return { ok: true, value: scale.min + sourceLabel };
      const sourceNotObserved = scale.sourceNotApplicable?.findIndex((answer) => textKey(answer) === key) ?? -1;
      if (sourceNotObserved >= 0 && scale.notApplicable[sourceNotObserved] !== undefined) return { ok: true, value: null, notObserved: scale.notApplicable[sourceNotObserved] };
      return { ok: false, message: say('inputs.value.notOnScale', { text, min: String(scale.min), max: String(scale.max), labels: [...scale.labels, ...scale.notApplicable].map((l) => `"${l}"`).join(', ') }) };
    }
    const number = Number(text);
    const labelled = label >= 0 ? label : scale.labels.findIndex((l) => NUMBER.test(l.trim()) && Number(l) === number);
    if (labelled < 0) return parseScaleValue(number, scale);
    const point = scale.min + labelled;
    if (Number.isInteger(number) && number >= scale.min && number <= scale.max && number !== point) {
      return {
        ok: false,
        message: say('inputs.value.ambiguous', { text, point: String(point), number: String(number), min: String(scale.min), max: String(scale.max) }),
      };
    }
    return { ok: true, value: point };
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= scale.min && raw <= scale.max) return { ok: true, value: raw };
    return { ok: false, message: say('inputs.value.offScale', { value: String(raw), min: String(scale.min), max: String(scale.max) }) };
  }
  return { ok: false, message: say('inputs.value.expected', { min: String(scale.min), max: String(scale.max), labels: scale.labels.map((l) => `"${l}"`).join(', '), given: givenValue(raw) }) };
}

/** A value from a file as a message names it: "the number 3", "true", "a list", "the text "x"". */
export function givenValue(raw: unknown): string {
  if (raw === null || raw === undefined) return say('inputs.value.nothing');
  if (Array.isArray(raw)) return raw.length === 0 ? say('inputs.value.emptyList') : say('inputs.value.list');
  if (typeof raw === 'object') return say('inputs.value.mapping');
  if (typeof raw === 'number') return say('inputs.value.number', { number: String(raw) });
  if (typeof raw === 'string') return say('inputs.value.text', { text: JSON.stringify(shortened(raw)) });
  return String(raw);
}
