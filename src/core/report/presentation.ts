import type { Band, Questionnaire } from '../questionnaire/model.js';

/**
 * What renderers need of a questionnaire besides a report's figures: the language its texts are in
 * (an HTML page's lang) and its bands with their labels and cut-offs (band names, chart zones and
 * their legend). Every report model carries it, so that no renderer needs the questionnaire.
 */
export interface Presentation {
  language: string;
  bands: readonly Band[];
}

export function presentationOf(questionnaire: Pick<Questionnaire, 'language' | 'bands'>): Presentation {
  return { language: questionnaire.language, bands: questionnaire.bands };
}

/** A band id as its label; the id itself for a band the questionnaire does not have (a result of another version). */
export function bandLabel(bands: readonly Pick<Band, 'id' | 'label'>[], id: string): string {
  return bands.find((b) => b.id === id)?.label ?? id;
}
