import { textKey } from '../text-key.js';
import { z } from 'zod';
import { bandSchema, QUESTIONNAIRE_LIMITS, scaleSchema, themeSchema, type BandDoc, type ItemDoc, type ThemeDoc } from './schema.js';
import { wellKnownColumn, type WellKnown } from '../csv/well-known.js';
import type { MessageKey } from '../i18n/en.js';
import { say } from '../i18n/voice.js';
import { sayAgain, type Problem, type SaidValues } from '../problem.js';

const COLUMN_WORDS: Record<WellKnown, MessageKey> = {
  respondent: 'authoring.rules.column.respondent',
  subject: 'authoring.rules.column.subject',
  role: 'authoring.rules.column.role',
  started: 'authoring.rules.column.started',
  completed: 'authoring.rules.column.completed',
};

export type Path = readonly (string | number)[];

/** A problem found by a rule, located by its path in the document. */
export interface Finding {
  path: Path;
  severity: 'error' | 'warning';
  message: string;
  /** Point at the key rather than its value (e.g. an unknown key). */
  atKey?: boolean;
  /** The message as data, said again where it is shown (a warning: see Problem.said). */
  said?: Problem['said'];
}

/** What the rules read of a value that may not match the schema: a mapping, a list, a text. */
type Fields = Readonly<Record<string, unknown>>;
const fields = (v: unknown): Fields | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : undefined);
const list = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Rules that need the whole document: ids, cross-references, bands, and lints. They read the value
 * as parsed, valid or not, so that a file's wrong names are reported with its schema errors, in
 * one pass: names (of scales, bands, resources, themes, facets and items) are taken wherever they
 * are text, and a rule about a part's content runs only on parts that match the schema.
 */
