/**
 * The built-in self forms and their observer forms, each way: a preview of either shows both side
 * by side. The content tests check these pairs line up (same item ids, scales, keying, themes).
 */
const BUILT_IN_PAIRS: ReadonlyMap<string, string> = new Map([
  ['systems-leadership', 'systems-leadership-observer'],
  ['systems-leadership-observer', 'systems-leadership'],
]);

/** The id of the other form of a questionnaire's known pair, if it has one. */
export function knownPair(id: string): string | undefined {
  return BUILT_IN_PAIRS.get(id);
}
