import type { Questionnaire } from '../questionnaire/model.js';
import type { CohortReport, FormFigures } from './cohort.js';
import type { UiLanguage } from '../i18n/messages.js';
import { presentationOf, type Presentation } from './presentation.js';

/** A form's scored items' scales as its charts label them: item id -> the labels of its scale's points, lowest first. */
export type ItemScales = ReadonlyMap<string, readonly string[]>;

/**
 * A cohort report as its renderers take it: the report (its JSON form, schema/report.schema.json)
 * and, for each of its forms, the language and bands of that form's questionnaire and its items'
 * scale labels, which the JSON leaves out.
 */
export interface CohortView {
  report: CohortReport;
  /** One per form, in the order of `[report, ...report.otherForms]`. */
  presentations: Presentation[];
  /** One per form, in the same order. */
  scales: ItemScales[];
  /**
   * A bilingual report's (--lang cy,en) questionnaire texts, one per form in the same order: each
   * in the report's first language and in its second, from the form in that language when one is
   * found (else the form answered's). Absent in one language.
   */
  texts?: { first: FormTexts; second: FormTexts }[];
}

/** A form's texts in one language, by id, for a bilingual report to give beside their translation. */
export interface FormTexts {
  /** The language tag of the texts. */
  language: string;
  title: string;
  /** Theme and facet titles by id. */
  titles: ReadonlyMap<string, string>;
  /** Statements by item id. */
  items: ReadonlyMap<string, string>;
  /** Band labels by id. */
  bands: ReadonlyMap<string, string>;
  scales: ItemScales;
}

type ViewQuestionnaire = Pick<Questionnaire, 'id' | 'language' | 'bands' | 'items'>;

function scalesOf(q: Pick<Questionnaire, 'items'>): ItemScales {
  return new Map(q.items.flatMap((item) => (item.kind === 'likert' ? [[item.id, item.scale.labels] as const] : [])));
}

/** A questionnaire's texts by id (formTexts of each form's counterparts in a bilingual report). */
export function formTexts(q: Pick<Questionnaire, 'language' | 'title' | 'themes' | 'bands' | 'items'>): FormTexts {
  return {
    language: q.language,
    title: q.title,
    titles: new Map(q.themes.flatMap((t) => [[t.id, t.title] as const, ...t.facets.map((f) => [f.id, f.title] as const)])),
    items: new Map(q.items.map((i) => [i.id, i.text] as const)),
    bands: new Map(q.bands.map((b) => [b.id, b.label] as const)),
    scales: scalesOf(q),
  };
}

/** The view of a report from the questionnaires it was built with (each of its forms must have its own), in the languages given: by default the one syslead speaks now. */
export function cohortView(report: CohortReport, questionnaires: readonly ViewQuestionnaire[], languages?: readonly UiLanguage[], texts?: CohortView['texts']): CohortView {
  const found = [report, ...report.otherForms].map((form) => {
    const q = questionnaires.find((x) => x.id === form.questionnaire.id);
    if (!q) throw new RangeError(`the questionnaire "${form.questionnaire.id}" of the report was not given`);
    return q;
  });
  return {
    report,
    presentations: found.map((q) => presentationOf(q, languages)),
    scales: found.map(scalesOf),
    ...(texts === undefined ? {} : { texts }),
  };
}

/** A form's figures with its texts in `texts`' language (each looked up by its id; one not found kept). */
function formIn<F extends FormFigures>(form: F, texts: FormTexts): F {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = key === 'questionnaire' || key === 'reasons' ? inner : walk(inner);
    const id = typeof out.id === 'string' ? out.id : undefined;
    if (id !== undefined && typeof out.title === 'string') out.title = texts.titles.get(id) ?? out.title;
    if (id !== undefined && typeof out.text === 'string') out.text = texts.items.get(id) ?? out.text;
    if (id !== undefined && typeof out.label === 'string') out.label = texts.bands.get(id) ?? out.label;
    if (typeof out.item === 'string' && typeof out.text === 'string') out.text = texts.items.get(out.item) ?? out.text;
    if (typeof out.section === 'string' && typeof out.sectionTitle === 'string') out.sectionTitle = texts.titles.get(out.section) ?? out.sectionTitle;
    return out;
  };
  return { ...(walk(form) as F), questionnaire: { ...form.questionnaire, title: texts.title } };
}

/**
 * A bilingual report's model in each of its two languages: the questionnaire's texts (titles,
 * statements, band labels) in that language, every figure the same; the report alone in one language.
 */
export function reportsInEach(view: CohortView): CohortReport[] {
  const { report, texts } = view;
  if (texts === undefined) return [report];
  return (['first', 'second'] as const).map((which) =>
    reportIn(
      report,
      texts.map((t) => t[which]),
    ),
  );
}

/** The report with each form's texts (titles, statements, band labels) those of `texts`, one per form in the report's order; every figure the same. */
export function reportIn(report: CohortReport, texts: readonly FormTexts[]): CohortReport {
  const main = formIn({ ...report, otherForms: [] }, texts[0]!);
  return { ...main, about: report.about, otherForms: report.otherForms.map((f, i) => formIn(f, texts[i + 1]!)) };
}
