import type { Reflection, Resource } from '../questionnaire/model.js';
import type { Presentation } from '../report/presentation.js';

/**
 * A questionnaire laid out for the people who sign off its wording (`syslead preview`): every
 * theme, facet and statement in order, how each is scored in words, and every band's reflections
 * and resources. With a pair, the self and observer forms side by side: each list below that is
 * "per form" has one entry per form, in the order of `forms` (the self form first), null where a
 * form has nothing there.
 */
export interface QuestionnairePreview {
  presentation: Presentation;
  forms: PreviewForm[];
  sections: PreviewSection[];
  /**
   * In two languages (--lang cy,en): the preview made in each, the first first (this one, then
   * one of the forms in the second language, of the same shape); absent in one language.
   */
  inEach?: QuestionnairePreview[];
}

/** One form's facts and the rules that hold for the whole of it, in words. */
export interface PreviewForm {
  id: string;
  version: number;
  title: string;
  description: string;
  form: 'self' | 'observer';
  minutes: number;
  /** How a theme's or facet's score is made. */
  scoring: string;
  /** Each scale, its points and labels in words. */
  scales: string[];
  /** Each band, its label, its cut-offs in words and its meaning. */
  bands: PreviewBand[];
}

export interface PreviewBand {
  id: string;
  label: string;
  /** The percents it holds, in words: "under 40% of the maximum". */
  range: string;
  meaning: string | null;
}

/** A theme (its facets inside it) or a facet. */
export interface PreviewSection {
  kind: 'theme' | 'facet';
  id: string;
  /** Per form. */
  titles: (string | null)[];
  /** Per form. */
  descriptions: (string | null)[];
  /** Per form: how a theme is scored when it differs from its form's rule (its own method), else null; empty for a facet. */
  method: (string | null)[];
  /** Per form: a theme's importance question as asked, with its scale in words; empty for a facet. */
  importance: (string | null)[];
  statements: PreviewStatement[];
  /** The bands any form has a reflection for, in the bands' order. */
  reflections: BandReflections[];
  /** Every form's resources for the section, each once, in the order given. */
  resources: Resource[];
  facets: PreviewSection[];
}

export interface PreviewStatement {
  /** Its place among every statement of the preview, from 1. */
  number: number;
  id: string;
  /** Per form. */
  wordings: (Wording | null)[];
}

export interface Wording {
  text: string;
  kind: 'likert' | 'text';
  /** For a rated statement; null for free text. */
  keyed: 'plus' | 'minus' | null;
  /** How it is answered and scored, in words: the scale, the keying ("reverse-scored"), a weight. */
  scoring: string;
}

export interface BandReflections {
  band: Pick<PreviewBand, 'id' | 'label' | 'range'>;
  /** Per form. */
  reflections: (Reflection | null)[];
}
