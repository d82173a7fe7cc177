import { z } from 'zod';
import { RATER_ROLES } from '../answers/schema.js';
import { DETAILS, type CohortReport } from './cohort.js';

/** The JSON of `syslead report` (schema/report.schema.json); it mirrors CohortReport in ./cohort.ts. */

const figure = (description: string) => z.number().nullable().meta({ description });
const count = (description: string) => z.int().min(0).meta({ description });
const counts = (description: string) => z.record(z.string(), z.int().min(0)).meta({ description });
const interval = (description: string) => z.strictObject({ lower: z.number(), upper: z.number() }).nullable().meta({ description });
const reasons = z.record(z.string(), z.string()).meta({
  description:
    'Figure name -> why it is null, for every figure of this object that is null and only those: e.g. "withheld: fewer than 10 respondents (n = 4)" under a floor (alpha and what comes of correlations between items or scores: 10; SDs and the mean\'s interval: 3).',
});

const itemFigures = z.strictObject({
  id: z.string(),
  text: z.string(),
  reverseKeyed: z.boolean().meta({ description: 'true for a reverse-keyed item: its figures are of min + max - answer.' }),
  n: count('Respondents who answered the item.'),
  missing: count('Respondents who skipped it.'),
  mean: figure('Mean of the keyed answers.'),
  sd: figure('Sample SD (n - 1) of the keyed answers; withheld (null) under 3 answers.'),
  rDrop: figure('Corrected item-total correlation (psych r.drop) within the theme or facet, from pairwise-complete covariances; withheld (null) when the theme or facet has fewer than 10 respondents with a score.'),
  alphaIfDropped: figure("Raw alpha of the theme's or facet's other items, from their own covariances (psych's alpha on C[-i, -i]): a number whenever those are all defined."),
  frequencies: counts('Raw answer (before reverse keying) -> respondents, every scale point listed.'),
  rawR: figure("psych's raw.r: correlation of the item with the theme's or facet's total, the mean of the answered items (pairwise)."),
  stdR: figure("psych's std.r: the same from the correlation matrix, colSums(R) / sqrt(sum(R))."),
  rCor: figure("psych's r.cor: std.r corrected for item overlap and reliability, the diagonal of R replaced by the smc."),
  reasons,
});

const groupFields = {
  id: z.string(),
  title: z.string(),
  n: count('Respondents with a score.'),
  unscored: count('Respondents with too few answers for a score.'),
  mean: figure('Mean person score (scoreItems(impute = "none")).'),
  sd: figure('Sample SD (n - 1) of the person scores; withheld (null) under 3 respondents with a score.'),
  min: figure('Lowest person score.'),
  median: figure('Median person score.'),
  max: figure('Highest person score.'),
  meanPercent: figure('Mean of the person percents of maximum possible (0-100).'),
  alpha: figure("Cronbach's alpha, raw, as psych::alpha() on pairwise-complete covariances; null when withheld (under 10 respondents with a score) or when it cannot be computed, as reasons says."),
  alphaStandardized: figure('Standardized alpha (on cov2cor of the same covariances).'),
  alphaExcluded: z.array(z.string()).meta({ description: 'Items left out of alpha because nobody varied on them, as psych does.' }),
  alphaSE: figure("psych's ase, the standard error of alpha (Duhachek & Iacobucci 2004): sqrt(Q / n), n every respondent in the selection."),
  alphaFeldt: interval('95% CI of alpha by Feldt (1987), as psych::alpha.ci: 1 - (1 - alpha) * qf(0.975 and 0.025; n - 1, (n - 1)(k - 1)).'),
  alphaDuhachek: interval('95% CI of alpha as alpha -+ 1.96 * ase (print.psych\'s "Duhachek" line).'),
  averageR: figure('Mean inter-item correlation (psych average_r).'),
  medianR: figure('Median inter-item correlation (psych median_r).'),
  signalNoise: figure('Signal/noise ratio, k * average_r / (1 - average_r) (psych S/N).'),
  g6: figure("Guttman's lambda 6 from the squared multiple correlations (psych G6(smc))."),
  meanSE: figure('Standard error of the mean person score, sd / sqrt(n).'),
  meanCI: interval("t-based 95% CI of the mean person score, as R's t.test(scores)$conf.int."),
  reasons,
  bands: counts('Band id -> respondents in it, every band listed, lowest first.'),
  distribution: z.array(z.int().min(0)).length(10).meta({ description: 'Respondents per ten-point bin of percent: [0,10), [10,20), ... [90,100].' }),
  items: z.array(itemFigures),
};

const groupFigures = z.strictObject(groupFields).meta({ description: "A facet's figures." });
const themeFigures = z.strictObject({ ...groupFields, facets: z.array(groupFigures) }).meta({ description: "A theme's figures; its items are all its scored items, its facets' included." });

