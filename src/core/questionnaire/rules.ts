import { textKey } from '../text-key.js';
import { QUESTIONNAIRE_LIMITS, type QuestionnaireDoc, type ItemDoc } from './schema.js';

export type Path = readonly (string | number)[];

/** A problem found by a rule, located by its path in the document. */
export interface Finding {
  path: Path;
  severity: 'error' | 'warning';
  message: string;
  /** Point at the key rather than its value (e.g. an unknown key). */
  atKey?: boolean;
}

interface ItemList {
  path: Path;
  label: string;
  items: ItemDoc[];
  itemsPath: Path;
}

/** Rules that need the whole document: ids, cross-references, bands, and lints. */
export function checkRules(doc: QuestionnaireDoc): Finding[] {
  const out: Finding[] = [];
  const error = (path: Path, message: string, atKey = false) => out.push({ path, severity: 'error', message, atKey });
  const warn = (path: Path, message: string, atKey = false) => out.push({ path, severity: 'warning', message, atKey });

  const scaleNames = new Set(Object.keys(doc.scales));
  const scaleRef = (path: Path, name: string) => {
    if (!scaleNames.has(name)) error(path, `unknown scale "${name}"${known(scaleNames)}`);
  };
  scaleRef(['default_scale'], doc.default_scale);
  for (const [name, scale] of Object.entries(doc.scales)) {
    // An answer or CSV cell is matched to a label this way, so two labels that meet could not be told apart.
    const firstByKey = new Map<string, number>();
    scale.labels.forEach((label, i) => {
      const first = firstByKey.get(textKey(label));
      if (first === undefined) firstByKey.set(textKey(label), i);
      else
        error(
          ['scales', name, 'labels', i],
          `scale "${name}": label ${i + 1} "${label}" is the same as label ${first + 1} "${scale.labels[first]!}" when case and spacing are ignored, so an answer "${label}" could not be read back: give each point its own label`,
        );
    });
    // A "not observed" answer is read by the same match as a label, and must never be read as a point.
    const notApplicable = new Set<string>();
    scale.not_applicable?.forEach((answer, i) => {
      const path = ['scales', name, 'not_applicable', i];
      const first = firstByKey.get(textKey(answer));
      if (notApplicable.has(textKey(answer))) error(path, `scale "${name}": the "not observed" answer "${answer}" is given twice`);
      else if (first !== undefined) error(path, `scale "${name}": "${answer}" is both a "not observed" answer and label ${first + 1} "${scale.labels[first]!}": give it a text of its own`);
      else if (/^[+-]?\d+(\.\d+)?$/.test(answer.trim())) error(path, `scale "${name}": the "not observed" answer "${answer}" is a number, so it could be read as a point: use words, e.g. "Not observed"`);
      notApplicable.add(textKey(answer));
    });
  }
  if (doc.importance) scaleRef(['importance', 'scale'], doc.importance.scale);

  // Bands: unique ids, cut-offs strictly increasing, only the last without one.
  const bandIds = new Set<string>();
  let previousCut = -Infinity;
  doc.bands.forEach((band, i) => {
    if (bandIds.has(band.id)) error(['bands', i, 'id'], `duplicate band id "${band.id}"`);
    bandIds.add(band.id);
    const last = i === doc.bands.length - 1;
    if (last && band.below !== undefined) error(['bands', i, 'below'], 'the last band must not have a "below" cut-off: it takes every percent above the others');
    if (!last && band.below === undefined) error(['bands', i], `band "${band.id}" needs a "below" cut-off (only the last band has none)`);
    if (band.below !== undefined) {
      if (band.below <= previousCut) error(['bands', i, 'below'], `band cut-offs must be strictly increasing: ${band.below} is not above ${previousCut}`);
      else if (band.below <= 0 || band.below >= 100) error(['bands', i, 'below'], `a cut-off must lie between 0 and 100 (exclusive), not ${band.below}`);
      previousCut = band.below;
    }
  });

  const resourceIds = new Set<string>();
  doc.resources.forEach((r, i) => {
    if (resourceIds.has(r.id)) error(['resources', i, 'id'], `duplicate resource id "${r.id}"`);
    resourceIds.add(r.id);
  });
  const resourceRefs = (path: Path, refs: readonly string[] | undefined) =>
    refs?.forEach((ref, i) => {
      if (!resourceIds.has(ref)) error([...path, i], `unknown resource "${ref}"${known(resourceIds)}`);
    });
  const reflectionRefs = (path: Path, reflections: Record<string, unknown> | undefined) => {
    for (const band of Object.keys(reflections ?? {})) {
      if (!bandIds.has(band)) error([...path, band], `reflections for unknown band "${band}"${known(bandIds)}`, true);
    }
  };

  const itemIds = new Map<string, string>();
  const sectionIds = new Map<string, string>();
  let itemCount = 0;
  let themeItemCount = 0;
  const checkItems = (section: ItemList) => {
    section.items.forEach((item, i) => {
      const path = [...section.itemsPath, i];
      // Located at the item that crosses a cap, once: the statistics grow with the square of the count.
      if (++itemCount === QUESTIONNAIRE_LIMITS.maxItems + 1) error(path, `too many items: a questionnaire may have at most ${QUESTIONNAIRE_LIMITS.maxItems} in all`);
      if (++themeItemCount === QUESTIONNAIRE_LIMITS.maxItemsPerTheme + 1) error(path, `too many items in one theme: a theme with its facets may have at most ${QUESTIONNAIRE_LIMITS.maxItemsPerTheme}`);
      const previous = itemIds.get(item.id);
      if (previous) error([...path, 'id'], `duplicate item id "${item.id}" (first used in ${previous})`);
      else itemIds.set(item.id, section.label);
      if (item.type === 'text') {
        for (const key of ['keyed', 'scale', 'weight'] as const) {
          if (item[key] !== undefined) error([...path, key], `"${key}" has no meaning on a free-text item (type: text)`, true);
        }
      } else if (item.scale !== undefined) scaleRef([...path, 'scale'], item.scale);
    });
  };
  const scored = (items: readonly ItemDoc[] | undefined) => (items ?? []).filter((it) => it.type !== 'text');

  doc.themes.forEach((theme, t) => {
    const themePath: Path = ['themes', t];
    themeItemCount = 0;
    const claimSectionId = (path: Path, id: string, label: string) => {
      const previous = sectionIds.get(id);
      if (previous) error(path, `duplicate theme or facet id "${id}" (first used by ${previous})`);
      else sectionIds.set(id, label);
    };
    claimSectionId([...themePath, 'id'], theme.id, `theme "${theme.id}"`);
    checkItems({ path: themePath, label: `theme "${theme.id}"`, items: theme.items ?? [], itemsPath: [...themePath, 'items'] });
    reflectionRefs([...themePath, 'reflections'], theme.reflections);
    resourceRefs([...themePath, 'resources'], theme.resources);

    const allScored = [...scored(theme.items)];
    theme.facets?.forEach((facet, f) => {
      const facetPath: Path = [...themePath, 'facets', f];
      claimSectionId([...facetPath, 'id'], facet.id, `facet "${facet.id}"`);
      checkItems({ path: facetPath, label: `facet "${facet.id}"`, items: facet.items, itemsPath: [...facetPath, 'items'] });
      reflectionRefs([...facetPath, 'reflections'], facet.reflections);
      resourceRefs([...facetPath, 'resources'], facet.resources);
      const facetScored = scored(facet.items);
      if (facetScored.length === 0) error(facetPath, `facet "${facet.id}" has no scored item (only free-text items)`);
      if (facet.reflections) missingReflections(facetPath, `facet "${facet.id}"`, facet.reflections);
      for (const item of facetScored) allScored.push(item);
    });

    if (allScored.length === 0) {
      error(themePath, `theme "${theme.id}" has no scored item: add items or facets with rating items`);
      return;
    }
    if (allScored.length < 3) warn(themePath, `theme "${theme.id}" has only ${allScored.length} scored item(s); 3 or more give a steadier score`);
    const minus = allScored.filter((it) => it.keyed === 'minus').length;
    if (allScored.length >= 6 && (minus === 0 || minus === allScored.length)) {
      warn(themePath, `all ${allScored.length} items of theme "${theme.id}" are keyed "${minus ? 'minus' : 'plus'}": mix in a few reverse-keyed items to catch agreeing by habit`);
    }
    missingReflections(themePath, `theme "${theme.id}"`, theme.reflections);
  });

  function missingReflections(path: Path, label: string, reflections: Record<string, unknown> | undefined) {
    const where = reflections ? [...path, 'reflections'] : path;
    for (const band of doc.bands) {
      if (!reflections || !Object.hasOwn(reflections, band.id)) warn(where, `${label} has no reflections for band "${band.id}"`, true);
    }
  }

  return out;
}

function known(names: Set<string>): string {
  return names.size ? ` (known: ${[...names].join(', ')})` : '';
}
