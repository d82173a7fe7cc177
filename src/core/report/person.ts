import type { UiLanguage } from '../i18n/messages.js';
import { sayIn, speakingNow } from '../i18n/voice.js';
import { PERSON_EN } from '../i18n/en/person.js';
import type { Band, Facet, Item, Questionnaire, Reflection, Resource, ScoredItem, Theme } from '../questionnaire/model.js';
import type { SectionScore, PersonResult, ThemeScore } from '../score/result.js';
import { presentationOf, type Presentation } from './presentation.js';

/** The caution in English, as the catalogue words it (English is the catalogue every other language follows). */
export const CAUTION = PERSON_EN['person.caution'];

/** Said in every report, in every format, in the report's language. */
export function caution(language: UiLanguage): string {
  return sayIn(language, 'person.caution');
}

/** An answered item named as a strength or growth edge, with the answer as its scale's label. */
export interface ItemLine {
  id: string;
  text: string;
  answer: number;
  answerLabel: string;
  reverseKeyed: boolean;
}

export interface TextAnswer {
  id: string;
  prompt: string;
  answer: string;
}

/** A theme or facet as the report shows it. */
export interface SectionReport {
  id: string;
  title: string;
  description?: string;
  score: SectionScore;
  band: Band | null;
  /** A one-line account of the score: method, value, answered items, pro-rating, or why there is none. */
  detail: string;
  reflection: Reflection | null;
  strengths: ItemLine[];
  growthEdges: ItemLine[];
  texts: TextAnswer[];
  resources: Resource[];
}

export interface ThemeReport extends SectionReport {
  importance: { value: number; label: string } | null;
  facets: SectionReport[];
}

export interface RankedTheme {
  id: string;
  title: string;
  percent: number | null;
  band: Band | null;
}

export interface PersonReport {
  result: PersonResult;
  title: string;
  caution: string;
  summary: {
    /** Every theme, highest percent first; themes without a score last. */
    ranking: RankedTheme[];
    strongest: RankedTheme | null;
    growthEdge: RankedTheme | null;
    /** Null when the questionnaire does not ask about importance. */
    priorities: { themes: (RankedTheme & { importanceLabel: string })[]; note: string | null } | null;
  };
  themes: ThemeReport[];
  /** The questionnaire's language and bands, for the renderers. */
  presentation: Presentation;
  /**
   * A bilingual report's second language (--lang cy,en): the same result in syslead's words of
   * `presentation.languages[1]`, from the questionnaire in that language when there is one (else
   * the same questionnaire, its texts then said once). Renderers walk the two in step: a
   * translation has its source's themes, facets and items in the same order.
   */
  alongside?: PersonReport;
}

/**
 * A bilingual report: syslead's words in both `languages`, the questionnaire's texts from `first`
 * (in the first language) and `second` (in the second; the same questionnaire when there is none).
 */
export function buildBilingualPersonReport(first: Questionnaire, second: Questionnaire, result: PersonResult, languages: readonly [UiLanguage, UiLanguage]): PersonReport {
  return { ...buildPersonReport(first, result, languages), alongside: buildPersonReport(second, result, [languages[1]]) };
}

/** The report beside this one whose questionnaire texts are in another language, to show after each text; null when they would repeat. */
export function textsAlongside(report: PersonReport): PersonReport | null {
  const other = report.alongside;
  return other !== undefined && other.presentation.language !== report.presentation.language ? other : null;
}

/**
 * How a strength or growth edge is worded for the leader. A statement that says what its theme is
 * not ("I let values slip") is a strength when answered Rarely, so it would read as the opposite of
 * what it names if listed on its own: the answer comes first, as a reply to the statement ("You
 * answered Rarely to: I let values slip"). Any other statement is listed as it is, its answer after
 * it: { text, note: "Usually" }.
 */
export function itemWording(line: ItemLine, language: UiLanguage): { lead: string | null; text: string; note: string | null } {
  if (line.reverseKeyed) return { lead: sayIn(language, 'person.answeredTo', { answer: line.answerLabel }), text: line.text, note: null };
  return { lead: null, text: line.text, note: line.answerLabel };
}

const number = (n: number) => String(Math.round(n * 100) / 100);

