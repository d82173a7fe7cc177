/** Patterns counted at most: a theme of 6 items on 5 points (6^6 = 46,656) fits; a larger one is tallied row by row. */
const MAX_PATTERNS = 1 << 16;

/**
 * How many rows gave each pattern of answers to a few items on small scales (each item answered at
 * one of its points, or skipped), so that a tally folds in a million rows as a million counts and
 * works out its sums once per pattern seen. Only worth it for many rows: the table is made once
 * the rows counted reach half its size (up to then, and for every row off the scale, `add` says
 * no and the caller folds the row in itself), so a small group never pays for it.
 */
export class PatternCounts {
  private readonly mins: Int32Array;
  private readonly radix: Int32Array;
  private readonly patterns: number;
  private counts: Uint32Array | undefined;
  private rowsBefore = 0;
  private readonly values: Float64Array;

  /** Per item: its scale's lowest point and number of points. */
  constructor(mins: Int32Array, points: Int32Array) {
    this.mins = mins;
    this.radix = Int32Array.from(points, (p) => p + 1);
    let patterns = 1;
    for (const r of this.radix) patterns = Math.min(patterns * r, MAX_PATTERNS + 1);
    this.patterns = patterns;
    this.values = new Float64Array(mins.length);
  }

  /**
   * Counts the pattern of item c's value at `values[positions[c]]` (NaN: skipped); false when the
   * row is not counted (the table not made yet, or a value off its scale).
   */
  add(values: Float64Array, positions: Int32Array): boolean {
    let counts = this.counts;
    if (counts === undefined) {
      if (this.patterns > MAX_PATTERNS || ++this.rowsBefore < this.patterns / 2) return false;
      counts = this.counts = new Uint32Array(this.patterns);
    }
    const { mins, radix } = this;
    let pattern = 0;
    for (let c = 0; c < radix.length; c++) {
      const x = values[positions[c]!]!;
      let code = 0;
      if (x === x) {
        code = x - mins[c]! + 1;
        if (!(code >= 1 && code < radix[c]! && (code | 0) === code)) return false;
      }
      pattern = pattern * radix[c]! + code;
    }
    // A count kept under 2^32: before it would wrap, the patterns are given out (see drain).
    if (counts[pattern] === 0xffffffff) return false;
    counts[pattern]!++;
    return true;
  }

  /** Gives each pattern counted, as item values in order (NaN: skipped) with its count, and forgets them. The values array is reused. */
  drain(each: (values: Float64Array, times: number) => void): void {
    const counts = this.counts;
    if (counts === undefined) return;
    const { mins, radix, values } = this;
    for (let pattern = 0; pattern < counts.length; pattern++) {
      const times = counts[pattern]!;
      if (times === 0) continue;
      let rest = pattern;
      for (let c = radix.length - 1; c >= 0; c--) {
        const code = rest % radix[c]!;
        rest = (rest - code) / radix[c]!;
        values[c] = code === 0 ? NaN : mins[c]! + code - 1;
      }
      each(values, times);
    }
    counts.fill(0);
  }
}
