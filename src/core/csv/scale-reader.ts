import { parseScaleValue, type ValueResult } from '../answers/value.js';
import type { Scale } from '../questionnaire/model.js';
import { textKey } from '../text-key.js';
import type { MappedPoint } from './export-map.js';

/** Distinct cells remembered per scale: enough for every label in the spellings a survey tool writes. */
const REMEMBERED_CELLS = 256;
/** Cells shorter than this are first looked for among the first SAME_LENGTH remembered of their length. */
const SHORT_CELL = 64;
const SAME_LENGTH = 8;

/**
 * parseScaleValue for one scale, made fast for the cells a survey export is full of (a label or a
 * whole number, the same few texts over and over): a one-digit number is read from its character
 * code, and any other cell's result is remembered, so a label is normalised once per file rather
 * than once per cell and no result object is made per cell. A cell is first looked up (by textKey)
 * in `mapped`, an export map's values (see export-map.ts), so that an export's own coding ("A1",
 * a 0-based "0") wins over the scale's numbers and labels; any other is read by parseScaleValue
 * itself, so the results and messages are always its own.
 */
export interface ScaleReader {
  (cell: string): ValueResult;
  /** The same for the cell text.slice(start, end), made into a string only when not one of the digits or texts already compared directly. */
  at(text: string, start: number, end: number): ValueResult;
}

export function scaleReader(scale: Scale, mapped?: ReadonlyMap<string, MappedPoint>): ScaleReader {
  const read = (cell: string): ValueResult => {
    const point = mapped?.get(textKey(cell));
    if (point === undefined) return Object.freeze(parseScaleValue(cell, scale));
    // A not-observed answer as the scale spells it (the map is checked to name one of them).
    if (typeof point === 'string') return Object.freeze({ ok: true, value: null, notObserved: scale.notApplicable.find((answer) => textKey(answer) === textKey(point)) ?? point });
    return Object.freeze({ ok: true, value: point });
  };
  const digits: ValueResult[] = [];
  for (let d = 0; d <= 9; d++) digits.push(read(String(d)));
  const remembered = new Map<string, ValueResult>();
  // The first few cells of each short length remembered, by length, as cell and result one after
  // the other: a label is found by comparing it with a few texts, which costs about half of
  // hashing it for the map (a cell is a new string every time, its hash never yet worked out).
  const byLength: (string | ValueResult)[][] = [];
  /** A cell not among the digits and short texts compared directly: looked up, else read and remembered. */
  const slow = (cell: string): ValueResult => {
    const known = remembered.get(cell);
    if (known !== undefined) return known;
    const result = read(cell);
    // Bounded, so a column of free text cannot fill memory; past the bound cells are read afresh.
    if (remembered.size < REMEMBERED_CELLS) {
      remembered.set(cell, result);
      const length = cell.length;
      if (length < SHORT_CELL) {
        const list = byLength[length] ?? [];
        byLength[length] = list;
        if (list.length < 2 * SAME_LENGTH) list.push(cell, result);
      }
    }
    return result;
  };
  const at = (text: string, start: number, end: number): ValueResult => {
    const length = end - start;
    if (length === 1) {
      const digit = text.charCodeAt(start) - 48;
      if (digit >= 0 && digit <= 9) return digits[digit]!;
    }
    const same = length < SHORT_CELL ? byLength[length] : undefined;
    if (same !== undefined) for (let i = 0; i < same.length; i += 2) if (text.startsWith(same[i] as string, start)) return same[i + 1] as ValueResult;
    return slow(text.slice(start, end));
  };
  const reader = (cell: string): ValueResult => at(cell, 0, cell.length);
  return Object.assign(reader, { at });
}
