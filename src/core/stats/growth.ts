/** Typed arrays that grow as rows are added, doubling so that the copying stays linear in the rows. */
type Growable = Int8Array | Int32Array | Uint8Array | Float64Array;

/** `array` if it has room for `needed` entries, else a copy at least twice as long. */
export function withRoom<T extends Growable>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(needed, 2 * array.length));
  grown.set(array);
  return grown;
}
