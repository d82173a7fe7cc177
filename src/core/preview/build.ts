import type { Facet, Item, Questionnaire, Reflection, Resource, Theme } from '../questionnaire/model.js';
import { presentationOf } from '../report/presentation.js';
import type { BandReflections, PreviewForm, PreviewSection, PreviewStatement, QuestionnairePreview, Wording } from './model.js';
import { bandRange, importanceWords, itemScoring, scaleWords, scoringWords, themeMethodWords } from './words.js';
import type { UiLanguage } from '../i18n/messages.js';
import { speakingNow } from '../i18n/voice.js';

/** One questionnaire, or a self form and its observer form (self first). */
export type Forms = readonly [Questionnaire] | readonly [Questionnaire, Questionnaire];

/**
 * The preview of one questionnaire, or of a self form and its observer form side by side (self
 * first). The first form's order leads; what only the second form has comes after it, in the
 * theme or facet it belongs to, or in a theme of its own.
 */
export function buildPreview(forms: Forms, languages: readonly UiLanguage[] = [speakingNow()]): QuestionnairePreview {
  // syslead's own words (scoring, ranges) in the preview's first language.
  const language = languages[0]!;
  const count = forms.length;
  const none = () => Array.from({ length: count }, () => null);
  const sections: PreviewSection[] = [];
  const statements = new Map<string, PreviewStatement>();
  const bandOrder = forms.flatMap((q) => q.bands.map((b, i) => ({ id: b.id, label: b.label, range: bandRange(language, q.bands, i) })));

  const emptySection = (kind: PreviewSection['kind'], id: string): PreviewSection => ({
    kind,
    id,
    titles: none(),
    descriptions: none(),
    method: kind === 'theme' ? none() : [],
    importance: kind === 'theme' ? none() : [],
    statements: [],
    reflections: [],
    resources: [],
    facets: [],
  });
  const fill = (section: PreviewSection, form: number, source: Theme | Facet, items: readonly Item[]) => {
    section.titles[form] = source.title;
    section.descriptions[form] = source.description ?? null;
    for (const item of items) {
      let statement = statements.get(item.id);
      if (!statement) {
        statement = { number: 0, id: item.id, wordings: none() };
        statements.set(item.id, statement);
        section.statements.push(statement);
      }
      statement.wordings[form] = wording(language, item);
    }
    addReflections(section.reflections, form, source.reflections, bandOrder, none);
    addResources(section.resources, source.resources);
  };

  forms.forEach((q, form) => {
    for (const theme of q.themes) {
      const section = findOrAdd(
        sections,
        (s) => s.id === theme.id,
        () => emptySection('theme', theme.id),
      );
      section.importance[form] = importanceWords(language, q, theme.title);
      section.method[form] = theme.method === q.scoring.method ? null : themeMethodWords(language, theme.method);
      // The theme's own items: the rest are its facets'.
      fill(
        section,
        form,
        theme,
        theme.items.filter((i) => i.facetId === undefined),
      );
      for (const facet of theme.facets) {
        const sub = findOrAdd(
          section.facets,
          (f) => f.id === facet.id,
          () => emptySection('facet', facet.id),
        );
        fill(sub, form, facet, facet.items);
      }
    }
  });

  let number = 0;
  for (const section of sections) for (const s of [section, ...section.facets]) for (const statement of s.statements) statement.number = ++number;
  return { presentation: presentationOf(forms[0], languages), forms: forms.map((q) => formOf(language, q)), sections };
}

/**
 * The preview in two languages: the forms in the first (which leads, and says both languages in its
 * presentation) and the same forms in the second (a translation, its source, or the forms
 * themselves when there is none), each made as in one language.
 */
export function buildBilingualPreview(inFirst: Forms, inSecond: Forms, [first, second]: readonly [UiLanguage, UiLanguage]): QuestionnairePreview {
  const main = buildPreview(inFirst, [first, second]);
  return { ...main, inEach: [main, buildPreview(inSecond, [second])] };
}

function formOf(language: UiLanguage, q: Questionnaire): PreviewForm {
  return {
    id: q.id,
    version: q.version,
    title: q.title,
    description: q.description,
    form: q.form,
    minutes: q.minutes,
    scoring: scoringWords(language, q),
    scales: Object.values(q.scales).map((s) => scaleWords(language, s)),
    bands: q.bands.map((b, i) => ({ id: b.id, label: b.label, range: bandRange(language, q.bands, i), meaning: b.meaning ?? null })),
  };
}

function wording(language: UiLanguage, item: Item): Wording {
  return { text: item.text, kind: item.kind, keyed: item.kind === 'likert' ? item.keyed : null, scoring: itemScoring(language, item) };
}

/** A form's reflections per band, beside the other form's, in the order of the bands (the first form's, then any other). */
function addReflections(into: BandReflections[], form: number, reflections: Readonly<Record<string, Reflection>>, bands: readonly BandReflections['band'][], none: () => null[]): void {
  for (const [bandId, reflection] of Object.entries(reflections)) {
    const entry = findOrAdd(
      into,
      (r) => r.band.id === bandId,
      () => ({ band: bands.find((b) => b.id === bandId) ?? { id: bandId, label: bandId, range: '' }, reflections: none() }),
    );
    entry.reflections[form] = reflection;
  }
  const rank = (id: string) => bands.findIndex((b) => b.id === id);
  into.sort((a, b) => rank(a.band.id) - rank(b.band.id));
}

/** The entry of a list that `matches`, or a new one made and added at its end. */
function findOrAdd<T>(list: T[], matches: (entry: T) => boolean, make: () => T): T {
  const found = list.find(matches);
  if (found !== undefined) return found;
  const made = make();
  list.push(made);
  return made;
}

function addResources(into: Resource[], resources: readonly Resource[]): void {
  for (const resource of resources) if (!into.some((r) => r.id === resource.id)) into.push(resource);
}
