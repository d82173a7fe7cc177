/**
 * Records keyed by ids, labels and names from files. A plain `{}` inherits from Object.prototype,
 * so an item called "constructor" or "toString" would find a function there before it is ever
 * answered; these records have no prototype, and reads look at their own keys only, so such names
 * are keys like any other. (New code keeps such keys in a Map; records remain where the data is
 * written out as JSON.)
 */
export type Dictionary<T> = Record<string, T>;

/** An empty record with no prototype, or one holding `entries`. */
export function dictionary<T>(entries: Iterable<readonly [string, T]> = []): Dictionary<T> {
  const record: Dictionary<T> = Object.create(null);
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** A copy with no prototype of `record`'s own entries. */
export function copyDictionary<T>(record: Readonly<Dictionary<T>>): Dictionary<T> {
  return dictionary(Object.entries(record));
}

/** The value at `key` when it is `record`'s own, else undefined, whatever the record's prototype. */
export function ownValue<T>(record: Readonly<Dictionary<T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