const formFields = {
  questionnaire: z.strictObject({ id: z.string(), version: z.int().min(1), title: z.string() }),
  scored: count('Respondents scored with this questionnaire.'),
  bands: z.array(z.strictObject({ id: z.string(), label: z.string() })),
  themes: z.array(themeFigures),
  correlations: z
    .array(
      z.strictObject({
        a: z.string(),
        b: z.string(),
        n: count('Respondents scored on both.'),
        r: figure('Correlation of the two person scores, over the respondents scored on both (cor(use = "pairwise")).'),
        corrected: figure('r corrected for attenuation: r / sqrt(alpha_a * alpha_b), each raw alpha (psych correct.cor).'),
        reasons,
      }),
    )
    .meta({ description: 'Every pair of themes and facets, in questionnaire order (each theme followed by its facets).' }),
  negativeItems: z
    .array(z.strictObject({ section: z.string(), sectionTitle: z.string(), item: z.string(), text: z.string(), rDrop: z.number() }))
    .meta({ description: 'Items answered by 10 or more that correlate negatively with the rest of their theme or facet (r.drop < 0): probably keyed the wrong way.' }),
  groups: z
    .array(
      z.strictObject({
        name: z.string().meta({ description: 'The --group-by value; "other" pools the groups under the anonymity floor; "(not given)" has no value.' }),
        n: count('Respondents in the group.'),
        pooled: count('Groups under the floor pooled into this one.'),
        themes: z.array(themeFigures),
      }),
    )
    .meta({ description: 'With --group-by: the statistics per group at or above the anonymity floor.' }),
  hidden: z
    .strictObject({
      respondents: count('Respondents hidden by the anonymity floor: in a group, or a rater group of a 360, still under the floor after pooling.'),
    })
    .meta({ description: 'Hidden respondents are in no figure at all: not the themes above, no group, no 360 and no per-respondent row.' }),
  hiddenGroups: z.strictObject({ groups: count('Groups not shown.'), respondents: count('Their respondents.') }).meta({ description: 'Groups still under the anonymity floor after pooling.' }),
};

const formReport = z.strictObject(formFields).meta({ description: "Another questionnaire's statistics, e.g. a 360's observer form." });

const role = z.enum(RATER_ROLES);

const subjectReport = z.strictObject({
  name: z.string().meta({ description: 'With --per-respondent, as in the inputs; otherwise "Subject 1", "Subject 2"... in an order set by the figures shown.' }),
  selfRatings: count('Self-ratings of the subject.'),
  raters: count('Other raters counted (in rater groups shown).'),
  hiddenRaters: count('Other raters left out by the anonymity floor.'),
  themes: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      self: figure("The subject's own percent (mean of their self-ratings)."),
      others: figure('Mean percent of the other raters counted; null when fewer than the floor besides the manager scored the theme (all others less the manager would give them back).'),
      othersN: count('Other raters with a score for the theme.'),
      raterGroups: z.array(
        z.strictObject({
          role,
          n: count('Raters with a score.'),
          percent: figure('Their mean percent; null for every group but the manager when one of them had fewer than the floor scoring the theme (some skipped it).'),
          reasons,
        }),
      ),
      difference: figure('self - others, in percentage points.'),
      finding: z.enum(['blind-spot', 'hidden-strength']).nullable().meta({ description: 'blind-spot: self above others by more than the margin; hidden-strength: below by more.' }),
      reasons,
    }),
  ),
});

const personScore = z.strictObject({ score: z.number().nullable(), percent: z.number().nullable(), band: z.string().nullable() });

const personRow = z.strictObject({
  questionnaire: z.string(),
  row: z.int().min(1),
  respondent: z.string().nullable().meta({ description: 'With --per-respondent only.' }),
  subject: z.string().nullable().meta({ description: 'With --per-respondent only.' }),
  source: z.string().nullable().meta({ description: 'FILE or FILE:LINE, with --per-respondent only.' }),
  role,
  group: z.string().nullable(),
  scores: z.record(z.string(), personScore).meta({ description: 'Theme and facet id -> score, percent and band.' }),
});

const summaryArea = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['theme', 'facet']),
  n: count('Respondents with a score.'),
  meanPercent: figure('Mean percent of maximum possible; null when nobody has a score.'),
  reasons,
});

const statement = z.strictObject({
  id: z.string(),
  text: z.string(),
  n: count('Respondents who answered it.'),
  reverseKeyed: z.boolean(),
  agreement: figure('Percent of those who answered at the top two points of the scale, as worded.'),
});

const importance = z.strictObject({
  id: z.string(),
  title: z.string(),
  importanceN: count('Importance answers given for the theme.'),
  importancePercent: figure('Their mean as a percent of the importance scale; null when nobody answered.'),
  n: count('Respondents with a score for the theme.'),
  meanPercent: figure("The theme's mean percent; null when nobody has a score."),
  gap: figure('importancePercent - meanPercent, in percentage points.'),
  reasons,
});

const selfOthers = z.strictObject({
  id: z.string(),
  title: z.string(),
  subjects: count("Subjects with both their own percent and their colleagues' shown for the theme."),
  raters: count("The colleagues in those subjects' figures."),
  self: figure('Mean over those subjects of their own percent.'),
  others: figure("Mean over those subjects of their colleagues' mean percent."),
  difference: figure('self - others, in percentage points.'),
  reasons,
});

