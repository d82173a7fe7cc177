import { IntColumns } from '../stats/int-columns.js';

/** A missing answer in its half byte; an answer is kept as its distance from its scale's first point (a scale has at most 11). */
const MISSING = 15;

/**
 * Respondents kept one by one, compactly: their raw answers half a byte each, and a few whole
 * numbers about each (`fields`: their row number, group...). For the rows a report decides on one
 * at a time (a 360's raters, a self-rating a subject may claim by name, rows printed per
 * respondent); they are scored again when their figures are wanted, by the same arithmetic, so
 * their figures are the same.
 */
export class AnswerRows {
  readonly width: number;
  private readonly mins: Int32Array;
  private readonly answers: IntColumns<Uint8Array>;
  private readonly fields: IntColumns<Int32Array>;

  /** `mins`: each answer's scale's first point, in the order of the answers. */
  constructor(mins: Int32Array, fieldCount: number) {
    this.width = mins.length;
    this.mins = mins;
    this.answers = new IntColumns(Math.max(1, Math.ceil(this.width / 2)), (n) => new Uint8Array(n));
    this.fields = new IntColumns(fieldCount, (n) => new Int32Array(n));
  }

  get size(): number {
    return this.answers.size;
  }

  /** Keeps a respondent's raw answers (NaN: skipped) and their fields; returns their index here. */
  push(raw: Float64Array, ...fields: number[]): number {
    for (let i = 0; i < this.width; i++) {
      const point = raw[i]! - this.mins[i]!;
      if (point === point && !(Number.isInteger(point) && point >= 0 && point < MISSING)) throw new RangeError(`answer ${raw[i]} is not a scale point`);
    }
    const at = this.answers.push();
    this.fields.push();
    const { chunk, start } = this.answers.place(at);
    for (let i = 0; i < this.width; i++) {
      const point = raw[i]! - this.mins[i]!;
      const code = point === point ? point : MISSING;
      chunk[start + (i >> 1)]! |= i & 1 ? code << 4 : code;
    }
    fields.forEach((value, f) => this.fields.set(at, f, value));
    return at;
  }

  /** Writes the raw answers of respondent `index` into `raw` (NaN: skipped). */
  answersOf(index: number, raw: Float64Array): Float64Array {
    const { chunk, start } = this.answers.place(index);
    for (let i = 0; i < this.width; i++) {
      const code = (chunk[start + (i >> 1)]! >> (i & 1 ? 4 : 0)) & 15;
      raw[i] = code === MISSING ? NaN : this.mins[i]! + code;
    }
    return raw;
  }

  field(index: number, field: number): number {
    return this.fields.get(index, field);
  }
}
