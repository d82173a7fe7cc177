import type { Path } from '../yaml-source.js';

/** What one entry of each list in a questionnaire is called, counted from 1 for the reader. */
const ENTRY: Readonly<Record<string, string>> = {
  themes: 'theme',
  facets: 'facet',
  items: 'item',
  bands: 'band',
  resources: 'resource',
  labels: 'label',
  not_applicable: '"not observed" answer',
  questions: 'question',
};

/**
 * Where a path points in a questionnaire, in the words of someone reading the file: "theme 4
 * (mindset), item 1 (mp1), keyed", never `themes[3].items[0].keyed`. Entries are counted from 1 and
 * named by their id when they have one.
 */
export function placeIn(root: unknown, path: Path): string {
  const parts: string[] = [];
  let value = root;
  let parent: PropertyKey | undefined;
  path.forEach((segment, depth) => {
    const next = child(value, segment);
    if (typeof segment === 'number') {
      const id = idOf(next);
      parts.push(`${ENTRY[String(parent)] ?? 'entry'} ${segment + 1}${id === undefined ? '' : ` (${id})`}`);
    } else if (parent === 'scales' && depth === 1) parts.push(`scale "${String(segment)}"`);
    else if (parent === 'reflections') parts.push(`reflections for band "${String(segment)}"`);
    else if (!isContainer(segment, next) || depth === path.length - 1) parts.push(String(segment));
    parent = segment;
    value = next;
  });
  return parts.join(', ');
}

/** A list or mapping of named entries, said by the entry that follows it. */
function isContainer(segment: PropertyKey, value: unknown): boolean {
  if (segment === 'scales' || segment === 'reflections') return value !== null && typeof value === 'object' && !Array.isArray(value);
  return Object.hasOwn(ENTRY, segment) && Array.isArray(value);
}

function child(value: unknown, segment: PropertyKey): unknown {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
  return (value as Record<PropertyKey, unknown>)[segment];
}

function idOf(value: unknown): string | undefined {
  const id = child(value, 'id');
  return typeof id === 'string' && id.length <= 40 ? id : undefined;
}
