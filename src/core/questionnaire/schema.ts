import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug.js';
import { LANGUAGE_TAG } from '../language-tag.js';
import { say } from '../i18n/voice.js';

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
    error: () => say('authoring.schema.slug'),
  })
  .max(SLUG_MAX_LENGTH);

const text = z
  .string()
  .trim()
  .min(1, { error: () => say('authoring.zod.notEmpty') });

export const scoringMethod = z.enum(['mean', 'sum']).meta({
  description: 'mean: weighted mean of the answered items; sum: that mean times the total weight of the items (a pro-rated sum)',
});

export const scaleSchema = z
  .strictObject({
    min: z
      .int()
      .min(-100)
      .max(100)
      .default(1)
      .meta({ description: 'Value of the first label; the last is min + points - 1. Default 1.', examples: [1] }),
    labels: z
      .array(text)
      .min(2, { error: () => say('authoring.schema.scaleMinLabels') })
      .max(11, { error: () => say('authoring.schema.scaleMaxLabels') })
      .meta({ description: 'One label per point, lowest first, e.g. [Rarely, Sometimes, Often, Usually, Almost always]', examples: [['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always']] }),
    not_applicable: z
      .array(text)
      .min(1)
      .max(3, { error: () => say('authoring.schema.scaleMaxNotObserved') })
      .optional()
      .meta({
        description: "Answers that are no point on the scale and mean the rater could not say, e.g. [Not observed, Don't know]: offered in run, read from answer files and exports, counted apart and never scored.",
        examples: [['Not observed', "Don't know"]],
      }),
  })
  .meta({ description: 'A response scale: its points are min, min+1, ... with one label each.', examples: [{ min: 1, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] }] });

const reflectionSchema = z
  .strictObject({
    meaning: text.meta({ description: 'What a result in this band may mean.', examples: ['The values behind your work may not often be visible in how you work with partners at the moment.'] }),
    questions: z
      .array(text)
      .min(1)
      .max(6)
      .meta({ description: 'Two or three questions to sit with (a list: one "- " line each), at most 6.', examples: [['Which two or three values would you want partners to recognise in how you work?']] }),
    try: text.meta({ description: 'One thing to try in the next fortnight.', examples: ['Before your next meeting with a partner, write down one value you hope to show in it.'] }),
  })
  .meta({ description: 'Reflections shown for a result in one band.' });

const reflectionsSchema = z.record(slug, reflectionSchema).meta({ description: 'Reflections per band id, e.g. { emerging: {...}, developing: {...}, established: {...} }' });

const resourceRefs = z.array(slug).meta({ description: 'Ids of entries in the top-level resources list, shown as "Read next".', examples: [['systems-leadership-study']] });

export const itemSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique across the whole questionnaire; answer files and CSV columns use it.', examples: ['sv1'] }),
    type: z
      .enum(['likert', 'text'])
      .optional()
      .meta({ description: 'likert (default): a scored rating; text: a free-text prompt, saved and never scored.', examples: ['text'] }),
    text: text.meta({ description: 'The statement or question shown to the person.', examples: ['When I face a difficult decision, I check it against the values I hold.'] }),
    keyed: z
      .enum(['plus', 'minus'])
      .optional()
      .meta({ description: 'plus (default): agreeing scores higher; minus: reverse-keyed, scored as min + max - answer.', examples: ['minus'] }),
    scale: slug.optional().meta({ description: 'Name of a scale under scales; default: default_scale.', examples: ['frequency'] }),
    weight: z
      .number()
      .positive()
      .max(100)
      .optional()
      .meta({ description: 'Weight in its theme and facet scores; default 1.', examples: [2] }),
  })
  .meta({ description: 'One question: a rated statement, or a free-text prompt (type: text).' });

const itemList = z.array(itemSchema).max(QUESTIONNAIRE_LIMITS.maxItemsPerTheme, {
  error: () => say('authoring.schema.maxItems', { limit: String(QUESTIONNAIRE_LIMITS.maxItemsPerTheme) }),
});

const facetSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique among the facets and themes; reports name the facet by it.', examples: ['perceiving'] }),
    title: text.meta({ description: 'The facet as reports head it.', examples: ['Perceiving'] }),
    description: text.optional().meta({ description: 'What the facet is about, shown before its statements.', examples: ['How you take in a situation before acting on it.'] }),
    items: itemList.min(1, { error: () => say('authoring.schema.facetNeedsItem') }).meta({ description: "The facet's statements and prompts, in the order asked." }),
    reflections: reflectionsSchema.optional(),
    resources: resourceRefs.optional(),
  })
  .meta({ description: 'A part of a theme with its own score.' });

export const themeSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique among the themes and facets; answer files and reports name the theme by it.', examples: ['shared-values'] }),
    title: text.meta({ description: 'The theme as the run and the reports head it.', examples: ['Shared values'] }),
    description: text.optional().meta({ description: 'What the theme is about, shown before its statements.', examples: ['How far your values show in the way you work with partners.'] }),
    method: scoringMethod.optional().meta({ description: 'Overrides scoring.method for this theme and its facets.', examples: ['sum'] }),
    items: itemList.optional().meta({ description: "The theme's own statements and prompts, asked before its facets'." }),
    facets: z.array(facetSchema).optional().meta({ description: 'Parts of the theme, each with its own score; the theme is scored on all their items.' }),
    reflections: reflectionsSchema.optional(),
    resources: resourceRefs.optional(),
  })
  .meta({ description: 'A theme: statements, facets, and the reflections and resources its result shows.' });