export function checkRules(value: unknown): Finding[] {
  const out: Finding[] = [];
  const error = (path: Path, message: string, atKey = false) => out.push({ path, severity: 'error', message, atKey });
  // A warning is kept as data and said again where it is shown: a questionnaire is validated before the language it chooses is spoken.
  const warn: Warn = (path, key, values, atKey = false) => out.push({ path, severity: 'warning', message: sayAgain(key, values), atKey, said: values === undefined ? { key } : { key, values } });
  const doc = fields(value) ?? {};
  if (typeof doc.pairs_with === 'string') {
    if (doc.form !== 'observer') error(['pairs_with'], say('authoring.rules.pairsWithNotObserver'), true);
    else if (doc.pairs_with === doc.id) error(['pairs_with'], say('authoring.rules.pairsWithItself'));
  }

  // A name can be said to be unknown only when the names of its kind could be read.
  const scales = fields(doc.scales);
  const scaleNames = scales && new Set(Object.keys(scales));
  const scaleRef = (path: Path, name: unknown) => {
    if (scaleNames && typeof name === 'string' && !scaleNames.has(name)) error(path, say('authoring.rules.unknownScale', { name, known: known(scaleNames) }));
  };
  scaleRef(['default_scale'], doc.default_scale);
  for (const [name, raw] of Object.entries(scales ?? {})) {
    const parsed = scaleSchema.safeParse(raw);
    if (parsed.success) checkScale(name, parsed.data, error);
  }
  scaleRef(['importance', 'scale'], fields(doc.importance)?.scale);

  const bands = list(doc.bands);
  const bandIds = bands && new Set<string>();
  bands?.forEach((band, i) => {
    const id = text(fields(band)?.id);
    if (id === undefined) return;
    if (bandIds!.has(id)) error(['bands', i, 'id'], say('authoring.rules.duplicateBand', { id }));
    bandIds!.add(id);
  });
  const validBands = z.array(bandSchema).safeParse(doc.bands);
  if (validBands.success) checkCutOffs(validBands.data, error);

  // Resources may be left out (there are then none), but not given as something other than a list.
  const resources = doc.resources === undefined ? [] : list(doc.resources);
  const resourceIds = resources && new Set<string>();
  resources?.forEach((r, i) => {
    const id = text(fields(r)?.id);
    if (id === undefined) return;
    if (resourceIds!.has(id)) error(['resources', i, 'id'], say('authoring.rules.duplicateResource', { id }));
    resourceIds!.add(id);
  });
  const resourceRefs = (path: Path, refs: unknown) =>
    list(refs)?.forEach((ref, i) => {
      if (resourceIds && typeof ref === 'string' && !resourceIds.has(ref)) error([...path, i], say('authoring.rules.unknownResource', { ref, known: known(resourceIds) }));
    });
  const reflectionRefs = (path: Path, reflections: unknown) => {
    if (!bandIds) return;
    for (const band of Object.keys(fields(reflections) ?? {})) {
      if (!bandIds.has(band)) error([...path, band], say('authoring.rules.reflectionsUnknownBand', { band, known: known(bandIds) }), true);
    }
  };

  const itemIds = new Map<string, string>();
  const sectionIds = new Map<string, string>();
  let itemCount = 0;
  let themeItemCount = 0;
  /** The items of a theme or facet; counted towards the caps only in a theme that matches the schema (one that does not has its own error). */
  const checkItems = (itemsPath: Path, label: string, items: unknown, counted: boolean) => {
    list(items)?.forEach((raw, i) => {
      const path = [...itemsPath, i];
      // Located at the item that crosses a cap, once: the statistics grow with the square of the count.
      if (counted && ++itemCount === QUESTIONNAIRE_LIMITS.maxItems + 1) error(path, say('authoring.rules.tooManyItems', { limit: String(QUESTIONNAIRE_LIMITS.maxItems) }));
      if (counted && ++themeItemCount === QUESTIONNAIRE_LIMITS.maxItemsPerTheme + 1) error(path, say('authoring.rules.tooManyThemeItems', { limit: String(QUESTIONNAIRE_LIMITS.maxItemsPerTheme) }));
      const item = fields(raw);
      if (!item) return;
      const id = text(item.id);
      const previous = id === undefined ? undefined : itemIds.get(id);
      if (previous) error([...path, 'id'], say('authoring.rules.duplicateItem', { id: id!, previous }));
      else if (id !== undefined) itemIds.set(id, label);
      // A column is matched by an item's id before anything else: Microsoft Forms' own "Name" column would be read as an item called "name".
      const known = id === undefined ? undefined : wellKnownColumn(id);
      if (known !== undefined) {
        warn([...path, 'id'], 'authoring.rules.itemIdIsColumn', { id: id!, column: { key: COLUMN_WORDS[known] } });
      }
      if (item.type === 'text') {
        for (const key of ['keyed', 'scale', 'weight'] as const) {
          if (item[key] !== undefined) error([...path, key], say('authoring.rules.notOnText', { key }), true);
        }
      } else scaleRef([...path, 'scale'], item.scale);
    });
  };
  const sectionLabel = (kind: 'theme' | 'facet', id: string | undefined, n: number) =>
    id === undefined
      ? say(kind === 'theme' ? 'authoring.rules.themeNumber' : 'authoring.rules.facetNumber', { number: String(n + 1) })
      : say(kind === 'theme' ? 'authoring.rules.themeId' : 'authoring.rules.facetId', { id });
  const claimSectionId = (path: Path, id: string | undefined, label: string) => {
    if (id === undefined) return;
    const previous = sectionIds.get(id);
    if (previous) error(path, say('authoring.rules.duplicateSection', { id, previous }));
    else sectionIds.set(id, label);
  };

  list(doc.themes)?.forEach((raw, t) => {
    const theme = fields(raw);
    if (!theme) return;
    const themePath: Path = ['themes', t];
    const valid = themeSchema.safeParse(raw);
    themeItemCount = 0;
    const themeLabel = sectionLabel('theme', text(theme.id), t);
    claimSectionId([...themePath, 'id'], text(theme.id), themeLabel);
    checkItems([...themePath, 'items'], themeLabel, theme.items, valid.success);
    reflectionRefs([...themePath, 'reflections'], theme.reflections);
    resourceRefs([...themePath, 'resources'], theme.resources);
    list(theme.facets)?.forEach((rawFacet, f) => {
      const facet = fields(rawFacet);
      if (!facet) return;
      const facetPath: Path = [...themePath, 'facets', f];
      const facetLabel = sectionLabel('facet', text(facet.id), f);
      claimSectionId([...facetPath, 'id'], text(facet.id), facetLabel);
      checkItems([...facetPath, 'items'], facetLabel, facet.items, valid.success);
      reflectionRefs([...facetPath, 'reflections'], facet.reflections);
      resourceRefs([...facetPath, 'resources'], facet.resources);
    });
    if (valid.success) checkTheme(themePath, valid.data, validBands.success ? validBands.data : undefined, warn, error);
  });

  return out;
}

type Report = (path: Path, message: string, atKey?: boolean) => void;
/** A warning, kept as its message's key and values (see Finding.said). */
type Warn = (path: Path, key: MessageKey, values?: SaidValues, atKey?: boolean) => void;

