/**
 * The mean and sample variance of numbers given as distinct values with counts, computed exactly
 * (every double is an integer times a power of two, so sums of them are exact in BigInt) and
 * rounded once at the end: the same figures whatever order the values came in, so figures
 * gathered per group and added up are those of the rows one by one.
 */

interface Scaled {
  /** value = mantissa * 2^exponent exactly. */
  mantissa: bigint;
  exponent: number;
}

const view = new DataView(new ArrayBuffer(8));

function scaled(value: number): Scaled {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | 0x10000000000000n;
  return { mantissa: bits >> 63n === 1n ? -mantissa : mantissa, exponent: (biased === 0 ? 1 : biased) - 1075 };
}

/** The double nearest (ties to even) to numerator / denominator * 2^exponent, for a positive denominator. */
function nearest(numerator: bigint, denominator: bigint, exponent: number): number {
  if (numerator === 0n) return 0;
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  // A quotient of 64+ bits with a sticky bit for any remainder rounds exactly as the true ratio.
  const shift = Math.max(0, 66 + denominator.toString(2).length - magnitude.toString(2).length);
  const scaledNumerator = magnitude << BigInt(shift);
  let quotient = scaledNumerator / denominator;
  if (quotient * denominator !== scaledNumerator) quotient |= 1n;
  const result = Number(quotient) * 2 ** (exponent - shift);
  return negative ? -result : result;
}

/** The exponent every part can be written at as an integer; zeros, which are 0 at any, aside. */
function lowestExponent(parts: readonly Scaled[]): number {
  let low = 0;
  for (const p of parts) if (p.mantissa !== 0n && p.exponent < low) low = p.exponent;
  return low;
}

/** The mean of `values[i]` taken `counts[i]` times (counts are whole numbers); NaN for none. */
export function exactMean(values: ArrayLike<number>, counts: ArrayLike<number>): number {
  const parts = Array.from(values, scaled);
  const low = lowestExponent(parts);
  let sum = 0n;
  let n = 0;
  parts.forEach((p, i) => {
    sum += (p.mantissa * BigInt(counts[i]!)) << BigInt(p.exponent - low);
    n += counts[i]!;
  });
  return n === 0 ? NaN : nearest(sum, BigInt(n), low);
}

/** The sum of squared deviations from `mean` over the values with their counts, divided by n - 1. */
export function exactSampleVariance(values: ArrayLike<number>, counts: ArrayLike<number>, mean: number): number {
  const centre = scaled(mean);
  const parts = Array.from(values, scaled);
  const low = lowestExponent([centre, ...parts]);
  const c = centre.mantissa << BigInt(centre.exponent - low);
  let squares = 0n;
  let n = 0;
  parts.forEach((p, i) => {
    const deviation = (p.mantissa << BigInt(p.exponent - low)) - c;
    squares += deviation * deviation * BigInt(counts[i]!);
    n += counts[i]!;
  });
  return n < 2 ? NaN : nearest(squares, BigInt(n - 1), 2 * low);
}
