import { z } from 'zod';
import { questionnaireSchema } from './questionnaire/schema.js';
import { translationSchema } from './translation/schema.js';
import { answerFileSchema } from './answers/schema.js';
import { personResultSchema } from './score/result-schema.js';
import { comparisonSchema } from './compare-schema.js';
import { reportJsonSchema } from './report/cohort-schema.js';
import { exportMapSchema } from './csv/export-map-schema.js';
import { feedbackReportSchema } from './feedback/schema.js';
import { aboutFileSchema } from './report/about-schema.js';
import { evaluationSchema } from './evaluate/schema.js';

const draft7 = (schema: z.ZodType) => () => z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });

/** The JSON Schemas published in schema/, generated from the zod schemas that validate the data. */
export const jsonSchemas = {
  questionnaire: draft7(questionnaireSchema),
  translation: draft7(translationSchema),
  answers: draft7(answerFileSchema),
  result: draft7(personResultSchema),
  compare: draft7(comparisonSchema),
  report: draft7(reportJsonSchema),
  map: draft7(exportMapSchema),
  feedback: draft7(feedbackReportSchema),
  about: draft7(aboutFileSchema),
  evaluation: draft7(evaluationSchema),
} as const;

export type SchemaName = keyof typeof jsonSchemas;
