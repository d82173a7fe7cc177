import type { QuestionnaireDoc } from '../questionnaire/schema.js';

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
  add('title', ['title'], doc.title, 'the questionnaire title');
  add('description', ['description'], doc.description, 'the questionnaire description, shown before the first question');
  for (const [id, scale] of Object.entries(doc.scales)) {
    scale.labels.forEach((label, i) => add(`scales.${id}.labels.${i}`, ['scales', id, 'labels', i], label, `scale ${id}, label of point ${i + 1} of ${scale.labels.length}`));
    (scale.not_applicable ?? []).forEach((label, i) => add(`scales.${id}.not_applicable.${i}`, ['scales', id, 'not_applicable', i], label, `scale ${id}, "not observed" answer ${i + 1} (never scored)`));
  }
  if (doc.importance) add('importance.question', ['importance', 'question'], doc.importance.question, 'the importance question, asked once per theme; keep {theme}, which is replaced by the theme title');
  doc.bands.forEach((band, i) => {
    add(`bands.${band.id}.label`, ['bands', i, 'label'], band.label, `band ${i + 1} (${band.id}), label`);
    add(`bands.${band.id}.meaning`, ['bands', i, 'meaning'], band.meaning, `band ${i + 1} (${band.id}), what a result in it means`);
  });
  doc.resources.forEach((resource, i) => {
    add(`resources.${resource.id}.title`, ['resources', i, 'title'], resource.title, `resource ${i + 1} (${resource.id}), the title of a publication: keep the original where it has none in this language`);
    add(`resources.${resource.id}.note`, ['resources', i, 'note'], resource.note, `resource ${i + 1} (${resource.id}), why it is worth reading`);
  });
  doc.themes.forEach((theme, t) => {
    const where = `theme ${t + 1} (${theme.id})`;
    section(add, `themes.${theme.id}`, ['themes', t], theme, where);
    (theme.facets ?? []).forEach((facet, f) => section(add, `themes.${theme.id}.facets.${facet.id}`, ['themes', t, 'facets', f], facet, `${where}, facet ${f + 1} (${facet.id})`));
  });
  return out;
}

function section(add: (id: string, at: readonly (string | number)[], source: string | undefined, context: string) => void, id: string, at: readonly (string | number)[], s: Section, where: string): void {
  add(`${id}.title`, [...at, 'title'], s.title, `${where}, title`);
  add(`${id}.description`, [...at, 'description'], s.description, `${where}, description`);
  (s.items ?? []).forEach((item, i) => {
    const what = item.type === 'text' ? 'free-text question (never scored)' : item.keyed === 'minus' ? 'statement (reverse-scored: keep its sense)' : 'statement';
    add(`${id}.items.${item.id}`, [...at, 'items', i, 'text'], item.text, `${where}, item ${i + 1} (${item.id}) ${what}`);
  });
  for (const [band, r] of Object.entries(s.reflections ?? {})) {
    const base = `${id}.reflections.${band}`;
    const places = [...at, 'reflections', band];
    add(`${base}.meaning`, [...places, 'meaning'], r.meaning, `${where}, reflections for band ${band}: what it may mean`);
    r.questions.forEach((q, i) => add(`${base}.questions.${i}`, [...places, 'questions', i], q, `${where}, reflections for band ${band}: question ${i + 1} of ${r.questions.length}`));
    add(`${base}.try`, [...places, 'try'], r.try, `${where}, reflections for band ${band}: one thing to try`);
  }
}