export const bandSchema = z
  .strictObject({
    id: slug.meta({ description: "The band's name in reflections (reflections: { emerging: ... }).", examples: ['emerging'] }),
    label: text.meta({ description: 'The band as reports show it.', examples: ['Early days'] }),
    below: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: 'Upper cut-off on the 0-100 percent of maximum (a percent equal to it belongs to the next band). The last band has none.', examples: [40] }),
    meaning: text.optional().meta({ description: 'A short general description of the band.', examples: ['This way of leading shows up now and then so far.'] }),
  })
  .meta({ description: 'A range of results on the 0-100 percent of maximum.' });

const resourceSchema = z
  .strictObject({
    id: slug.meta({ description: 'The name themes and facets list it by under resources.', examples: ['systems-leadership-study'] }),
    title: text.meta({ description: 'The title of the work.', examples: ['Systems Leadership: Exceptional leadership for exceptional times'] }),
    publisher: text.meta({ description: 'Who published it.', examples: ['The Staff College'] }),
    authors: text.optional().meta({ description: 'Its authors, as a reader would cite them.', examples: ['Deborah Ghate, Jane Lewis and David Welbourn'] }),
    year: z
      .int()
      .min(1800)
      .max(2200)
      .optional()
      .meta({ description: 'The year it was published.', examples: [2013] }),
    url: z
      .url({ protocol: /^https?$/, error: () => say('authoring.schema.url') })
      .optional()
      .meta({ description: 'Only a verified address; leave out when unknown.', examples: ['https://thestaffcollege.uk/publications/systems-leadership-research/'] }),
    note: text.optional().meta({ description: 'Why this is worth reading.', examples: ['The UK study this tool is built on.'] }),
  })
  .meta({ description: 'Something to read next, listed by the themes and facets that name it.' });

export const questionnaireSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'The JSON Schema this file follows, for editors; syslead ignores it.', examples: ['./questionnaire.schema.json'] }),
    id: slug.meta({ description: 'Unique id; built-in questionnaires are named after it.', examples: ['my-team-check-in'] }),
    version: z
      .int()
      .min(1)
      .meta({ description: 'Raise it when items or scoring change; answer files record it.', examples: [1] }),
    title: text.meta({ description: 'The questionnaire as the run and the reports head it.', examples: ['Systems leadership: a self-assessment'] }),
    description: text.meta({
      description: 'What it is for and how to read its results, shown before the first question.',
      examples: ['A reflective self-assessment for people who lead across organisational boundaries.'],
    }),
    language: z
      .string()
      .regex(LANGUAGE_TAG, { error: () => say('authoring.schema.languageTag', { example: 'en-GB' }) })
      .default('en-GB')
      .meta({ description: 'The language of its texts, as a BCP 47 tag (reports are marked with it, for screen readers). Default en-GB.', examples: ['en-GB'] }),
    minutes: z
      .number()
      .positive()
      .max(600)
      .meta({ description: 'Estimated minutes to complete.', examples: [12] }),
    form: z
      .enum(['self', 'observer'])
      .default('self')
      .meta({ description: 'self: people rate themselves; observer: colleagues rate someone else, with the same item ids as the self form.', examples: ['observer'] }),
    pairs_with: slug.optional().meta({
      description: 'On an observer form: the id of the self form it pairs with. syslead validate then checks that both have the same item ids, scales, keying, themes and facets.',
      examples: ['systems-leadership'],
    }),
    scales: z.record(slug, scaleSchema).meta({ description: 'Named response scales.' }),
    default_scale: slug.meta({ description: 'Scale used by items that name none.', examples: ['frequency'] }),
    scoring: z
      .strictObject({
        method: scoringMethod.default('mean').meta({ examples: ['mean'] }),
        min_answered: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .meta({ description: "Fraction of a theme's (or facet's) scored items that must be answered for a score.", examples: [0.5] }),
      })
      .default({ method: 'mean', min_answered: 0.5 })
      .meta({ description: 'How theme and facet scores are made. Default: mean, min_answered 0.5.' }),
    importance: z
      .strictObject({
        scale: slug.meta({ description: 'Scale for the importance answers.', examples: ['importance'] }),
        question: text.meta({ description: 'Asked once per theme; {theme} is replaced by the theme title.', examples: ['How important is {theme} to your current role?'] }),
      })
      .optional()
      .meta({ description: "Ask, once per theme, how important it is to the person's current role." }),
    bands: z.array(bandSchema).min(1).meta({ description: 'Bands on the 0-100 percent of maximum, lowest first; every band but the last has a below cut-off.' }),
    resources: z.array(resourceSchema).default([]).meta({ description: 'Things to read, listed by id under the themes and facets they go with.' }),
    themes: z
      .array(themeSchema)
      .min(1, { error: () => say('authoring.schema.needsTheme') })
      .meta({ description: `At most ${QUESTIONNAIRE_LIMITS.maxItems} items in all, and ${QUESTIONNAIRE_LIMITS.maxItemsPerTheme} in one theme (with its facets).` }),
  })
  .meta({ title: 'syslead questionnaire', description: 'A syslead questionnaire (YAML).' });

export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type QuestionnaireDoc = z.output<typeof questionnaireSchema>;
export type ItemDoc = z.output<typeof itemSchema>;
export type ThemeDoc = z.output<typeof themeSchema>;
export type BandDoc = z.output<typeof bandSchema>;
