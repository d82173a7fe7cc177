import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug.js';

/**
 * The questionnaire format: one zod schema gives the TypeScript input types, the validation and
 * the JSON Schema in schema/questionnaire.schema.json (so editors can complete and explain fields).
 * Cross-references (ids, scales, bands, resources) are checked in ./rules.ts, which knows the
 * whole document.
 */

/**
 * Size caps: the statistics of a report grow with the square of the item count, so a file of
 * 10,000 items would need gigabytes. The built-in questionnaires have 36 items; no researcher's
 * instrument comes near these.
 */
export const QUESTIONNAIRE_LIMITS = { maxItems: 500, maxItemsPerTheme: 200 } as const;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, {
    error: 'must be a slug: lower-case letters and digits, joined by single hyphens or underscores (e.g. "shared-values")',
  })
  .max(SLUG_MAX_LENGTH);

const text = z.string().trim().min(1, { error: 'must not be empty' });

export const scoringMethod = z.enum(['mean', 'sum']).meta({
  description: 'mean: weighted mean of the answered items; sum: that mean times the total weight of the items (a pro-rated sum)',
});

export const scaleSchema = z
  .strictObject({
    min: z.int().min(-100).max(100).default(1).meta({ description: 'Value of the first label; the last is min + points - 1. Default 1.' }),
    labels: z
      .array(text)
      .min(2, { error: 'a scale needs at least 2 labels' })
      .max(11, { error: 'a scale has at most 11 labels' })
      .meta({ description: 'One label per point, lowest first, e.g. [Rarely, Sometimes, Often, Usually, Almost always]' }),
    not_applicable: z.array(text).min(1).max(3, { error: 'a scale has at most 3 "not observed" answers' }).optional().meta({
      description: "Answers that are no point on the scale and mean the rater could not say, e.g. [Not observed, Don't know]: offered in run, read from answer files and exports, counted apart and never scored.",
    }),
  })
  .meta({ description: 'A response scale: its points are min, min+1, ... with one label each.' });

const reflectionSchema = z
  .strictObject({
    meaning: text.meta({ description: 'What a result in this band may mean.' }),
    questions: z.array(text).min(1).max(6).meta({ description: 'Two or three questions to sit with.' }),
    try: text.meta({ description: 'One thing to try in the next fortnight.' }),
  })
  .meta({ description: 'Reflections shown for a result in one band.' });

const reflectionsSchema = z.record(slug, reflectionSchema).meta({ description: 'Reflections per band id, e.g. { emerging: {...}, developing: {...}, established: {...} }' });

const resourceRefs = z.array(slug).meta({ description: 'Ids of entries in the top-level resources list.' });

export const itemSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique across the whole questionnaire; answer files and CSV columns use it.' }),
    type: z.enum(['likert', 'text']).optional().meta({ description: 'likert (default): a scored rating; text: a free-text prompt, saved and never scored.' }),
    text: text.meta({ description: 'The statement or question shown to the person.' }),
    keyed: z.enum(['plus', 'minus']).optional().meta({ description: 'plus (default): agreeing scores higher; minus: reverse-keyed, scored as min + max - answer.' }),
    scale: slug.optional().meta({ description: 'Name of a scale under scales; default: default_scale.' }),
    weight: z.number().positive().max(100).optional().meta({ description: 'Weight in its theme and facet scores; default 1.' }),
  })
  .meta({ description: 'One question.' });

const itemList = z.array(itemSchema).max(QUESTIONNAIRE_LIMITS.maxItemsPerTheme, {
  error: `may have at most ${QUESTIONNAIRE_LIMITS.maxItemsPerTheme} items: split a longer list into themes or facets`,
});

const facetSchema = z.strictObject({
  id: slug,
  title: text,
  description: text.optional(),
  items: itemList.min(1, { error: 'a facet needs at least one item' }),
  reflections: reflectionsSchema.optional(),
  resources: resourceRefs.optional(),
});

export const themeSchema = z.strictObject({
  id: slug,
  title: text,
  description: text.optional(),
  method: scoringMethod.optional().meta({ description: 'Overrides scoring.method for this theme and its facets.' }),
  items: itemList.optional(),
  facets: z.array(facetSchema).optional(),
  reflections: reflectionsSchema.optional(),
  resources: resourceRefs.optional(),
});

export const bandSchema = z.strictObject({
  id: slug,
  label: text,
  below: z.number().min(0).max(100).optional().meta({ description: 'Upper cut-off on the 0-100 percent of maximum (a percent equal to it belongs to the next band). The last band has none.' }),
  meaning: text.optional().meta({ description: 'A short general description of the band.' }),
});

const resourceSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  authors: text.optional(),
  year: z.int().min(1800).max(2200).optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be a full http(s):// address' })
    .optional()
    .meta({ description: 'Only a verified address; leave out when unknown.' }),
  note: text.optional().meta({ description: 'Why this is worth reading.' }),
});

export const questionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: slug.meta({ description: 'Unique id; built-in questionnaires are named after it.' }),
    version: z.int().min(1).meta({ description: 'Raise it when items or scoring change; answer files record it.' }),
    title: text,
    description: text,
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'must be a language tag such as en-GB' })
      .default('en-GB'),
    minutes: z.number().positive().max(600).meta({ description: 'Estimated minutes to complete.' }),
    form: z.enum(['self', 'observer']).default('self').meta({ description: 'self: people rate themselves; observer: colleagues rate someone else, with the same item ids as the self form.' }),
    pairs_with: slug.optional().meta({
      description: 'On an observer form: the id of the self form it pairs with. syslead validate then checks that both have the same item ids, scales, keying, themes and facets.',
      examples: ['systems-leadership'],
    }),
    scales: z.record(slug, scaleSchema).meta({ description: 'Named response scales.' }),
    default_scale: slug.meta({ description: 'Scale used by items that name none.' }),
    scoring: z
      .strictObject({
        method: scoringMethod.default('mean'),
        min_answered: z.number().min(0).max(1).default(0.5).meta({ description: "Fraction of a theme's (or facet's) scored items that must be answered for a score." }),
      })
      .default({ method: 'mean', min_answered: 0.5 }),
    importance: z
      .strictObject({
        scale: slug.meta({ description: 'Scale for the importance answers.' }),
        question: text.meta({ description: 'Asked once per theme; {theme} is replaced by the theme title.' }),
      })
      .optional()
      .meta({ description: "Ask, once per theme, how important it is to the person's current role." }),
    bands: z.array(bandSchema).min(1).meta({ description: 'Bands on the 0-100 percent of maximum, lowest first; every band but the last has a below cut-off.' }),
    resources: z.array(resourceSchema).default([]),
    themes: z
      .array(themeSchema)
      .min(1, { error: 'a questionnaire needs at least one theme' })
      .meta({ description: `At most ${QUESTIONNAIRE_LIMITS.maxItems} items in all, and ${QUESTIONNAIRE_LIMITS.maxItemsPerTheme} in one theme (with its facets).` }),
  })
  .meta({ title: 'syslead questionnaire', description: 'A syslead questionnaire (YAML).' });

export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type QuestionnaireDoc = z.output<typeof questionnaireSchema>;
export type ItemDoc = z.output<typeof itemSchema>;
export type ThemeDoc = z.output<typeof themeSchema>;
export type BandDoc = z.output<typeof bandSchema>;
