import { z } from 'zod';
import type { Comparison } from './compare.js';

/** The JSON of `syslead compare --format json` (schema/compare.schema.json); it mirrors Comparison in ./compare.ts. */

const percent = (when: string) =>
  z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: `Percent of maximum possible ${when}; null when that result has no score here.` });

const groupFields = {
  id: z.string(),
  title: z.string(),
  before: percent('in the earlier result'),
  after: percent('in the later result'),
  bandBefore: z.string().nullable().meta({ description: 'Band id in the earlier result.' }),
  bandAfter: z.string().nullable().meta({ description: 'Band id in the later result.' }),
  change: z.number().min(-100).max(100).nullable().meta({ description: 'after - before in percentage points, full precision; null unless both have a score.' }),
  direction: z.enum(['up', 'down', 'same']).nullable().meta({ description: 'same when the change is under half a point.' }),
  size: z.enum(['negligible', 'small', 'moderate', 'large']).nullable().meta({ description: 'By the absolute change in points: negligible under 5, small under 10, moderate under 20, large from 20.' }),
  judgement: z
    .strictObject({
      method: z.enum(['rci', 'rule-of-thumb']).meta({ description: "rci: Jacobson & Truax's reliable change index from the cohort report given by --reliability; rule-of-thumb: read by size." }),
      rci: z.number().nullable().meta({ description: '(after score - before score) / seDiff; null with the rule of thumb.' }),
      seDiff: z.number().nullable().meta({ description: 'SD * sqrt(2) * sqrt(1 - alpha) of the cohort, on the score scale.' }),
      class: z.enum(['improved', 'no reliable change', 'declined']).nullable().meta({ description: 'By |RCI| > 1.96; null with the rule of thumb.' }),
      why: z.string().meta({ description: 'The figures used, or why the RCI could not be used.' }),
    })
    .meta({ description: 'How the change is judged.' }),
};

const sectionChange = z.strictObject(groupFields).meta({ description: 'The change in one facet.' });
const comparedResult = z.strictObject({
  source: z.string().meta({ description: 'The result file.' }),
  completed: z.string().nullable().meta({ description: 'When its answers were completed (ISO 8601).' }),
});

export const comparisonSchema = z
  .strictObject({
    questionnaire: z.strictObject({ id: z.string(), version: z.int().min(1), title: z.string() }),
    before: comparedResult,
    after: comparedResult,
    themes: z.array(z.strictObject({ ...groupFields, facets: z.array(sectionChange) }).meta({ description: 'The change in one theme, with its facets.' })),
    reliability: z.strictObject({ source: z.string() }).nullable().meta({ description: 'The cohort report JSON given by --reliability, or null.' }),
  })
  .meta({ title: 'syslead comparison', description: 'The change between two results of one person, as printed by syslead compare --format json.' });

// Both directions, so the schema and the Comparison type cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof comparisonSchema>, Comparison> = true;
void schemaMatchesType;
