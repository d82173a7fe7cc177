export interface Frequencies {
  /** Each value that occurs -> how many times, in ascending order of value. */
  counts: Map<number, number>;
  missing: number;
}

/** How often each value occurs among the values (NaN = missing), and how often one is missing. */
export function responseFrequencies(values: ArrayLike<number>): Frequencies {
  const tally = new Map<number, number>();
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) missing++;
    else tally.set(v, (tally.get(v) ?? 0) + 1);
  }
  return { counts: new Map([...tally].sort((a, b) => a[0] - b[0])), missing };
}
