/**
 * How many times each distinct number occurred: person scores and percents, which take few distinct
 * values (a score is a weighted mean of a few answers) however many rows there are. A hash table on
 * the number's bits in typed arrays, so a row costs a probe or two and no allocation; NaN is never
 * counted (it marks an empty slot).
 */
export class ValueCounts {
  private keys = new Float64Array(16).fill(NaN);
  private counts = new Float64Array(16);
  private used = 0;
  private total = 0;

  /** Occurrences counted (every value's count, summed). */
  get n(): number {
    return this.total;
  }

  add(value: number, times = 1): void {
    if (value !== value) throw new RangeError('NaN is not counted');
    if (times === 0) return; // so that every value listed has occurred
    if (2 * (this.used + 1) > this.keys.length) this.rehash(2 * this.keys.length);
    const mask = this.keys.length - 1;
    let slot = hash(value) & mask;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === value && Object.is(key, value)) break;
      if (key !== key) {
        this.keys[slot] = value;
        this.used++;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.counts[slot]! += times;
    this.total += times;
  }

  /** Adds another set's counts to these. */
  merge(other: ValueCounts): void {
    for (let slot = 0; slot < other.keys.length; slot++) {
      const key = other.keys[slot]!;
      if (key === key) this.add(key, other.counts[slot]!);
    }
  }

  /** The distinct values in ascending order (-0 before 0), with their counts. */
  sorted(): { values: Float64Array; counts: Float64Array } {
    const order: number[] = [];
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] === this.keys[slot]) order.push(slot);
    order.sort((a, b) => this.keys[a]! - this.keys[b]! || (Object.is(this.keys[a], -0) ? -1 : 1));
    return { values: Float64Array.from(order, (slot) => this.keys[slot]!), counts: Float64Array.from(order, (slot) => this.counts[slot]!) };
  }

  private rehash(capacity: number): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(capacity).fill(NaN);
    this.counts = new Float64Array(capacity);
    this.used = 0;
    this.total = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] === keys[slot]) this.add(keys[slot]!, counts[slot]!);
  }
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

function hash(value: number): number {
  bits[0] = value;
  return Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b) >>> 7;
}
