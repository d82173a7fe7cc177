import type { Method } from '../questionnaire/model.js';
import type { RaterRole } from '../answers/schema.js';

/** A theme or facet score. `score`, `percent` and `band` are null when too few items were answered. */
export interface SectionScore {
  id: string;
  title: string;
  method: Method;
  score: number | null;
  /** Percent of maximum possible (0-100) over the answered items. */
  percent: number | null;
  /** Band id. */
  band: string | null;
  answered: number;
  total: number;
  /** Why the score is null (too few answers), else absent. */
  reason?: string | undefined;
  /** For method sum: true when items were missing and the sum was pro-rated. */
  prorated?: boolean | undefined;
  /** Item ids of the highest-scoring answered items (keyed, as a share of the scale), best first. */
  strengths?: string[] | undefined;
  /** Item ids of the lowest-scoring answered items, lowest first. */
  growthEdges?: string[] | undefined;
}

export interface ThemeScore extends SectionScore {
  /** Answer on the importance scale, when asked. */
  importance: number | null;
  facets: SectionScore[];
}

export interface ItemResult {
  id: string;
  theme: string;
  facet: string | null;
  /** The raw answer, null when skipped. */
  answer: number | null;
  /** The answer after reverse keying (min + max - answer for keyed: minus). */
  keyed: number | null;
}

/** One person's scored result: the JSON of `syslead score` (schema/result.schema.json). */
export interface PersonResult {
  questionnaire: { id: string; version: number; title: string };
  respondent: string | null;
  role: RaterRole;
  subject: string | null;
  completed: string | null;
  themes: ThemeScore[];
  items: ItemResult[];
  texts: Record<string, string>;
  /** Theme ids: the development priorities (important to the role, scoring lowest), most pressing first. */
  priorities: string[];
  /** Theme id with the highest percent; null unless two or more themes scored differently. */
  strongest?: string | null | undefined;
  /** Theme id with the lowest percent; null unless two or more themes scored differently. */
  growthEdge?: string | null | undefined;
}
