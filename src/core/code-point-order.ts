/**
 * Compares two strings by code point, for sorts whose order must not depend on the locale (file
 * names, group names, keys): the same order on every machine.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
