/**
 * Sums of doubles kept exactly, so that sums of rows gathered apart and added up are those of the
 * rows one by one, to the last bit, in any order (as the integer sums of PairwiseTally are). Each
 * value is put on a grid of 2^-64 (rounded there: a value on it, as every score of a few answers
 * is, exactly) and added as four 32-bit limbs, 2^32, 1, 2^-32 and 2^-64, each limb a double that
 * stays an exact integer: the limbs are carried every 2^20 additions, long before one could pass
 * 2^53. A value's own rounding (a product, say) is the row's, the same however the rows are grouped.
 */
const LIMBS = 4;
const TWO32 = 2 ** 32;
const INVERSE32 = 2 ** -32;
/** Values of at most 2^62 in magnitude fit the top limb with room for 2^20 additions. */
const LIMIT = 2 ** 62;
const CARRY_EVERY = 2 ** 20;

export class FixedSums {
  readonly size: number;
  private readonly limbs: Float64Array;
  /** Additions since the last carry: none, and every limb is carried (exact() is asked once per sum). */
  private additions = 0;

  constructor(size: number) {
    this.size = size;
    this.limbs = new Float64Array(size * LIMBS);
  }

  /** Adds `value` (finite, |value| <= 2^62) to sum `index`. */
  add(index: number, value: number): void {
    if (!(value >= -LIMIT && value <= LIMIT)) throw new RangeError(`cannot sum ${value} exactly`);
    const at = index * LIMBS;
    const limbs = this.limbs;
    // Each step is exact on the magnitude: a floor of it times a power of two, and a remainder below it.
    const sign = value < 0 ? -1 : 1;
    const magnitude = sign * value;
    let rest = magnitude;
    // Most values (scores, their products) are under 2^32: their top limb is 0, and left as it is.
    if (magnitude >= TWO32) {
      const top = Math.floor(magnitude * INVERSE32);
      rest = magnitude - top * TWO32;
      limbs[at]! += sign * top;
    }
    const units = Math.floor(rest);
    rest = (rest - units) * TWO32;
    const high = Math.floor(rest);
    const low = Math.round((rest - high) * TWO32);
    limbs[at + 1]! += sign * units;
    limbs[at + 2]! += sign * high;
    limbs[at + 3]! += sign * low;
    if (++this.additions >= CARRY_EVERY) this.carry();
  }

  /** Adds another set of sums of the same size. */
  merge(other: FixedSums): void {
    this.settle();
    other.settle();
    for (let i = 0; i < this.limbs.length; i++) this.limbs[i]! += other.limbs[i]!;
    this.carry();
  }

  /** Sum `index` exactly, as a BigInt count of 2^-64. */
  exact(index: number): bigint {
    this.settle();
    const at = index * LIMBS;
    let total = 0n;
    for (let l = 0; l < LIMBS; l++) total = (total << 32n) + BigInt(this.limbs[at + l]!);
    return total;
  }

  /** Sum `index`, rounded once to a double. */
  value(index: number): number {
    return scaledToNumber(this.exact(index), 64);
  }

  /** Carries, unless nothing was added since the last carry. */
  private settle(): void {
    if (this.additions > 0) this.carry();
  }

  /** Carries each limb's overflow into the one above: every limb but the top in [0, 2^32), the top signed. */
  private carry(): void {
    const limbs = this.limbs;
    for (let at = 0; at < limbs.length; at += LIMBS) {
      for (let l = LIMBS - 1; l > 0; l--) {
        const over = Math.floor(limbs[at + l]! * INVERSE32);
        if (over !== 0) {
          limbs[at + l]! -= over * TWO32;
          limbs[at + l - 1]! += over;
        }
      }
    }
    this.additions = 0;
  }
}

/** The double nearest to value * 2^-bits. */
export function scaledToNumber(value: bigint, bits: number): number {
  if (value === 0n) return 0;
  const negative = value < 0n;
  let magnitude = negative ? -value : value;
  let exponent = -bits;
  // Keep 64 significant bits and a sticky bit, so that one conversion rounds as the true value.
  const length = magnitude.toString(2).length;
  if (length > 64) {
    const drop = BigInt(length - 64);
    const kept = magnitude >> drop;
    const sticky = kept << drop !== magnitude ? 1n : 0n;
    magnitude = kept | sticky;
    exponent += length - 64;
  }
  const result = Number(magnitude) * 2 ** exponent;
  return negative ? -result : result;
}
