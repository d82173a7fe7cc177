import type { Questionnaire } from '../questionnaire/model.js';
import { questionCounts } from '../run/steps.js';

/** A questionnaire as `syslead list` shows it; the JSON of `list --json` is an array of these. */
export interface CatalogueEntry {
  id: string;
  title: string;
  version: number;
  form: 'self' | 'observer';
  /** Every item, statements and free-text prompts (importance questions not counted). */
  items: number;
  /** Rated statements, the items that score. */
  statements: number;
  /** Free-text prompts. */
  textPrompts: number;
  /** Importance questions, one per theme when asked. */
  importance: number;
  /** Everything a run asks: statements, importance questions and free-text prompts. */
  questions: number;
  minutes: number;
  file: string;
  builtIn: boolean;
}

export function catalogueEntry(q: Questionnaire, file: string, builtIn: boolean): CatalogueEntry {
  return { id: q.id, title: q.title, version: q.version, form: q.form, items: q.items.length, ...questionCounts(q), minutes: q.minutes, file, builtIn };
}
