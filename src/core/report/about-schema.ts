import { z } from 'zod';

/**
 * The file given by `syslead report --about FILE` (YAML or JSON): what heads the report. Apart from
 * its reading (./about-parse.ts) so that the JSON Schema is made without loading the YAML reader.
 */

const line = (description: string) => z.string().min(1).max(500).meta({ description });

export const aboutFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: line('The title heading the report (--title overrides it).').optional(),
    programme: line('The programme the cohort is on, under the title (--programme overrides it).').optional(),
    // A year alone (2026) reads as a number in YAML: it is the same text.
    date: z
      .union([line('The date or period the report is of, free text: "November 2026" (--date overrides it).'), z.int().min(0).max(999999)])
      .optional()
      .meta({ description: 'The date or period the report is of, free text such as "November 2026", or a year (--date overrides it).' }),
  })
  .meta({ title: 'syslead report heading', description: 'What heads a cohort report in every format (syslead report --about FILE): its title, programme and date.' });

export type AboutFileDoc = z.output<typeof aboutFileSchema>;
