/**
 * A copy of a text that shares no memory with the text it was cut from. A string cut from a larger
 * one (a CSV cell from its 64 KB chunk) may be kept by V8 as a slice of it, so keeping the cell keeps
 * the whole chunk; the concatenation is a new string, and slicing it flattens that new string alone.
 */
export function detachedText(text: string): string {
  return ` ${text}`.slice(1);
}
