import type { Scale } from '../questionnaire/model.js';
import { textKey } from '../text-key.js';

export type ValueResult = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * An answer as given (number, numeric text, or a label in any case) turned into a point on the
 * scale. null, undefined and empty text are missing (value null), never 0.
 */
export function parseScaleValue(raw: unknown, scale: Scale): ValueResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: null };
    const index = scale.labels.findIndex((l) => textKey(l) === textKey(text));
    if (index >= 0) return { ok: true, value: scale.min + index };
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return parseScaleValue(Number(text), scale);
    return { ok: false, message: `"${text}" is not on the scale: use ${scale.min} to ${scale.max} or one of ${scale.labels.map((l) => `"${l}"`).join(', ')}` };
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= scale.min && raw <= scale.max) return { ok: true, value: raw };
    return { ok: false, message: `${raw} is off the scale: use a whole number from ${scale.min} to ${scale.max}` };
  }
  return { ok: false, message: `expected a whole number from ${scale.min} to ${scale.max} or one of ${scale.labels.map((l) => `"${l}"`).join(', ')}; got ${givenValue(raw)}` };
}

/** A value from a file as a message names it: "the number 3", "true", "a list", "the text "x"". */
export function givenValue(raw: unknown): string {
  if (raw === null || raw === undefined) return 'nothing';
  if (Array.isArray(raw)) return raw.length === 0 ? 'an empty list' : 'a list';
  if (typeof raw === 'object') return 'a mapping';
  if (typeof raw === 'number') return `the number ${raw}`;
  if (typeof raw === 'string') return `the text ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 39)}…` : raw)}`;
  return String(raw);
}