const summary = z
  .strictObject({
    participants: z.strictObject({
      scored: count('Respondents scored with the main questionnaire.'),
      hidden: count('Respondents hidden by the anonymity floor.'),
      subjects: count('People who received 360 feedback.'),
      raters: count('Other raters counted in the 360 view (those who gave feedback).'),
    }),
    areas: z.array(summaryArea).meta({ description: 'Every theme, each followed by its facets.' }),
    strongest: z.array(summaryArea).meta({ description: 'Highest mean percent (facets when the questionnaire has them, else themes).' }),
    growth: z.array(summaryArea).meta({ description: 'Lowest mean percent: most room to grow, lowest first.' }),
    mostAgreement: z.array(statement),
    leastAgreement: z.array(statement).meta({ description: 'Least agreement first.' }),
    agreementBasis: z.string().meta({ description: 'What agreement means.' }),
    priorities: z
      .strictObject({
        themes: z.array(importance).meta({ description: 'Every theme: its mean importance to the role against its mean score.' }),
        shared: z.array(importance).meta({ description: 'The shared development priorities: themes rated important that score lower than their importance, largest gap first.' }),
        basis: z.string(),
      })
      .nullable()
      .meta({ description: 'Importance against score; null when the questionnaire does not ask how important each theme is.' }),
    selfOthers: z
      .strictObject({ themes: z.array(selfOthers), basis: z.string() })
      .nullable()
      .meta({ description: 'The 360 for the cohort as a whole, from the figures the anonymity floor shows, naming nobody; null without 360 feedback.' }),
    limits: z.array(z.string()).meta({ description: 'What the figures can and cannot say.' }),
    reasons,
  })
  .meta({ description: 'The plain-English summary that opens the report, from the figures after the anonymity floor.' });

const respondents = z.strictObject({
  read: count('Respondents read: answer files and CSV rows.'),
  scored: count('Respondents scored.'),
  skipped: count('Respondents skipped: for problems, or left out as unfinished responses (see reasons).'),
  reasons: counts('Reason -> respondents skipped for it.'),
});

export const cohortReportSchema = z
  .strictObject({
    ...formFields,
    about: z
      .strictObject({ title: z.string().nullable(), programme: z.string().nullable(), date: z.string().nullable() })
      .meta({ description: 'What heads the report: --title, --programme, --date, or the same fields of --about FILE.' }),
    detail: z.enum(DETAILS).meta({ description: 'full: the summary and every figure (the default in JSON); summary (--detail summary) gives the shorter form below instead.' }),
    summary,
    caution: z.string(),
    basis: z.string().meta({ description: 'How the statistics are computed.' }),
    respondents,
    tables: z
      .array(
        z.strictObject({
          file: z.string(),
          read: count('Rows read: every line that is not empty (a row of empty cells is read, and skipped for no answers).'),
          scored: count('Rows scored.'),
          skipped: count('Rows skipped: for problems, or left out as unfinished responses (see reasons).'),
          reasons: counts('Reason -> rows skipped for it.'),
        }),
      )
      .meta({
        description: 'Per CSV file read, in input order, what became of its rows (answer files are counted in respondents only); empty unless people are named (--per-respondent), as a file name may name someone.',
      }),
    groupBy: z.strictObject({ column: z.string(), minGroup: z.int().min(1) }).nullable(),
    otherForms: z.array(formReport),
    threeSixty: z.strictObject({ subjectColumn: z.string(), margin: z.number().min(0), minGroup: z.int().min(1) }).nullable(),
    subjects: z.array(subjectReport).meta({ description: 'The 360 view: per subject and theme, self against others, in percents.' }),
    people: z.array(personRow).nullable().meta({ description: 'Per-respondent scores (--per-respondent); null otherwise.' }),
  })
  .meta({ title: 'syslead report', description: 'A cohort report, as printed by syslead report --format json.' });

/** `syslead report --format json --detail summary`: the heading, the summary and what it is of, without the full statistics. */
export const cohortSummaryReportSchema = z
  .strictObject({
    questionnaire: cohortReportSchema.shape.questionnaire,
    scored: cohortReportSchema.shape.scored,
    about: cohortReportSchema.shape.about,
    detail: z.literal('summary'),
    summary,
    caution: z.string(),
    basis: z.string().meta({ description: 'How the statistics are computed.' }),
    respondents,
  })
  .meta({ title: 'syslead report (summary)', description: 'A cohort report as printed by syslead report --format json --detail summary: its summary alone.' });

/** What report --format json prints: the full report (detail "full"), or its summary alone (detail "summary"). */
export const reportJsonSchema = z
  .union([cohortReportSchema.extend({ detail: z.literal('full') }), cohortSummaryReportSchema])
  .meta({ title: 'syslead report', description: 'A cohort report, as printed by syslead report --format json: in full (detail "full", the default), or its summary alone (--detail summary).' });

// Both directions, so the schema and the CohortReport type cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof cohortReportSchema>, CohortReport> = true;
void schemaMatchesType;
