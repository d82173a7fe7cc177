import { Failure } from '../failure.js';
import type { UiLanguage } from '../i18n/messages.js';
import { say, sayIn } from '../i18n/voice.js';
import { rciClass, reliableChangeSe, type ChangeClass } from './paired.js';

/**
 * A cohort's reliability per theme and facet, read from a report's --format json for
 * `syslead compare --reliability FILE`: its alpha and the SD of its person scores, or why not.
 */
export interface Reliability {
  source: string;
  questionnaireId: string;
  sections: Map<string, { se: number; sd: number; alpha: number } | { withheld: string }>;
}

/** How one section's change is judged in a comparison, said in every format. */
export interface ReliableChangeJudgement {
  /** rci: Jacobson & Truax's index from the cohort's alpha and SD; rule-of-thumb: the point sizes of CHANGE_SIZES. */
  method: 'rci' | 'rule-of-thumb';
  /** (after - before score) / seDiff; null with the rule of thumb. */
  rci: number | null;
  seDiff: number | null;
  class: ChangeClass | null;
  /** Why this method: the figures used, or why the RCI could not be used. */
  why: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const numberOrNull = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Reads a report's JSON (already parsed) into reliabilities; a file of another shape is a Failure about it. */
export function parseReliability(json: unknown, source: string, language: UiLanguage = 'en'): Reliability {
  const bad = (why: string) => new Failure(say('evaluate.reliability.notReport', { why }), source);
  if (!isRecord(json) || !isRecord(json.questionnaire) || typeof json.questionnaire.id !== 'string') throw bad(say('evaluate.reliability.noId'));
  if (!Array.isArray(json.themes)) throw bad(say('evaluate.reliability.noThemes'));
  const sections: Reliability['sections'] = new Map();
  const add = (section: unknown) => {
    if (!isRecord(section) || typeof section.id !== 'string') throw bad(say('evaluate.reliability.noSectionId'));
    const sd = numberOrNull(section.sd);
    const alpha = numberOrNull(section.alpha);
    const se = reliableChangeSe(sd, alpha, language);
    sections.set(section.id, typeof se === 'number' ? { se, sd: sd!, alpha: alpha! } : { withheld: se.withheld });
  };
  for (const theme of json.themes) {
    add(theme);
    if (isRecord(theme) && Array.isArray(theme.facets)) for (const facet of theme.facets) add(facet);
  }
  return { source, questionnaireId: json.questionnaire.id, sections };
}

/** What the RCI is, said before the figures it used. */
export const rciMethodWords = (language: UiLanguage) => sayIn(language, 'evaluate.judge.rciMethod');

/** How the change of one section from score `before` to `after` is judged, with the reliability when there is one. */
export function judgeChange(id: string, before: number | null, after: number | null, reliability: Reliability | undefined, language: UiLanguage = 'en'): ReliableChangeJudgement {
  const thumb = (why: string): ReliableChangeJudgement => ({ method: 'rule-of-thumb', rci: null, seDiff: null, class: null, why: sayIn(language, 'evaluate.judge.thumb', { why }) });
  if (reliability === undefined) return thumb(sayIn(language, 'evaluate.judge.noFile'));
  const known = reliability.sections.get(id);
  if (known === undefined) return thumb(sayIn(language, 'evaluate.judge.noFigures', { source: reliability.source, id }));
  if ('withheld' in known) return thumb(`${reliability.source}: ${known.withheld}`);
  if (before === null || after === null) return thumb(sayIn(language, 'evaluate.judge.noScore'));
  const rci = (after - before) / known.se;
  return {
    method: 'rci',
    rci,
    seDiff: known.se,
    class: rciClass(rci),
    why: sayIn(language, 'evaluate.judge.rci', { method: rciMethodWords(language), alpha: known.alpha.toFixed(3), sd: known.sd.toFixed(3), source: reliability.source }),
  };
}
