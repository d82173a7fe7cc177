import { z } from 'zod';
import { RATER_ROLES } from '../answers/roles.js';
import { say } from '../i18n/voice.js';
import { slug } from '../questionnaire/schema.js';

/**
 * The export-map format (--map FILE, YAML or JSON), apart from its reading (./export-map.ts) so
 * that the JSON Schema is made without loading the YAML reader.
 */

const point = z
  .union([z.int(), z.string().trim().min(1).max(200)], { error: () => say('inputs.map.pointExpected') })
  .nullable()
  .meta({ description: 'The point on the scale the value is read as; null reads it as not answered; a text, one of the scale\'s not_applicable answers such as "Not observed", reads it as that answer (never scored).' });
const valueTable = z.record(z.string(), point).meta({ description: 'A cell value (ignoring case and spacing) -> the point it is read as.' });

export const exportMapSchema = z
  .strictObject({
    $schema: z.string().optional(),
    questionnaire: slug.optional().meta({ description: 'The questionnaire the export answers: its survey exports are read against it (unless --questionnaire is given, which must be the same).' }),
    columns: z.record(z.string().min(1).max(1000), z.string().min(1).max(200)).optional().meta({
      description:
        'A header, as written in the export (compared ignoring case, spacing and punctuation) -> what its column holds: an item id (or item:ID), importance:THEME, respondent, subject, role, started, completed, attribute:NAME, or ignore.',
    }),
    values: valueTable.optional().meta({ description: "Values read this way in every scored item's and importance column, before the scale's labels." }),
    scales: z.record(z.string(), valueTable).optional().meta({ description: 'Scale id -> values read this way on that scale (over `values`).' }),
    items: z.record(z.string(), valueTable).optional().meta({ description: 'Item id -> values read this way for that item alone (over `scales` and `values`).' }),
    roles: z.record(z.string().min(1).max(200), z.enum(RATER_ROLES)).optional().meta({ description: 'A value of the role column (ignoring case, spacing and punctuation) -> the rater role it means.' }),
    subjects: z
      .record(z.string().min(1).max(200), z.string().trim().min(1).max(200))
      .optional()
      .meta({ description: 'A value of the subject column (ignoring case, spacing and punctuation), such as a choice code of a raw export -> the name of the person rated.' }),
  })
  .meta({ title: 'syslead export map', description: "How to read a survey export's columns and coded values (syslead report/score --map FILE)." });

export type ExportMapDoc = z.output<typeof exportMapSchema>;
