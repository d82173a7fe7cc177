import type { Questionnaire } from '../questionnaire/model.js';

/** A questionnaire as `syslead list` shows it; the JSON of `list --json` is an array of these. */
export interface CatalogueEntry {
  id: string;
  title: string;
  version: number;
  form: 'self' | 'observer';
  items: number;
  minutes: number;
  file: string;
  builtIn: boolean;
}

export function catalogueEntry(q: Questionnaire, file: string, builtIn: boolean): CatalogueEntry {
  return { id: q.id, title: q.title, version: q.version, form: q.form, items: q.items.length, minutes: q.minutes, file, builtIn };
}
