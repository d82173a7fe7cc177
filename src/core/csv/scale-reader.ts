import { parseScaleValue, type ValueResult } from '../answers/value.js';
import type { Scale } from '../questionnaire/model.js';

/**
 * parseScaleValue for one scale, made fast for the cells a survey export is full of (a label or a
 * whole number): labels are looked up in a map built once instead of normalised per cell. Anything
 * else goes to parseScaleValue itself, so the results and messages are always its own.
 */
export function scaleReader(scale: Scale): (cell: string) => ValueResult {
  const labels = new Map<string, number>();
  scale.labels.forEach((label, index) => {
    const key = label.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!labels.has(key)) labels.set(key, scale.min + index); // the first of equal labels wins, as in parseScaleValue
  });
  return (cell) => {
    const text = cell.trim();
    if (text === '') return { ok: true, value: null };
    const label = labels.get(text.toLowerCase());
    if (label !== undefined) return { ok: true, value: label };
    if (/^\d{1,6}$/.test(text)) {
      const value = Number(text);
      if (value >= scale.min && value <= scale.max) return { ok: true, value };
    }
    return parseScaleValue(cell, scale);
  };
}
