import { Failure } from '../failure.js';
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
export function parseReliability(json: unknown, source: string): Reliability {
  const bad = (why: string) => new Failure(`not a cohort report's JSON (syslead report --format json): ${why}`, source);
  if (!isRecord(json) || !isRecord(json.questionnaire) || typeof json.questionnaire.id !== 'string') throw bad('no questionnaire id');
  if (!Array.isArray(json.themes)) throw bad('no themes');
  const sections: Reliability['sections'] = new Map();
  const add = (section: unknown) => {
    if (!isRecord(section) || typeof section.id !== 'string') throw bad('a theme or facet without an id');
    const sd = numberOrNull(section.sd);
    const alpha = numberOrNull(section.alpha);
    const se = reliableChangeSe(sd, alpha);
    sections.set(section.id, typeof se === 'number' ? { se, sd: sd!, alpha: alpha! } : { withheld: se.withheld });
  };
  for (const theme of json.themes) {
    add(theme);
    if (isRecord(theme) && Array.isArray(theme.facets)) for (const facet of theme.facets) add(facet);
  }
  return { source, questionnaireId: json.questionnaire.id, sections };
}

const RULE_OF_THUMB = 'by the rule of thumb of the change in percentage points';

/** How the change of one section from score `before` to `after` is judged, with the reliability when there is one. */
export function judgeChange(id: string, before: number | null, after: number | null, reliability: Reliability | undefined): ReliableChangeJudgement {
  const thumb = (why: string): ReliableChangeJudgement => ({ method: 'rule-of-thumb', rci: null, seDiff: null, class: null, why: `${RULE_OF_THUMB}: ${why}` });
  if (reliability === undefined) return thumb('no --reliability file given');
  const known = reliability.sections.get(id);
  if (known === undefined) return thumb(`${reliability.source} has no figures for "${id}"`);
  if ('withheld' in known) return thumb(`${reliability.source}: ${known.withheld}`);
  if (before === null || after === null) return thumb('no score in one of the results');
  const rci = (after - before) / known.se;
  return {
    method: 'rci',
    rci,
    seDiff: known.se,
    class: rciClass(rci),
    why: `Jacobson & Truax's RCI = score change / (SD * sqrt(2) * sqrt(1 - alpha)), reliable beyond ±1.96, with the cohort's alpha ${known.alpha.toFixed(3)} and score SD ${known.sd.toFixed(3)} from ${reliability.source}`,
  };
}
