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
    if (fieldCount > 5) throw new RangeError(`${fieldCount} fields: at most 5`);
    this.fields = new IntColumns(fieldCount, (n) => new Int32Array(n));
  }

  get size(): number {
    return this.answers.size;
  }

  /**
   * Keeps a respondent's raw answers (NaN: skipped) and their fields (as many as it was made with,
   * at most 5, in order); returns their index here. Fields as arguments, not an array: no array per row.
   */
  push(raw: Float64Array, f0: number, f1 = 0, f2 = 0, f3 = 0, f4 = 0): number {
    const { width, mins } = this;
    for (let i = 0; i < width; i++) {
      const point = raw[i]! - mins[i]!;
      if (point === point && !(Number.isInteger(point) && point >= 0 && point < MISSING)) throw new RangeError(`answer ${raw[i]} is not a scale point`);
    }
    const at = this.answers.push();
    this.fields.push();
    const { chunk, start } = this.answers.place(at);
    for (let i = 0; i < width; i++) {
      const point = raw[i]! - mins[i]!;
      const code = point === point ? point : MISSING;
      chunk[start + (i >> 1)]! |= i & 1 ? code << 4 : code;
    }
    const { chunk: fields, start: first } = this.fields.place(at);
    const count = this.fields.width;
    if (count > 0) fields[first] = f0;
    if (count > 1) fields[first + 1] = f1;
    if (count > 2) fields[first + 2] = f2;
    if (count > 3) fields[first + 3] = f3;
    if (count > 4) fields[first + 4] = f4;
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
