import { z } from 'zod';
import type { EvaluationFigures } from './build.js';

/** The JSON of `syslead evaluate --format json` (schema/evaluation.schema.json); it mirrors Evaluation in ./build.ts. */

const count = z.int().min(0);
const reason = (what: string) =>
  z
    .string()
    .nullable()
    .meta({ description: `Why ${what} is null; null when it is given.` });

const wave = z.strictObject({
  respondents: count.meta({ description: 'Respondents of the questionnaire evaluated read in this wave.' }),
  withoutKey: count.meta({ description: 'Without a value in the match column: not matched.' }),
  duplicated: count.meta({ description: 'Sharing their key with another respondent of the same wave: none of them is matched.' }),
  duplicateKeys: count.meta({ description: 'Distinct keys met more than once in this wave.' }),
  matched: count,
  unmatched: count.meta({ description: 'With a key met once here and not in the other wave.' }),
  duplicatedInOther: count.meta({ description: 'With a key met once here that the other wave holds more than once: not matched.' }),
});

const section = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['theme', 'facet']),
  theme: z.string().nullable().meta({ description: 'The theme a facet is of; null for a theme.' }),
  pairs: count.meta({ description: 'Matched people with a score here in both waves.' }),
  meanBefore: z.number().nullable().meta({ description: 'Mean percent of the pairs before.' }),
  meanAfter: z.number().nullable().meta({ description: 'Mean percent of the pairs after.' }),
  change: z
    .strictObject({
      estimate: z.number().meta({ description: 'Mean of after - before, percentage points.' }),
      ciLower: z.number(),
      ciUpper: z.number(),
      statistic: z.number().meta({ description: 't.' }),
      df: z.number(),
      pValue: z.number().min(0).max(1).meta({ description: 'Two-sided.' }),
      sdDiff: z.number().meta({ description: 'SD of the differences.' }),
    })
    .nullable()
    .meta({ description: "As R's t.test(after, before, paired = TRUE)." }),
  changeWithheld: reason('change'),
  effect: z.strictObject({ dz: z.number(), ciLower: z.number(), ciUpper: z.number() }).nullable().meta({ description: "Cohen's d_z with its 95% CI by noncentral t inversion." }),
  effectWithheld: reason('effect'),
  reliableChange: z
    .strictObject({
      baselineSd: z.number().meta({ description: 'Sample SD of every BEFORE respondent scored here.' }),
      alpha: z.number().meta({ description: "BEFORE's raw alpha (pairwise-complete)." }),
      seDiff: z.number().meta({ description: 'baselineSd * sqrt(2) * sqrt(1 - alpha).' }),
      improved: count,
      noReliableChange: count,
      declined: count,
    })
    .nullable()
    .meta({ description: "Jacobson & Truax's RCI at 1.96, counted over the pairs." }),
  reliableChangeWithheld: reason('reliableChange'),
});

const person = z.strictObject({
  name: z.string().meta({ description: 'Their respondent name in either wave, else their key.' }),
  key: z.string(),
  sections: z.array(
    z.strictObject({
      id: z.string(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      change: z.number().nullable(),
      rci: z.number().nullable(),
      class: z.enum(['improved', 'no reliable change', 'declined']).nullable(),
    }),
  ),
});

export const evaluationSchema = z
  .strictObject({
    kind: z.literal('evaluation'),
    questionnaire: z.strictObject({ id: z.string(), version: z.int().min(1), title: z.string(), language: z.string() }),
    before: z.strictObject({ sources: z.array(z.string()) }),
    after: z.strictObject({ sources: z.array(z.string()) }),
    matching: z.strictObject({
      column: z.string(),
      rule: z.string().meta({ description: 'How keys are compared.' }),
      matched: count,
      before: wave,
      after: wave,
    }),
    basis: z.string().meta({ description: 'What the figures are on (percents of maximum possible).' }),
    methods: z.strictObject({ change: z.string(), effect: z.string(), reliableChange: z.string() }),
    minGroup: z.int().min(1),
    withheld: z.string().nullable().meta({ description: 'Why every figure is withheld (fewer matched people than minGroup); null otherwise.' }),
    sections: z.array(section).meta({ description: 'Each theme, followed by its facets.' }),
    people: z.array(person).nullable().meta({ description: 'Matched people, named: with --per-respondent only.' }),
  })
  .meta({ title: 'syslead evaluation', description: 'A programme evaluation of two waves, as printed by syslead evaluate --format json.' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof evaluationSchema>, EvaluationFigures> = true;
void schemaMatchesType;
