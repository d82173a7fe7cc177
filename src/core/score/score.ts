import type { Band, Questionnaire } from '../questionnaire/model.js';
import type { AnswerSet } from '../answers/model.js';
import type { SectionScore, ItemResult, PersonResult, ThemeScore } from './result.js';
import { bandFor } from './bands.js';
import { scoreSection, scoringSections, type SectionFigures, type ScoringSection } from './section.js';
import { itemHighlights } from './highlights.js';
import { say } from '../i18n/voice.js';
import { dictionary, ownValue } from '../dictionary.js';
import { developmentPriorities, strongestAndGrowthEdge } from './priorities.js';

/** The keyed value of an answer: reverse-keyed items count as min + max - answer on their declared scale. */
export function keyedValue(answer: number, item: { keyed: 'plus' | 'minus'; scale: { min: number; max: number } }): number {
  return item.keyed === 'minus' ? item.scale.min + item.scale.max - answer : answer;
}

/** Each questionnaire's sections, worked out once: a batch scores thousands of people against one. */
const sectionsByQuestionnaire = new WeakMap<Questionnaire, ReturnType<typeof scoringSections>>();

function sectionsOf(q: Questionnaire): ReturnType<typeof scoringSections> {
  let found = sectionsByQuestionnaire.get(q);
  if (!found) {
    found = scoringSections(q);
    sectionsByQuestionnaire.set(q, found);
  }
  return found;
}

/** Scores one person's checked answers: every theme and facet, items, free text and priorities. */
export function scoreAnswers(q: Questionnaire, a: AnswerSet): PersonResult {
  const keyed = new Map<string, number>();
  const items: ItemResult[] = [];
  const texts = dictionary<string>();
  for (const item of q.items) {
    if (item.kind === 'text') {
      const text = ownValue(a.texts, item.id);
      if (text !== undefined) texts[item.id] = text;
      continue;
    }
    const answer = ownValue(a.answers, item.id) ?? null;
    const value = answer === null ? null : keyedValue(answer, item);
    if (value !== null) keyed.set(item.id, value);
    items.push({ id: item.id, theme: item.themeId, facet: item.facetId ?? null, answer, keyed: value });
  }

  const { scoredItems, sections } = sectionsOf(q);
  const keyedValues = Float64Array.from(scoredItems, (item) => keyed.get(item.id) ?? NaN);
  const figures: SectionFigures = { answered: 0, score: NaN, percent: NaN };
  // Strengths and growth edges only where there is a score.
  const scores = sections.map((section) => {
    scoreSection(section, keyedValues, figures);
    return sectionScore(section, figures, q.bands, keyed);
  });
  // The sections are each theme followed by its facets.
  let next = 0;
  const themes: ThemeScore[] = q.themes.map((theme) => {
    const themeScore = scores[next++]!;
    const facets = theme.facets.map(() => scores[next++]!);
    return {
      ...themeScore,
      importance: q.importance ? (ownValue(a.importance, theme.id) ?? null) : null,
      facets,
    };
  });

  return {
    questionnaire: { id: q.id, version: q.version, title: q.title },
    respondent: a.respondent ?? null,
    role: a.role,
    subject: a.subject ?? null,
    completed: a.completed ?? null,
    themes,
    items,
    texts,
    priorities: q.importance ? developmentPriorities(themes, q.importance.scale) : [],
    ...strongestAndGrowthEdge(themes),
  };
}

/**
 * A section's figures as a result: null figures with the reason when too few items were answered,
 * and a pro-rated sum said so; with a score, its strengths and growth edges. Each made as one
 * literal, in the order its fields are written (a batch makes one for every part of every report).
 */
function sectionScore(section: ScoringSection, { answered, score, percent }: SectionFigures, bands: readonly Band[], keyed: ReadonlyMap<string, number>): SectionScore {
  const { id, title, method } = section;
  const total = section.items.length;
  if (Number.isNaN(score)) {
    const reason = say('results.score.tooFew', { answered, total, needed: section.needed });
    return { id, title, method, score: null, percent: null, band: null, answered, total, reason };
  }
  const band = bandFor(percent, bands).id;
  const { strengths, growthEdges } = itemHighlights(section.items, keyed);
  if (method === 'mean') return { id, title, method, score, percent, band, answered, total, strengths, growthEdges };
  return { id, title, method, score, percent, band, answered, total, prorated: answered < total, strengths, growthEdges };
}
