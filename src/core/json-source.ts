import { placeAt } from './line-start.js';
import { LIMITS } from './yaml-limits.js';
import type { Path, YamlSource } from './yaml-source.js';

/** A value's place in the text: what it is, where it starts, and where its key does (in a mapping). */
interface Place {
  kind: 'mapping' | 'sequence' | 'scalar';
  at: number;
  keyAt?: number;
}

/** Keys in a JSON text past which parseYamlSource may differ (YAML's implicit keys end at 1,024 characters). */
const MAX_KEY_LENGTH = 1000;
const MAX_DEPTH = 32;

/**
 * A JSON mapping read as parseYamlSource reads it (the same value, no problems, the same places),
 * without yaml, whose 260 KB take longer to load than a saved result takes to score: undefined
 * for anything parseYamlSource might read otherwise or find a problem in (not JSON, a duplicate or
 * "__proto__" key, tabs or CRs, deep nesting, a large file), which is then left to it.
 * tests/core/json-source.test.ts compares the two.
 */
export function parseJsonSource(text: string): YamlSource | undefined {
  // Three bytes of UTF-8 at most per UTF-16 unit: within YAML's limit whatever the text.
  if (text.length > LIMITS.maxBytes / 3 || /[\t\r]/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const places = placesOf(text);
  if (!places) return undefined;
  const locate = (path: Path, atKey = false) => {
    let key = '';
    let best = places.get(key)!.at;
    let keyAt: number | undefined;
    let found = true;
    for (const segment of path) {
      const place = places.get(key)!;
      keyAt = undefined;
      const next = place.kind === 'mapping' ? `${key}\0k${String(segment)}` : place.kind === 'sequence' && typeof segment === 'number' ? `${key}\0i${segment}` : undefined;
      const child = next === undefined ? undefined : places.get(next);
      if (child === undefined) {
        found = false;
        break;
      }
      key = next!;
      keyAt = child.keyAt;
      best = child.at;
    }
    return { ...placeAt(text, atKey && found && keyAt !== undefined ? keyAt : best), found };
  };
  // Valid JSON has no syntax error, so no line was misread.
  return { value, problems: [], misread: [], locate };
}

/**
 * Every value's place in a text JSON.parse has read, by its path (keys after \0k, indices after
 * \0i); undefined when a key is repeated, "__proto__" or long, or the nesting deep.
 */
function placesOf(text: string): Map<string, Place> | undefined {
  const places = new Map<string, Place>();
  let i = 0;
  const space = () => {
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a) i++;
  };
  const string = (): string => {
    const start = i++;
    while (text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, depth: number, keyAt?: number): boolean => {
    space();
    const at = i;
    const first = text[i];
    if (first === '{' || first === '[') {
      if (depth > MAX_DEPTH) return false;
      places.set(path, { kind: first === '{' ? 'mapping' : 'sequence', at, ...(keyAt !== undefined ? { keyAt } : {}) });
      i++;
      space();
      const close = first === '{' ? '}' : ']';
      const keys = new Set<string>();
      for (let index = 0; text[i] !== close; index++) {
        space();
        if (first === '{') {
          const childKeyAt = i;
          const key = string();
          if (key === '__proto__' || key.length > MAX_KEY_LENGTH || keys.has(key)) return false;
          keys.add(key);
          space();
          i++; // the colon
          if (!value(`${path}\0k${key}`, depth + 1, childKeyAt)) return false;
        } else if (!value(`${path}\0i${index}`, depth + 1)) return false;
        space();
        if (text[i] === ',') i++;
      }
      i++;
      return true;
    }
    if (first === '"') string();
    else while (i < text.length && !' \n,]}'.includes(text[i]!)) i++;
    places.set(path, { kind: 'scalar', at, ...(keyAt !== undefined ? { keyAt } : {}) });
    return true;
  };
  return value('', 0) ? places : undefined;
}
