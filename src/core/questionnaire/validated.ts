import type { Problem } from '../problem.js';
import { toModel, type Questionnaire } from './model.js';
import type { QuestionnaireDoc } from './schema.js';

/**
 * What validating a questionnaire file found: the document as the schema gave it back (when there
 * is no error), its problems, and its top-level id. Plain data, so that it can be kept as JSON
 * (the built-ins compiled at build time, other files in the cache) and turned into a model later
 * without loading the YAML parser or the schema.
 */
export interface ValidatedQuestionnaire {
  /** Present when there are no errors (there may be warnings). */
  doc?: QuestionnaireDoc;
  problems: Problem[];
  /** The top-level `id` and where it is written, when it is text: read even when the file is not valid, so the file can be found by it. */
  declared?: { id: string; line: number; column: number };
}

export interface LoadResult {
  /** Present when there are no errors (there may be warnings). */
  questionnaire?: Questionnaire;
  problems: Problem[];
  /** As ValidatedQuestionnaire's. */
  declared?: { id: string; line: number; column: number };
}

/** The model of a validated questionnaire: built afresh each time, so that every copy has its own prototype-less records and shared scales. */
export function loadValidated({ doc, problems, declared }: ValidatedQuestionnaire): LoadResult {
  return { ...(doc ? { questionnaire: toModel(doc) } : {}), problems, ...(declared ? { declared } : {}) };
}
