import type { QuestionnaireDoc, ItemDoc } from './schema.js';
import { copyDictionary, dictionary } from '../dictionary.js';

/** The questionnaire as the rest of the program uses it: defaults applied, references resolved. */
export interface Scale {
  id: string;
  min: number;
  max: number;
  labels: string[];
  /** Answers meaning "not observed" / "don't know": counted apart, never a point (empty when none). */
  notApplicable: string[];
  /**
   * Read through a translation: the source's labels and "not observed" answers, by position, so
   * that answers given in the source's language read as the same points (read after the scale's own).
   */
  sourceLabels?: string[];
  sourceNotApplicable?: string[];
}

export interface Reflection {
  meaning: string;
  questions: string[];
  try: string;
}

export interface Resource {
  id: string;
  title: string;
  publisher: string;
  authors?: string | undefined;
  year?: number | undefined;
  url?: string | undefined;
  note?: string | undefined;
}

export interface Band {
  id: string;
  label: string;
  /** Upper cut-off (exclusive); undefined for the last band. */
  below?: number | undefined;
  meaning?: string | undefined;
}

interface ItemBase {
  id: string;
  text: string;
  themeId: string;
  facetId?: string;
}
export interface ScoredItem extends ItemBase {
  kind: 'likert';
  keyed: 'plus' | 'minus';
  weight: number;
  scale: Scale;
}
export interface TextItem extends ItemBase {
  kind: 'text';
}
export type Item = ScoredItem | TextItem;

export type Method = 'mean' | 'sum';

export interface Facet {
  id: string;
  title: string;
  description?: string | undefined;
  themeId: string;
  items: Item[];
  scoredItems: ScoredItem[];
  reflections: Record<string, Reflection>;
  resources: Resource[];
}

export interface Theme {
  id: string;
  title: string;
  description?: string | undefined;
  method: Method;
  /** Every item of the theme in the order asked: its own, then each facet's. */
  items: Item[];
  /** The scored items of the theme, facets' included. */
  scoredItems: ScoredItem[];
  facets: Facet[];
  reflections: Record<string, Reflection>;
  resources: Resource[];
}

export interface Questionnaire {
  id: string;
  version: number;
  title: string;
  description: string;
  language: string;
  /** Set when the questionnaire is read through a translation (ID.LANG): the source's language. */
  sourceLanguage?: string;
  minutes: number;
  form: 'self' | 'observer';
  /** On an observer form: the id of the self form it pairs with (validate checks they line up). */
  pairsWith?: string;
  scales: Record<string, Scale>;
  defaultScale: Scale;
  scoring: { method: Method; minAnswered: number };
  importance?: { scale: Scale; question: string };
  bands: Band[];
  resources: Resource[];
  themes: Theme[];
  /** Every item in the order asked. */
  items: Item[];
}

/** Builds the model from a document that passed validation (so every reference resolves). */
export function toModel(doc: QuestionnaireDoc): Questionnaire {
  const scales = dictionary(Object.entries(doc.scales).map(([id, s]) => [id, { id, min: s.min, max: s.min + s.labels.length - 1, labels: s.labels, notApplicable: s.not_applicable ?? [] }] as const));
  const scale = (name: string) => {
    const found = scales[name];
    if (!found) throw new Error(`unresolved scale ${name}`);
    return found;
  };
  const resourcesById = new Map(doc.resources.map((r) => [r.id, r] as const));
  const resources = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => resourcesById.get(id)!);
  const reflections = (r: Record<string, Reflection> | undefined) => copyDictionary(r ?? {});

  const toItem = (it: ItemDoc, themeId: string, facetId?: string): Item => {
    const base = { id: it.id, text: it.text, themeId, ...(facetId ? { facetId } : {}) };
    if (it.type === 'text') return { ...base, kind: 'text' };
    return { ...base, kind: 'likert', keyed: it.keyed ?? 'plus', weight: it.weight ?? 1, scale: scale(it.scale ?? doc.default_scale) };
  };
  const isScored = (it: Item): it is ScoredItem => it.kind === 'likert';

  const themes: Theme[] = doc.themes.map((t) => {
    const facets: Facet[] = (t.facets ?? []).map((f) => {
      const items = f.items.map((it) => toItem(it, t.id, f.id));
      return {
        id: f.id,
        title: f.title,
        description: f.description,
        themeId: t.id,
        items,
        scoredItems: items.filter(isScored),
        reflections: reflections(f.reflections),
        resources: resources(f.resources),
      };
    });
    const items = [...(t.items ?? []).map((it) => toItem(it, t.id)), ...facets.flatMap((f) => f.items)];
    return {
      id: t.id,
      title: t.title,
      description: t.description,
      method: t.method ?? doc.scoring.method,
      items,
      scoredItems: items.filter(isScored),
      facets,
      reflections: reflections(t.reflections),
      resources: resources(t.resources),
    };
  });

  return {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    description: doc.description,
    language: doc.language,
    minutes: doc.minutes,
    form: doc.form,
    ...(doc.pairs_with === undefined ? {} : { pairsWith: doc.pairs_with }),
    scales,
    defaultScale: scale(doc.default_scale),
    scoring: { method: doc.scoring.method, minAnswered: doc.scoring.min_answered },
    ...(doc.importance ? { importance: { scale: scale(doc.importance.scale), question: doc.importance.question } } : {}),
    bands: doc.bands,
    resources: doc.resources,
    themes,
    items: themes.flatMap((t) => t.items),
  };
}
