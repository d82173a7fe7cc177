import type { ValidatedQuestionnaire } from '../questionnaire/validated.js';

/**
 * A translation file that passed its own checks (shape, no scoring field), before it is checked
 * against its source. Plain JSON (pairs, not records keyed by ids), so that the compiled built-ins
 * and the cache keep it as they keep a questionnaire.
 */
export interface TranslationDoc {
  translationOf: string;
  language: string;
  status: 'draft' | 'reviewed';
  /** The source's version the texts were translated from, when the file says. */
  sourceVersion?: number;
  /** [text id (see TextEntry), text], in the order of the file. */
  texts: [string, string][];
}

export interface ValidatedTranslation {
  doc: TranslationDoc;
  /** [path as a dotted id, line, column] of every key in the file, for problems found against the source. */
  places: [string, number, number][];
}

/** What validating a questionnaire file or a translation file found. */
export interface ValidatedFile extends ValidatedQuestionnaire {
  /** Present for a translation file without errors. */
  translation?: ValidatedTranslation;
  /** Whether the file is a translation (with or without errors). */
  isTranslation?: true;
}
