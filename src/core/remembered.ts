/** Texts, layouts and the like a memory holds at the most before it forgets them all. */
const MOST_KEPT = 4096;

/**
 * What `make` made for each key, remembered for the next call: a batch of reports (`score
 * --out-dir`) escapes, wraps and lays out the same questionnaire texts (titles, band labels,
 * descriptions, items) for every person. Emptied when it holds `max` keys, so that each person's
 * own texts cannot make it grow with the respondents; a lookup of the same string costs less than
 * making it again, as V8 keeps a string's hash.
 */
export function rememberedBy<T>(max = MOST_KEPT): (key: string, make: () => T) => T {
  const made = new Map<string, T>();
  return (key, make) => {
    let result = made.get(key);
    if (result === undefined) {
      result = make();
      if (made.size >= max) made.clear();
      made.set(key, result);
    }
    return result;
  };
}

/** A function of a text whose results are remembered, as rememberedBy remembers them. */
export function remembered(make: (text: string) => string, max = MOST_KEPT): (text: string) => string {
  const memory = rememberedBy<string>(max);
  return (text) => memory(text, () => make(text));
}

/**
 * What `make` made for each owner (a questionnaire's bands) and key (a chart's height or shape),
 * held as long as the owner is: every report of a batch draws the same few from the same bands.
 */
export function rememberedFor<O extends object, T>(): (owner: O, key: string, make: () => T) => T {
  const made = new WeakMap<O, Map<string, T>>();
  return (owner, key, make) => {
    let byKey = made.get(owner);
    if (byKey === undefined) {
      byKey = new Map();
      made.set(owner, byKey);
    }
    let result = byKey.get(key);
    if (result === undefined) {
      result = make();
      byKey.set(key, result);
    }
    return result;
  };
}
