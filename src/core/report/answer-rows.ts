import { withRoom } from '../stats/growth.js';

/** A missing answer in an AnswerRows byte; answers are whole scale points from -100 to 110. */
const MISSING = -128;

/**
 * Respondents kept one by one, compactly: their raw answers a byte each, their row number and
 * their --group-by group. For the rows a report decides on one at a time (a 360's raters, a
 * self-rating a subject may claim by name, rows printed per respondent); they are scored again
 * when their figures are wanted, by the same arithmetic, so their figures are the same.
 */
export class AnswerRows {
  readonly width: number;
  private answers: Int8Array;
  private rowNumbers = new Int32Array(64);
  private groups = new Int32Array(64);
  private count = 0;

  constructor(width: number) {
    this.width = width;
    this.answers = new Int8Array(64 * Math.max(1, width));
  }

  get size(): number {
    return this.count;
  }

  /** Keeps a respondent's raw answers (NaN: skipped); returns their index here. */
  push(raw: Float64Array, rowNumber: number, group: number): number {
    const at = this.count++;
    this.answers = withRoom(this.answers, this.count * this.width);
    this.rowNumbers = withRoom(this.rowNumbers, this.count);
    this.groups = withRoom(this.groups, this.count);
    const start = at * this.width;
    for (let i = 0; i < this.width; i++) {
      const answer = raw[i]!;
      if (answer !== answer) this.answers[start + i] = MISSING;
      else if (Number.isInteger(answer) && answer > MISSING && answer <= 127) this.answers[start + i] = answer;
      else throw new RangeError(`answer ${answer} is not a scale point`);
    }
    this.rowNumbers[at] = rowNumber;
    this.groups[at] = group;
    return at;
  }

  /** Writes the raw answers of respondent `index` into `raw` (NaN: skipped). */
  answersOf(index: number, raw: Float64Array): Float64Array {
    const start = index * this.width;
    for (let i = 0; i < this.width; i++) {
      const answer = this.answers[start + i]!;
      raw[i] = answer === MISSING ? NaN : answer;
    }
    return raw;
  }

  /** The respondent's row among all of their form's, from 0. */
  rowNumber(index: number): number {
    return this.rowNumbers[index]!;
  }

  group(index: number): number {
    return this.groups[index]!;
  }
}
