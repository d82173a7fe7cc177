import { z } from 'zod';
import { RATER_ROLES } from '../answers/schema.js';
import type { Presentation } from '../report/presentation.js';

/**
 * The JSON of `syslead feedback` (schema/feedback.schema.json), and through z.output the type of
 * the model every feedback renderer takes, so the two cannot drift apart. Percents are of the
 * maximum possible (0-100); a figure is null where there is none to show, or where showing it would
 * let a reader work out one rater's answers (the `withheld` flags say which).
 */

const percent = (description: string) => z.number().nullable().meta({ description });
const count = (description: string) => z.int().min(0).meta({ description });
const finding = z.enum(['blind-spot', 'hidden-strength']).nullable().meta({ description: 'blind-spot: self above others by more than the margin; hidden-strength: below by more.' });
const band = z.string().nullable().meta({ description: 'Band id of the percent, null without one.' });

const pointCount = z.strictObject({ value: z.int(), label: z.string(), n: count('Answers at this point.') });

const othersFigures = z.strictObject({
  n: count('Other raters with a figure here (every rater group shown, the manager included).'),
  percent: percent("Mean of the others' percents."),
  band,
  min: percent('Lowest percent of one of the others.'),
  max: percent('Highest percent of one of the others.'),
  sd: percent('Sample SD (n - 1) of their percents, in percentage points; null under two raters.'),
  points: z.array(pointCount).meta({ description: "Others' answers per scale point over the section's items, keyed (a reverse-keyed item counted as min + max - answer)." }),
});

const groupFigures = z.strictObject({
  role: z.enum(RATER_ROLES),
  label: z.string(),
  n: count('Raters of the group with a figure here.'),
  percent: percent('Their mean percent; null when withheld or none answered.'),
  band,
  withheld: z.boolean().meta({ description: 'true when too few of a group under the floor answered here for its figure to be shown.' }),
});

const reflection = z.strictObject({
  basis: z.enum(['others', 'self']).meta({ description: "Whose band it is for: others' (the observer form's reflections) or, without observers, the self-rating's." }),
  band: z.string(),
  meaning: z.string(),
  questions: z.array(z.string()),
  try: z.string(),
});

const sectionFields = {
  id: z.string(),
  title: z.string(),
  self: percent("The subject's own percent (mean of their self-assessments)."),
  selfBand: band,
  groups: z.array(groupFigures).meta({ description: 'Each rater group shown, manager first, in the order self, manager, peer, direct-report, partner, other.' }),
  others: othersFigures.nullable().meta({ description: 'All others together (the raters of every group shown, nobody hidden); null when withheld or none.' }),
  othersWithheld: z.boolean(),
  difference: percent('self - others, in percentage points.'),
  finding,
  reflection: reflection.nullable(),
};

const statement = z.strictObject({
  id: z.string(),
  text: z.string(),
  theme: z.string(),
  facet: z.string().nullable(),
  reverseKeyed: z.boolean(),
  self: percent("The subject's own answer as a percent of the scale (keyed)."),
  selfAnswer: z.number().nullable().meta({ description: 'Their raw answer (mean of several self-assessments).' }),
  others: percent("Mean of the others' keyed answers as a percent of the scale."),
  othersN: count('Others who answered.'),
  notObserved: z.int().min(0).nullable().meta({ description: 'Others shown who answered "not observed" (or another of the scale\'s answers that are no point): never scored; null when others are withheld.' }),
  othersWithheld: z.boolean().meta({ description: 'true when fewer than --min-group raters besides the manager answered, so the figure would give one back.' }),
  points: z.array(pointCount).meta({ description: "Others' raw answers per scale point; empty when others is null." }),
  difference: percent('self - others, in percentage points.'),
  finding,
});

const agreement = z.strictObject({
  rwg: z.number().nullable().meta({
    description: "Mean over the theme's statements (with others shown and two or more answers) of r_wg = 1 - s^2 / ((A^2 - 1) / 12), s^2 the sample variance of the answers, A the scale's points, clipped to 0-1.",
  }),
  statements: count('Statements the mean is over.'),
  sd: percent("SD of the others' theme percents, in percentage points."),
  reading: z.string().meta({ description: 'The r_wg in words (LeBreton and Senter, 2008).' }),
});

const comments = z.strictObject({
  prompt: z.string(),
  texts: z.array(z.string()).meta({ description: 'Verbatim, sorted by text in code point order, so no order tells who wrote which.' }),
});

const theme = z.strictObject({
  ...sectionFields,
  importance: z.strictObject({ value: z.number(), label: z.string() }).nullable().meta({ description: 'How important the subject rated the theme to their role.' }),
  agreement: agreement.nullable(),
  facets: z.array(z.strictObject(sectionFields)),
  statements: z.array(statement),
  comments: z.array(comments),
});

