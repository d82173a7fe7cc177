import { parseScaleValue, type ValueResult } from '../answers/value.js';
import type { Scale } from '../questionnaire/model.js';

/** Distinct cells remembered per scale: enough for every label in the spellings a survey tool writes. */
const REMEMBERED_CELLS = 256;

/**
 * parseScaleValue for one scale, made fast for the cells a survey export is full of (a label or a
 * whole number, the same few texts over and over): a one-digit number is read from its character
 * code, and any other cell's result is remembered, so a label is normalised once per file rather
 * than once per cell and no result object is made per cell. Everything is first read by
 * parseScaleValue itself, so the results and messages are always its own.
 */
export function scaleReader(scale: Scale): (cell: string) => ValueResult {
  const digits: ValueResult[] = [];
  for (let d = 0; d <= 9; d++) digits.push(Object.freeze(parseScaleValue(String(d), scale)));
  const remembered = new Map<string, ValueResult>();
  return (cell) => {
    if (cell.length === 1) {
      const digit = cell.charCodeAt(0) - 48;
      if (digit >= 0 && digit <= 9) return digits[digit]!;
    }
    const known = remembered.get(cell);
    if (known !== undefined) return known;
    const result = Object.freeze(parseScaleValue(cell, scale));
    // Bounded, so a column of free text cannot fill memory; past the bound cells are read afresh.
    if (remembered.size < REMEMBERED_CELLS) remembered.set(cell, result);
    return result;
  };
}
