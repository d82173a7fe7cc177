import { z } from 'zod';
import { slug } from '../questionnaire/schema.js';
import { LANGUAGE_TAG } from '../language-tag.js';
import { say } from '../i18n/voice.js';

/**
 * The translation format: a file of texts only, keyed by the ids of its source questionnaire,
 * which keeps every scoring rule (keying, scales' points, weights, bands' cut-offs), so that no
 * translation can change a score. Every text is optional here: ./check.ts, which knows the source,
 * says which are missing and which name nothing in it.
 */

const text = z
  .string()
  .trim()
  .min(1, { error: () => say('authoring.zod.notEmpty') });
const texts = (description: string) => z.array(text).meta({ description });

const reflectionSchema = z.strictObject({
  meaning: text.optional(),
  questions: texts('The questions, in the order of the source, as many as it has.').optional(),
  try: text.optional(),
});

const sectionFields = {
  title: text.optional(),
  description: text.optional(),
  items: z.record(slug, text).optional().meta({ description: 'Item id -> the statement or question, as worded in this language.' }),
  reflections: z.record(slug, reflectionSchema).optional().meta({ description: 'Band id -> the reflections for a result in that band.' }),
};

export const translationSchema = z
  .strictObject({
    $schema: z.string().optional(),
    translation_of: slug.meta({ description: 'The id of the questionnaire translated: its scoring rules apply unchanged.' }),
    language: z
      .string()
      .regex(LANGUAGE_TAG, { error: () => say('authoring.schema.languageTag', { example: 'cy-GB' }) })
      .meta({ description: 'The language of the texts, e.g. cy-GB; the questionnaire is then ID.cy (or ID.cy-GB).' }),
    status: z.enum(['draft', 'reviewed']).default('draft').meta({ description: 'draft: to be reviewed by a speaker of the language before use; reviewed: checked by one.' }),
    source_version: z
      .int()
      .positive()
      .optional()
      .meta({ description: 'The version of the source questionnaire translated: when the source has another, validate (and form and preview) warn that its texts may no longer say what the source says.', examples: [1] }),
    title: text.optional(),
    description: text.optional(),
    scales: z
      .record(slug, z.strictObject({ labels: texts('One label per point, lowest first, as many as the source scale has.').optional(), not_applicable: texts('As many as the source scale has.').optional() }))
      .optional(),
    importance: z.strictObject({ question: text.optional().meta({ description: '{theme} is replaced by the theme title.' }) }).optional(),
    bands: z.record(slug, z.strictObject({ label: text.optional(), meaning: text.optional() })).optional(),
    resources: z.record(slug, z.strictObject({ title: text.optional(), note: text.optional() })).optional(),
    themes: z.record(slug, z.strictObject({ ...sectionFields, facets: z.record(slug, z.strictObject(sectionFields)).optional() })).optional(),
  })
  .meta({ title: 'syslead translation', description: "The texts of a syslead questionnaire in another language, by id; the source questionnaire's scoring applies." });

export type TranslationInput = z.input<typeof translationSchema>;

/** The header fields of a translation file; every other top-level field holds texts. */
export const HEADER_FIELDS: ReadonlySet<string> = new Set(['$schema', 'translation_of', 'language', 'status', 'source_version']);

/**
 * Fields that decide a score, in a questionnaire or in names a translator might reach for: a
 * translation with one is refused with a message of its own, not as an unknown field.
 */
export const SCORING_FIELDS: ReadonlySet<string> = new Set([
  'keyed',
  'keying',
  'reverse',
  'reversed',
  'weight',
  'weights',
  'value',
  'values',
  'min',
  'max',
  'below',
  'cut_off',
  'cut_offs',
  'cutoff',
  'cutoffs',
  'method',
  'min_answered',
  'scoring',
  'scale',
  'default_scale',
  'type',
  'version',
]);
