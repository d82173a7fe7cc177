import { IntColumns } from '../stats/int-columns.js';

/** A missing answer in an AnswerRows byte; answers are whole scale points from -100 to 110. */
const MISSING = -128;

/**
 * Respondents kept one by one, compactly: their raw answers a byte each, and a few whole numbers
 * about each (`fields`: their row number, group...). For the rows a report decides on one at a time
 * (a 360's raters, a self-rating a subject may claim by name, rows printed per respondent); they are
 * scored again when their figures are wanted, by the same arithmetic, so their figures are the same.
 */
export class AnswerRows {
  readonly width: number;
  private readonly answers: IntColumns<Int8Array>;
  private readonly fields: IntColumns<Int32Array>;

  constructor(width: number, fieldCount: number) {
    this.width = width;
    this.answers = new IntColumns(Math.max(1, width), (n) => new Int8Array(n));
    this.fields = new IntColumns(fieldCount, (n) => new Int32Array(n));
  }

  get size(): number {
    return this.answers.size;
  }

  /** Keeps a respondent's raw answers (NaN: skipped) and their fields; returns their index here. */
  push(raw: Float64Array, ...fields: number[]): number {
    for (let i = 0; i < this.width; i++) {
      const answer = raw[i]!;
      if (answer === answer && !(Number.isInteger(answer) && answer > MISSING && answer <= 127)) throw new RangeError(`answer ${answer} is not a scale point`);
    }
    const at = this.answers.push();
    this.fields.push();
    const { chunk, start } = this.answers.place(at);
    for (let i = 0; i < this.width; i++) {
      const answer = raw[i]!;
      chunk[start + i] = answer === answer ? answer : MISSING;
    }
    fields.forEach((value, f) => this.fields.set(at, f, value));
    return at;
  }

  /** Writes the raw answers of respondent `index` into `raw` (NaN: skipped). */
  answersOf(index: number, raw: Float64Array): Float64Array {
    const { chunk, start } = this.answers.place(index);
    for (let i = 0; i < this.width; i++) {
      const answer = chunk[start + i]!;
      raw[i] = answer === MISSING ? NaN : answer;
    }
    return raw;
  }

  field(index: number, field: number): number {
    return this.fields.get(index, field);
  }
}
