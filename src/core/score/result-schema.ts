import { z } from 'zod';
import { RATER_ROLES } from '../answers/schema.js';
import { scoringMethod } from '../questionnaire/schema.js';
import type { PersonResult } from './result.js';

/** The JSON of `syslead score` (schema/result.schema.json); it mirrors PersonResult in ./result.ts. */

const nullableNumber = (description: string) => z.number().nullable().meta({ description });

const groupFields = {
  id: z.string(),
  title: z.string(),
  method: scoringMethod,
  score: nullableNumber('mean: weighted mean of the keyed answers; sum: that mean times the total weight of all the items (pro-rated). null when too few items were answered.'),
  percent: z.number().min(0).max(100).nullable().meta({ description: 'Percent of maximum possible: 100 * sum(w * (keyed - min)) / sum(w * (max - min)) over the answered items. null with the score.' }),
  band: z.string().nullable().meta({ description: 'Band id from the percent (a percent equal to a cut-off belongs to the higher band); null with the score.' }),
  answered: z.int().min(0).meta({ description: 'Scored items answered.' }),
  total: z.int().min(0).meta({ description: 'Scored items in the theme or facet.' }),
  reason: z.string().optional().meta({ description: 'Why the score is null.' }),
  prorated: z.boolean().optional().meta({ description: 'Method sum: true when items were skipped and the sum was pro-rated.' }),
  strengths: z.array(z.string()).optional().meta({ description: 'Highest-scoring answered item ids, best first.' }),
  growthEdges: z.array(z.string()).optional().meta({ description: 'Lowest-scoring answered item ids, lowest first.' }),
};

const groupScore = z.strictObject(groupFields).meta({ description: 'A facet score.' });

const themeScore = z
  .strictObject({
    ...groupFields,
    importance: nullableNumber('Answer on the importance scale; null when not asked or not answered.'),
    facets: z.array(groupScore),
  })
  .meta({ description: 'A theme score, with its facets.' });

const itemResult = z.strictObject({
  id: z.string(),
  theme: z.string(),
  facet: z.string().nullable(),
  answer: nullableNumber("The answer as given, on the item's scale; null when skipped."),
  keyed: nullableNumber('The answer after reverse keying (min + max - answer for keyed: minus).'),
});

export const personResultSchema = z
  .strictObject({
    questionnaire: z.strictObject({ id: z.string(), version: z.int().min(1), title: z.string() }),
    respondent: z.string().nullable(),
    role: z.enum(RATER_ROLES),
    subject: z.string().nullable(),
    completed: z
      .string()
      .nullable()
      .meta({ description: 'When the answers were completed: ISO 8601, or from a survey export as it wrote the date when syslead could not read it (day and month either way round); null while in progress.' }),
    themes: z.array(themeScore),
    items: z.array(itemResult).meta({ description: 'Every scored item, in questionnaire order.' }),
    texts: z.record(z.string(), z.string()).meta({ description: 'Free-text item id -> answer.' }),
    priorities: z.array(z.string()).meta({ description: 'Development priorities: theme ids that matter to the role and score lowest, most pressing first.' }),
    strongest: z.string().nullable().optional().meta({ description: 'Theme id with the highest percent; null unless themes scored differently.' }),
    growthEdge: z.string().nullable().optional().meta({ description: 'Theme id with the lowest percent; null unless themes scored differently.' }),
  })
  .meta({ title: 'syslead result', description: "One person's scored answers, as printed by syslead score --format json." });

// Both directions, so the schema and the PersonResult type cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof personResultSchema>, PersonResult> = true;
void schemaMatchesType;
