import { toModel, type Questionnaire, type Scale, type ScoredItem } from './model.js';
import type { Finding, Path } from './rules.js';
import type { QuestionnaireDoc } from './schema.js';
import { say } from '../i18n/voice.js';

/**
 * What must agree between an observer form and the self form it `pairs_with`, so that a person's
 * self-ratings and their colleagues' ratings can be set side by side: the same themes and facets
 * (in the same order, scored the same way), and the same rating items (ids, theme, facet, keying,
 * weight, and the points and labels of their scale). The wording differs by design and is not
 * compared, nor are free-text prompts or "not observed" answers (only colleagues are offered them).
 * Each difference is a finding at its place in the observer form.
 */
export function checkPair(doc: QuestionnaireDoc, self: Questionnaire): Finding[] {
  return pairFindings(toModel(doc), self, itemPaths(doc));
}

/** The differences between two forms already loaded (preview's pair), as messages: the same rules as checkPair's. */
export function pairDifferences(observer: Questionnaire, self: Questionnaire): string[] {
  const items = observer.themes.flatMap((t) => t.scoredItems).map((it): [Path, string] => [[], it.id]);
  return pairFindings(observer, self, items).map((f) => f.message);
}

function pairFindings(observer: Questionnaire, self: Questionnaire, items: readonly [Path, string][]): Finding[] {
  const out: Finding[] = [];
  const error = (path: Path, message: string, atKey = false) => out.push({ path, severity: 'error', message, atKey });
  const other = `"${self.id}"`;
  if (self.form !== 'self') error(['pairs_with'], say('authoring.pair.otherIsObserver', { other }));

  const selfThemes = new Map(self.themes.map((t, i) => [t.id, { theme: t, index: i }] as const));
  const ownThemes = new Set(observer.themes.map((t) => t.id));
  observer.themes.forEach((theme, t) => {
    const path: Path = ['themes', t];
    const match = selfThemes.get(theme.id);
    if (!match) return error([...path, 'id'], say('authoring.pair.themeNotThere', { id: theme.id, other, ids: list(self.themes.map((x) => x.id)) }));
    if (match.index !== t) error([...path, 'id'], say('authoring.pair.themeOrder', { id: theme.id, there: String(match.index + 1), other, here: String(t + 1) }));
    if (match.theme.method !== theme.method) error(path, say('authoring.pair.themeMethod', { id: theme.id, method: theme.method, theirs: match.theme.method, other }));
    const selfFacets = match.theme.facets.map((f) => f.id);
    theme.facets.forEach((facet, f) => {
      const at = selfFacets.indexOf(facet.id);
      if (at < 0) error(['themes', t, 'facets', f, 'id'], say('authoring.pair.facetNotThere', { id: facet.id, theme: theme.id, other, ids: list(selfFacets) }));
      else if (at !== f) error(['themes', t, 'facets', f, 'id'], say('authoring.pair.facetOrder', { id: facet.id, there: String(at + 1), theme: theme.id, other, here: String(f + 1) }));
    });
    for (const id of selfFacets.filter((id) => !theme.facets.some((f) => f.id === id))) error(path, say('authoring.pair.facetMissing', { id, theme: theme.id, other }));
  });
  for (const theme of self.themes.filter((x) => !ownThemes.has(x.id))) error(['themes'], say('authoring.pair.themeMissing', { id: theme.id, other }), true);

  const selfItems = new Map(self.themes.flatMap((t) => t.scoredItems).map((it) => [it.id, it] as const));
  const ownItems = new Map(observer.themes.flatMap((t) => t.scoredItems).map((it) => [it.id, it] as const));
  const scaleUsers = new Map<string, ScoredItem[]>();
  for (const [path, id] of items) {
    const own = ownItems.get(id);
    if (!own) continue;
    const theirs = selfItems.get(id);
    if (!theirs) {
      error([...path, 'id'], say('authoring.pair.itemNotThere', { id, other }));
      continue;
    }
    for (const [field, difference] of differences(own, theirs)) error(field ? [...path, field] : path, say('authoring.pair.itemDiffers', { id, difference, other }));
    if (!sameScale(own.scale, theirs.scale)) {
      const key = `${own.scale.id}\n${theirs.scale.id}`;
      scaleUsers.set(key, [...(scaleUsers.get(key) ?? []), own]);
    }
  }
  // One scale that differs is one mistake, however many items are rated on it.
  for (const users of scaleUsers.values()) {
    const [own] = users;
    const theirs = selfItems.get(own!.id)!.scale;
    const named = own!.scale.id === theirs.id ? say('authoring.place.scale', { name: own!.scale.id }) : say('authoring.pair.scaleNamedThere', { name: own!.scale.id, other, theirs: theirs.id });
    error(
      ['scales', own!.scale.id],
      say('authoring.pair.scaleDiffers', { named, here: scale(own!.scale), there: scale(theirs), other, items: say('authoring.pair.items', { count: users.length }), ids: users.map((u) => u.id).join(', ') }),
      true,
    );
  }
  for (const item of selfItems.values()) {
    if (ownItems.has(item.id)) continue;
    const t = observer.themes.findIndex((x) => x.id === item.themeId);
    error(t < 0 ? ['themes'] : ['themes', t], say('authoring.pair.itemMissing', { id: item.id, other, theme: item.themeId }), t < 0);
  }
  return out;
}

/** Each rating item's path in the document, with its id. */
function itemPaths(doc: QuestionnaireDoc): [Path, string][] {
  return doc.themes.flatMap((theme, t) => [
    ...(theme.items ?? []).map((it, i): [Path, string] => [['themes', t, 'items', i], it.id]),
    ...(theme.facets ?? []).flatMap((facet, f) => facet.items.map((it, i): [Path, string] => [['themes', t, 'facets', f, 'items', i], it.id])),
  ]);
}

/** How an item differs from its namesake, each with the field it is written in (none for its place); its scale is compared apart. */
function differences(own: ScoredItem, theirs: ScoredItem): [string | undefined, string][] {
  const out: [string | undefined, string][] = [];
  if (own.themeId !== theirs.themeId) out.push([undefined, say('authoring.pair.differentTheme', { here: own.themeId, there: theirs.themeId })]);
  if ((own.facetId ?? null) !== (theirs.facetId ?? null)) out.push([undefined, say('authoring.pair.differentFacet', { here: facet(own), there: facet(theirs) })]);
  if (own.keyed !== theirs.keyed) out.push(['keyed', say('authoring.pair.differentKeying', { here: own.keyed, there: theirs.keyed })]);
  if (own.weight !== theirs.weight) out.push(['weight', say('authoring.pair.differentWeight', { here: String(own.weight), there: String(theirs.weight) })]);
  return out;
}

const facet = (item: ScoredItem) => (item.facetId === undefined ? say('authoring.pair.inNoFacet') : say('authoring.pair.inFacet', { id: item.facetId }));
const sameScale = (a: Scale, b: Scale) => a.min === b.min && a.max === b.max && a.labels.join('\n') === b.labels.join('\n');
const scale = (s: Scale) => say('authoring.pair.scale', { min: String(s.min), max: String(s.max), labels: s.labels.join(', ') });
const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : say('authoring.pair.none'));
