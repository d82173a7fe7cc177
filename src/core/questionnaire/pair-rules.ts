import { toModel, type Questionnaire, type Scale, type ScoredItem } from './model.js';
import type { Finding, Path } from './rules.js';
import type { QuestionnaireDoc } from './schema.js';

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
  if (self.form !== 'self') error(['pairs_with'], `${other} is an observer form too: pairs_with names the self form whose items this form asks colleagues about`);

  const selfThemes = new Map(self.themes.map((t, i) => [t.id, { theme: t, index: i }] as const));
  const ownThemes = new Set(observer.themes.map((t) => t.id));
  observer.themes.forEach((theme, t) => {
    const path: Path = ['themes', t];
    const match = selfThemes.get(theme.id);
    if (!match) return error([...path, 'id'], `theme "${theme.id}" is not in ${other} (its themes: ${list(self.themes.map((x) => x.id))})`);
    if (match.index !== t) error([...path, 'id'], `theme "${theme.id}" is theme ${match.index + 1} in ${other} but theme ${t + 1} here: give the themes the same order`);
    if (match.theme.method !== theme.method) error(path, `theme "${theme.id}" is scored as a ${theme.method} here but as a ${match.theme.method} in ${other}`);
    const selfFacets = match.theme.facets.map((f) => f.id);
    theme.facets.forEach((facet, f) => {
      const at = selfFacets.indexOf(facet.id);
      if (at < 0) error(['themes', t, 'facets', f, 'id'], `facet "${facet.id}" is not in theme "${theme.id}" of ${other} (its facets: ${list(selfFacets)})`);
      else if (at !== f) error(['themes', t, 'facets', f, 'id'], `facet "${facet.id}" is facet ${at + 1} of theme "${theme.id}" in ${other} but facet ${f + 1} here: give the facets the same order`);
    });
    for (const id of selfFacets.filter((id) => !theme.facets.some((f) => f.id === id))) error(path, `facet "${id}" of theme "${theme.id}" in ${other} is missing here`);
  });
  for (const theme of self.themes.filter((x) => !ownThemes.has(x.id))) error(['themes'], `theme "${theme.id}" of ${other} is missing here`, true);

  const selfItems = new Map(self.themes.flatMap((t) => t.scoredItems).map((it) => [it.id, it] as const));
  const ownItems = new Map(observer.themes.flatMap((t) => t.scoredItems).map((it) => [it.id, it] as const));
  const scaleUsers = new Map<string, ScoredItem[]>();
  for (const [path, id] of items) {
    const own = ownItems.get(id);
    if (!own) continue;
    const theirs = selfItems.get(id);
    if (!theirs) {
      error([...path, 'id'], `item "${id}" is not a rating item of ${other}: an observer form rates the self form's items, by their ids`);
      continue;
    }
    for (const [field, difference] of differences(own, theirs)) error(field ? [...path, field] : path, `item "${id}": ${difference} (${other} and this form must agree, or their scores cannot be compared)`);
    if (!sameScale(own.scale, theirs.scale)) {
      const key = `${own.scale.id}\n${theirs.scale.id}`;
      scaleUsers.set(key, [...(scaleUsers.get(key) ?? []), own]);
    }
  }
  // One scale that differs is one mistake, however many items are rated on it.
  for (const users of scaleUsers.values()) {
    const [own] = users;
    const theirs = selfItems.get(own!.id)!.scale;
    const named = own!.scale.id === theirs.id ? `scale "${own!.scale.id}"` : `scale "${own!.scale.id}" (in ${other}: "${theirs.id}")`;
    error(
      ['scales', own!.scale.id],
      `${named} is ${scale(own!.scale)} here but ${scale(theirs)} in ${other}, for ${count(users.length)} rated on it (${users.map((u) => u.id).join(', ')}): give both forms the same points and labels`,
      true,
    );
  }
  for (const item of selfItems.values()) {
    if (ownItems.has(item.id)) continue;
    const t = observer.themes.findIndex((x) => x.id === item.themeId);
    error(t < 0 ? ['themes'] : ['themes', t], `item "${item.id}" of ${other} (theme "${item.themeId}") is missing here`, t < 0);
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
  if (own.themeId !== theirs.themeId) out.push([undefined, `it is in theme "${own.themeId}" here but in theme "${theirs.themeId}" there`]);
  if ((own.facetId ?? null) !== (theirs.facetId ?? null)) out.push([undefined, `it is ${facet(own)} here but ${facet(theirs)} there`]);
  if (own.keyed !== theirs.keyed) out.push(['keyed', `it is keyed "${own.keyed}" here but "${theirs.keyed}" there`]);
  if (own.weight !== theirs.weight) out.push(['weight', `its weight is ${own.weight} here but ${theirs.weight} there`]);
  return out;
}

const facet = (item: ScoredItem) => (item.facetId === undefined ? 'in no facet' : `in facet "${item.facetId}"`);
const sameScale = (a: Scale, b: Scale) => a.min === b.min && a.max === b.max && a.labels.join('\n') === b.labels.join('\n');
const scale = (s: Scale) => `${s.min} to ${s.max} (${s.labels.join(', ')})`;
const count = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');
