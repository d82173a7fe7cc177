import { say } from '../i18n/voice.js';
import { z } from 'zod';
import { slug } from '../questionnaire/schema.js';
import { RATER_ROLES } from './roles.js';
import { LANGUAGE_TAG } from '../language-tag.js';

/**
 * The answer-file format (YAML or JSON): what `syslead run` saves and `syslead score` reads.
 * Values are checked against the questionnaire in ./check.ts, which knows its scales.
 */

export { RATER_ROLES, type RaterRole } from './roles.js';

const answerValue = z.union([z.number(), z.string(), z.null()]).meta({
  description: 'A number on the item\'s scale, or one of its labels (any case), or one of its not_applicable answers such as "Not observed" (never scored); a string for a free-text item; null or absent when skipped.',
});

export const answerFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    questionnaire: slug.meta({ description: 'The questionnaire id.' }),
    version: z.int().min(1).meta({ description: 'The questionnaire version the answers were given to.' }),
    language: z
      .string()
      .regex(LANGUAGE_TAG, { error: () => say('inputs.answers.languageTag') })
      .optional()
      .meta({ description: 'The language of a translation the answers were given in (e.g. cy-GB); absent for the questionnaire as written. The scores are the same in every language.' }),
    report_languages: z
      .array(z.string().regex(LANGUAGE_TAG, { error: () => say('results.answers.reportLanguageTag') }))
      .min(1)
      .optional()
      .meta({
        description:
          'The languages syslead spoke and wrote its report in when it saved these answers (`syslead run`), the first first: [cy] for Welsh, [cy, en] for a bilingual report; absent in older files and in answer files written by hand. Each is a language syslead speaks (en, cy) or another language tag. `syslead score` writes its report in them unless --lang or $SYSLEAD_LANG says otherwise.',
      }),
    respondent: z.string().max(200).optional().meta({ description: 'Who answered (optional).' }),
    role: z
      .enum(RATER_ROLES)
      .optional()
      .meta({ description: "The respondent's relation to the subject: self, manager, peer, direct-report, partner or other. Default: self for a self form, other for an observer form." }),
    subject: z.string().max(200).optional().meta({ description: 'Whom the answers are about, for 360 reports (optional).' }),
    started: z.iso.datetime({ offset: true }).optional().meta({ description: 'When answering began (ISO 8601).' }),
    completed: z.iso.datetime({ offset: true }).optional().meta({ description: 'When the answers were completed (ISO 8601); absent while in progress.' }),
    attributes: z.record(z.string().max(100), z.string().max(1000)).optional().meta({ description: 'Other facts about the respondent for group reports, e.g. { team: North, site: Leeds }.' }),
    answers: z.record(z.string().max(100), answerValue).meta({ description: 'Item id -> answer.' }),
    importance: z
      .record(z.string().max(100), z.union([z.number(), z.string(), z.null()]))
      .optional()
      .meta({ description: "Theme id -> how important the theme is to the respondent's role, on the questionnaire's importance scale." }),
  })
  .meta({ title: 'syslead answers', description: "One person's answers to a syslead questionnaire." });

/**
 * The answer file as read: any value is let through for an answer or an importance here, so that
 * ./check.ts, which knows each item's scale, can say what was given and what the scale accepts
 * (zod's union would only say "Invalid input").
 */
export const answerFileReadSchema = answerFileSchema.extend({
  answers: z.record(z.string().max(100), z.unknown()),
  importance: z.record(z.string().max(100), z.unknown()).optional(),
});

export type AnswerFileInput = z.input<typeof answerFileSchema>;
export type AnswerFileDoc = z.output<typeof answerFileReadSchema>;