const statementRef = z.strictObject({
  id: z.string(),
  text: z.string(),
  theme: z.string(),
  reverseKeyed: z.boolean().meta({ description: 'true for a reverse-keyed statement: its percents are of min + max - answer, so a higher percent means doing what it says less.' }),
  self: z.number().nullable(),
  others: z.number(),
  difference: z.number().nullable(),
});
const themeRef = z.strictObject({ id: z.string(), title: z.string(), self: z.number(), others: z.number(), difference: z.number() });
const priority = z.strictObject({ id: z.string(), title: z.string(), importance: z.string(), percent: z.number() });
const form = z.strictObject({ id: z.string(), version: z.int().min(1), title: z.string() }).nullable();

export const feedbackReportSchema = z
  .strictObject({
    title: z.string(),
    subject: z.string(),
    language: z.string(),
    bands: z.array(z.strictObject({ id: z.string(), label: z.string(), below: z.number().nullable() })),
    forms: z.strictObject({ self: form, observer: form }),
    settings: z.strictObject({ minGroup: z.int().min(1), margin: z.number().min(0) }),
    raters: z.strictObject({
      self: count('Self-assessments.'),
      groups: z.array(z.strictObject({ role: z.enum(RATER_ROLES), label: z.string(), n: count('Raters shown in the group.'), pooled: count('Groups under the floor pooled into this one.') })),
      others: count('Other raters shown, all groups together.'),
      leftOut: count('Other raters left out of every figure and comment: their group was under --min-group even after pooling.'),
    }),
    missing: z.array(z.string()).meta({ description: 'What the report lacks and why: no self-assessment, no observers, raters left out.' }),
    howToRead: z.array(z.string()),
    notAppraisal: z.string(),
    themes: z.array(theme),
    gaps: z.strictObject({
      blindSpots: z.array(themeRef).meta({ description: 'Themes and facets with self above others by more than the margin, largest first.' }),
      hiddenStrengths: z.array(themeRef).meta({ description: 'Themes and facets with self below others by more than the margin, largest first.' }),
    }),
    statements: z.strictObject({
      highest: z.array(statementRef).meta({ description: 'The statements others rate highest (keyed).' }),
      lowest: z.array(statementRef),
      blindSpots: z.array(statementRef).meta({ description: 'Statements with self above others by more than the margin, largest first.' }),
      hiddenStrengths: z.array(statementRef),
    }),
    priorities: z.strictObject({
      self: z.array(priority).meta({ description: "Development priorities from the self-assessment alone: important to the role, scoring lowest (the subject's percent)." }),
      informed: z.array(priority).meta({ description: "The same rule with others' percents: important to the role, rated lowest by others." }),
    }),
    coachingQuestions: z.array(z.string()),
  })
  .meta({ title: 'syslead feedback', description: 'A 360 feedback report for one subject, as printed by syslead feedback --format json.' });

/**
 * A feedback report: its JSON and, for the renderers alone (not in the JSON), the languages of
 * syslead's words in it; a report without (read back from JSON) is in English.
 */
/** `inEach`: with two languages (--lang cy,en), the report made in each, the first first (renderers only, never JSON). */
export type FeedbackReport = z.output<typeof feedbackReportSchema> & { presentation?: Presentation; inEach?: readonly FeedbackReport[] };
export type SectionFeedback = z.output<typeof feedbackReportSchema>['themes'][number]['facets'][number];
export type ThemeFeedback = z.output<typeof feedbackReportSchema>['themes'][number];
export type StatementFeedback = ThemeFeedback['statements'][number];
export type OthersFigures = z.output<typeof othersFigures>;
export type GroupFigures = z.output<typeof groupFigures>;
export type PointCount = z.output<typeof pointCount>;
export type StatementRef = FeedbackReport['statements']['highest'][number];
export type ThemeRef = FeedbackReport['gaps']['blindSpots'][number];

/** The index of a `feedback --out-dir` folder: each report's file and raters per group, counts only. */
export const feedbackIndexSchema = z.strictObject({
  title: z.string(),
  language: z.string(),
  reports: z.array(
    z.strictObject({
      file: z.string(),
      subject: z.string(),
      self: count('Self-assessments.'),
      groups: z.array(z.strictObject({ role: z.enum(RATER_ROLES), label: z.string(), n: count('Raters shown.') })),
      leftOut: count('Raters left out by the floor.'),
    }),
  ),
  errors: z.array(z.string()),
});

/** The index, with the languages of its reports for the renderers alone (not in the JSON); English without. */
export type FeedbackIndex = z.output<typeof feedbackIndexSchema> & { presentation?: Pick<Presentation, 'languages'> };
