import type { QuestionnaireDoc } from '../questionnaire/schema.js';
import { say } from '../i18n/voice.js';

/**
 * One text of a questionnaire that a translation gives: `id` is its place in a translation file
 * as a dotted path (`themes.outcome-focus.items.of3`; ids are slugs, so they hold no dot), which
 * is also its XLIFF unit id; `at` is its place in the source document; `context` says where it is
 * for a translator.
 */
export interface TextEntry {
  id: string;
  at: readonly (string | number)[];
  source: string;
  context: string;
}

type Section = NonNullable<QuestionnaireDoc['themes'][number]['facets']>[number] | QuestionnaireDoc['themes'][number];

/** Every text of a questionnaire, in the order of its file (scoring rules and ids are not texts). */
export function sourceTexts(doc: QuestionnaireDoc): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (id: string, at: readonly (string | number)[], source: string | undefined, context: string) => {
    if (source !== undefined) out.push({ id, at, source, context });
  };
  add('title', ['title'], doc.title, say('authoring.context.title'));
  add('description', ['description'], doc.description, say('authoring.context.description'));
  for (const [id, scale] of Object.entries(doc.scales)) {
    scale.labels.forEach((label, i) => add(`scales.${id}.labels.${i}`, ['scales', id, 'labels', i], label, say('authoring.context.label', { scale: id, point: String(i + 1), points: String(scale.labels.length) })));
    (scale.not_applicable ?? []).forEach((label, i) => add(`scales.${id}.not_applicable.${i}`, ['scales', id, 'not_applicable', i], label, say('authoring.context.notObserved', { scale: id, number: String(i + 1) })));
  }
  if (doc.importance) add('importance.question', ['importance', 'question'], doc.importance.question, say('authoring.context.importance', { theme: '{theme}' }));
  doc.bands.forEach((band, i) => {
    add(`bands.${band.id}.label`, ['bands', i, 'label'], band.label, say('authoring.context.bandLabel', { number: String(i + 1), id: band.id }));
    add(`bands.${band.id}.meaning`, ['bands', i, 'meaning'], band.meaning, say('authoring.context.bandMeaning', { number: String(i + 1), id: band.id }));
  });
  doc.resources.forEach((resource, i) => {
    add(`resources.${resource.id}.title`, ['resources', i, 'title'], resource.title, say('authoring.context.resourceTitle', { number: String(i + 1), id: resource.id }));
    add(`resources.${resource.id}.note`, ['resources', i, 'note'], resource.note, say('authoring.context.resourceNote', { number: String(i + 1), id: resource.id }));
  });
  doc.themes.forEach((theme, t) => {
    const where = say('authoring.context.theme', { number: String(t + 1), id: theme.id });
    section(add, `themes.${theme.id}`, ['themes', t], theme, where);
    (theme.facets ?? []).forEach((facet, f) => section(add, `themes.${theme.id}.facets.${facet.id}`, ['themes', t, 'facets', f], facet, say('authoring.context.facet', { where, number: String(f + 1), id: facet.id })));
  });
  return out;
}

function section(add: (id: string, at: readonly (string | number)[], source: string | undefined, context: string) => void, id: string, at: readonly (string | number)[], s: Section, where: string): void {
  add(`${id}.title`, [...at, 'title'], s.title, say('authoring.context.sectionTitle', { where }));
  add(`${id}.description`, [...at, 'description'], s.description, say('authoring.context.sectionDescription', { where }));
  (s.items ?? []).forEach((item, i) => {
    const what = item.type === 'text' ? 'authoring.context.textItem' : item.keyed === 'minus' ? 'authoring.context.minusItem' : 'authoring.context.item';
    add(`${id}.items.${item.id}`, [...at, 'items', i, 'text'], item.text, say(what, { where, number: String(i + 1), id: item.id }));
  });
  for (const [band, r] of Object.entries(s.reflections ?? {})) {
    const base = `${id}.reflections.${band}`;
    const places = [...at, 'reflections', band];
    add(`${base}.meaning`, [...places, 'meaning'], r.meaning, say('authoring.context.reflectionMeaning', { where, band }));
    r.questions.forEach((q, i) =>
      add(`${base}.questions.${i}`, [...places, 'questions', i], q, say('authoring.context.reflectionQuestion', { where, band, number: String(i + 1), questions: String(r.questions.length) })),
    );
    add(`${base}.try`, [...places, 'try'], r.try, say('authoring.context.reflectionTry', { where, band }));
  }
}