/** The score in words: "mean 3.5 · 4 of 4 items answered", with pro-rating or the reason there is none. */
export function scoreDetail(s: SectionScore, language: UiLanguage): string {
  const say = (key: Parameters<typeof sayIn>[1], values: Record<string, string | number>) => sayIn(language, key, values);
  // Numbers as written before the catalogue, without thousands separators.
  const answered = say('person.detail.answered', { count: s.answered, total: String(s.total) });
  if (s.score === null) return say('person.detail.noScore', { reason: s.reason ?? answered });
  const score = number(s.score);
  if (s.method === 'sum') return say('person.detail.sum', { score, answered, prorated: s.prorated ? sayIn(language, 'person.detail.prorated') : '' });
  return say('person.detail.mean', { score, answered });
}

/**
 * Builds the person report from a scored result and its questionnaire, syslead's own words in
 * `languages` (the first; by default the one it speaks now). Pure: renderers format it.
 */
export function buildPersonReport(q: Questionnaire, result: PersonResult, languages: readonly UiLanguage[] = [speakingNow()]): PersonReport {
  const language = languages[0]!;
  const bands = new Map(q.bands.map((b) => [b.id, b] as const));
  const band = (id: string | null) => (id === null ? null : (bands.get(id) ?? null));
  const itemsById = new Map(q.items.map((i) => [i.id, i] as const));
  const answers = new Map(result.items.map((i) => [i.id, i.answer] as const));

  const itemLine = (id: string): ItemLine => {
    const item = itemsById.get(id) as ScoredItem;
    const answer = answers.get(id)!;
    return { id, text: item.text, answer, answerLabel: item.scale.labels[answer - item.scale.min] ?? String(answer), reverseKeyed: item.keyed === 'minus' };
  };
  const textsOf = (items: readonly Item[]): TextAnswer[] => items.filter((i) => i.kind === 'text' && Object.hasOwn(result.texts, i.id)).map((i) => ({ id: i.id, prompt: i.text, answer: result.texts[i.id]! }));

  const section = (part: Theme | Facet, score: SectionScore, ownItems: readonly Item[]): SectionReport => ({
    id: part.id,
    title: part.title,
    ...(part.description !== undefined ? { description: part.description } : {}),
    score,
    band: band(score.band),
    detail: scoreDetail(score, language),
    reflection: score.band === null ? null : (part.reflections[score.band] ?? null),
    strengths: (score.strengths ?? []).map(itemLine),
    growthEdges: (score.growthEdges ?? []).map(itemLine),
    texts: textsOf(ownItems),
    resources: part.resources,
  });

  const scores = new Map(result.themes.map((t) => [t.id, t] as const));
  const themes: ThemeReport[] = q.themes.map((theme) => {
    const score = scores.get(theme.id) as ThemeScore;
    const facetScores = new Map(score.facets.map((f) => [f.id, f] as const));
    const importanceScale = q.importance?.scale;
    return {
      // A theme's own free text; each facet shows its own.
      ...section(
        theme,
        score,
        theme.items.filter((i) => i.facetId === undefined),
      ),
      importance: importanceScale && score.importance !== null ? { value: score.importance, label: importanceScale.labels[score.importance - importanceScale.min] ?? String(score.importance) } : null,
      facets: theme.facets.map((facet) => section(facet, facetScores.get(facet.id)!, facet.items)),
    };
  });

  const ranked = (t: ThemeReport): RankedTheme => ({ id: t.id, title: t.title, percent: t.score.percent, band: t.band });
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  // Array.prototype.sort is stable: equal percents keep the questionnaire's order.
  const ranking = themes.map(ranked).sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1));
  const named = (id: string | null | undefined) => (id ? ranked(byId.get(id)!) : null);

  return {
    result,
    title: q.title,
    caution: caution(language),
    summary: {
      ranking,
      strongest: named(result.strongest),
      growthEdge: named(result.growthEdge),
      priorities: q.importance ? prioritiesSummary(result, themes, language) : null,
    },
    themes,
    presentation: presentationOf(q, languages),
  };
}

function prioritiesSummary(result: PersonResult, themes: readonly ThemeReport[], language: UiLanguage): NonNullable<PersonReport['summary']['priorities']> {
  const byId = new Map(themes.map((t) => [t.id, t] as const));
  const chosen = result.priorities.map((id) => {
    const t = byId.get(id)!;
    return { id, title: t.title, percent: t.score.percent, band: t.band, importanceLabel: t.importance?.label ?? '' };
  });
  let note: string | null = null;
  if (themes.every((t) => t.importance === null)) note = sayIn(language, 'person.priorities.notAnswered');
  else if (chosen.length === 0) note = sayIn(language, 'person.priorities.noneBelow');
  return { themes: chosen, note };
}