function checkScale(name: string, scale: z.output<typeof scaleSchema>, error: Report): void {
  // An answer or CSV cell is matched to a label this way, so two labels that meet could not be told apart.
  const firstByKey = new Map<string, number>();
  scale.labels.forEach((label, i) => {
    const first = firstByKey.get(textKey(label));
    if (first === undefined) firstByKey.set(textKey(label), i);
    else error(['scales', name, 'labels', i], say('authoring.rules.sameLabel', { name, number: String(i + 1), label, first: String(first + 1), firstLabel: scale.labels[first]! }));
  });
  // A "not observed" answer is read by the same match as a label, and must never be read as a point.
  const notApplicable = new Set<string>();
  scale.not_applicable?.forEach((answer, i) => {
    const path = ['scales', name, 'not_applicable', i];
    const first = firstByKey.get(textKey(answer));
    if (notApplicable.has(textKey(answer))) error(path, say('authoring.rules.notObservedTwice', { name, answer }));
    else if (first !== undefined) error(path, say('authoring.rules.notObservedIsLabel', { name, answer, first: String(first + 1), firstLabel: scale.labels[first]! }));
    else if (/^[+-]?\d+(\.\d+)?$/.test(answer.trim())) error(path, say('authoring.rules.notObservedNumber', { name, answer }));
    notApplicable.add(textKey(answer));
  });
}

/** Cut-offs strictly increasing, only the last band without one. */
function checkCutOffs(bands: readonly BandDoc[], error: Report): void {
  let previousCut = -Infinity;
  bands.forEach((band, i) => {
    const last = i === bands.length - 1;
    if (last && band.below !== undefined) error(['bands', i, 'below'], say('authoring.rules.lastBandBelow'));
    if (!last && band.below === undefined) error(['bands', i], say('authoring.rules.bandNeedsBelow', { id: band.id }));
    if (band.below !== undefined) {
      if (band.below <= previousCut) error(['bands', i, 'below'], say('authoring.rules.cutOffsIncreasing', { below: String(band.below), previous: String(previousCut) }));
      else if (band.below <= 0 || band.below >= 100) error(['bands', i, 'below'], say('authoring.rules.cutOffRange', { below: String(band.below) }));
      previousCut = band.below;
    }
  });
}

/** A theme's scored items, keying and reflections; the reflections only when the bands could be read. */
function checkTheme(themePath: Path, theme: ThemeDoc, bands: readonly BandDoc[] | undefined, warn: Warn, error: Report): void {
  const scored = (items: readonly ItemDoc[] | undefined) => (items ?? []).filter((it) => it.type !== 'text');
  const missingReflections = (path: Path, label: { key: MessageKey; values?: { id: string } }, reflections: Record<string, unknown> | undefined) => {
    const where = reflections ? [...path, 'reflections'] : path;
    for (const band of bands ?? []) {
      if (!reflections || !Object.hasOwn(reflections, band.id)) warn(where, 'authoring.rules.noReflections', { label, band: band.id }, true);
    }
  };
  const allScored = [...scored(theme.items)];
  theme.facets?.forEach((facet, f) => {
    const facetPath: Path = [...themePath, 'facets', f];
    const facetScored = scored(facet.items);
    if (facetScored.length === 0) error(facetPath, say('authoring.rules.facetNotScored', { id: facet.id }));
    if (facet.reflections) missingReflections(facetPath, { key: 'authoring.rules.facetId', values: { id: facet.id } }, facet.reflections);
    for (const item of facetScored) allScored.push(item);
  });
  if (allScored.length === 0) {
    error(themePath, say('authoring.rules.themeNotScored', { id: theme.id }));
    return;
  }
  if (allScored.length < 3) warn(themePath, 'authoring.rules.fewScored', { id: theme.id, count: allScored.length });
  const minus = allScored.filter((it) => it.keyed === 'minus').length;
  if (allScored.length >= 6 && (minus === 0 || minus === allScored.length)) {
    warn(themePath, 'authoring.rules.allKeyedAlike', { count: allScored.length, id: theme.id, keyed: minus ? 'minus' : 'plus' });
  }
  missingReflections(themePath, { key: 'authoring.rules.themeId', values: { id: theme.id } }, theme.reflections);
}

function known(names: Set<string>): string {
  return names.size ? say('authoring.rules.known', { names: [...names].join(', ') }) : '';
}
