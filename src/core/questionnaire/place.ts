import type { Path } from '../yaml-source.js';
import type { MessageKey } from '../i18n/en.js';
import { say } from '../i18n/voice.js';

/** What one entry of each list in a questionnaire is called, counted from 1 for the reader. */
const ENTRY: Readonly<Record<string, MessageKey>> = {
  themes: 'authoring.place.theme',
  facets: 'authoring.place.facet',
  items: 'authoring.place.item',
  bands: 'authoring.place.band',
  resources: 'authoring.place.resource',
  labels: 'authoring.place.label',
  not_applicable: 'authoring.place.notObserved',
  questions: 'authoring.place.question',
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
      const entry = say(ENTRY[String(parent)] ?? 'authoring.place.entry');
      const number = String(segment + 1);
      parts.push(id === undefined ? say('authoring.place.numbered', { entry, number }) : say('authoring.place.numberedId', { entry, number, id }));
    } else if (parent === 'scales' && depth === 1) parts.push(say('authoring.place.scale', { name: String(segment) }));
    else if (parent === 'reflections') parts.push(say('authoring.place.reflections', { band: String(segment) }));
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
