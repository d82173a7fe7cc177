import { stableText } from './stable-text.js';
import { cleanPercent } from '../score/bands.js';
import { finite } from '../stats/alpha.js';
import { byCodePoint } from '../code-point-order.js';
import type { CohortReport, Finding, SubjectFigures, SubjectThemeFigures } from './cohort.js';
import type { AnonymityPlan, Rating } from './disclosure.js';
import type { FormRespondents } from './respondents.js';

/** What the 360 view needs besides the respondents, and states in the report: the subjects' column, the margin and the floor. */
interface ThreeSixtyInput {
  subjectColumn: string;
  /** Percentage points between self and others that make a blind spot or a hidden strength. */
  margin: number;
  minGroup: number;
}

/**
 * The 360 view: per subject named in the inputs, each theme of the main form with the subject's own
 * percent against the mean of the others', by rater group, as the anonymity plan lets them through.
 * Forms are joined by theme id on the percent of maximum, which compares across forms and scales.
 * Without names, subjects are "Subject 1", "Subject 2"... in the order of their figures, so that
 * neither their names nor the order of the inputs can tell who is who. Its reasons and those
 * names are the model's English (stable-text.ts): JSON keeps them, a human format says them again
 * in its language.
 */
export function threeSixty(forms: readonly FormRespondents[], plan: AnonymityPlan, input: ThreeSixtyInput, named: boolean): Pick<CohortReport, 'threeSixty' | 'subjects'> {
  const say = stableText;
  if (plan.subjects.length === 0) return { threeSixty: null, subjects: [] };
  const main = forms[0]!;
  const columnsOf = forms.map((form) => new Map(form.scorer.sectionIds.map((id, i) => [id, i] as const)));
  // Each rating scored again once, as it was scored when read.
  const percentsOf = new Map<string, Float64Array>();
  const percents = ({ form, from, index }: Rating) => {
    const key = `${form} ${from} ${index}`;
    const known = percentsOf.get(key);
    if (known) return known;
    const respondents = forms[form]!;
    const scored = Float64Array.from(respondents.figuresOf(from === 'kept' ? respondents.kept : respondents.selfRatings, index).percents);
    percentsOf.set(key, scored);
    return scored;
  };
  const meanPercent = (ratings: readonly Rating[], themeId: string): { n: number; mean: number | null } => {
    let sum = 0;
    let n = 0;
    for (const rating of ratings) {
      const column = columnsOf[rating.form]!.get(themeId);
      if (column === undefined) continue;
      const percent = percents(rating)[column]!;
      if (Number.isNaN(percent)) continue;
      sum += percent;
      n++;
    }
    return { n, mean: n === 0 ? null : finite(sum / n) };
  };

  const reports = plan.subjects.map((subject): SubjectFigures => {
    const everyone = subject.shown.flatMap((g) => g.ratings);
    return {
      name: subject.name,
      selfRatings: subject.self.length,
      raters: everyone.length,
      hiddenRaters: subject.hiddenRaters,
      themes: main.questionnaire.themes.map((theme): SubjectThemeFigures => {
        const self = meanPercent(subject.self, theme.id).mean;
        const groups = subject.shown.map((g) => ({ role: g.role, ...meanPercent(g.ratings, theme.id) }));
        const withheld = withholding(groups, input.minGroup);
        const rest = meanPercent(everyone, theme.id);
        const others = withheld.others ? null : rest.mean;
        const difference = self === null || others === null ? null : finite(self - others);
        const reasons: Record<string, string> = {};
        const minGroup = String(input.minGroup);
        if (self === null) reasons.self = say(subject.self.length === 0 ? 'feedback.cohort.noSelf' : 'feedback.cohort.noSelfTheme');
        if (others === null) reasons.others = withheld.others ? say('feedback.cohort.othersWithheld', { minGroup }) : say('feedback.cohort.noOthers');
        if (difference === null) reasons.difference = say(self === null ? 'feedback.cohort.noSelfPercent' : 'feedback.cohort.noOthersPercent');
        return {
          id: theme.id,
          title: theme.title,
          self,
          others,
          othersN: rest.n,
          raterGroups: groups.map((g) => {
            const percent = g.role !== 'manager' && withheld.groups ? null : g.mean;
            const why = g.mean === null ? say('feedback.cohort.noGroupRater') : say('feedback.cohort.groupWithheld', { minGroup });
            return { role: g.role, n: g.n, percent, reasons: percent === null ? { percent: why } : {} };
          }),
          difference,
          finding: findingFor(difference, input.margin),
          reasons,
        };
      }),
    };
  });
  return { threeSixty: { subjectColumn: input.subjectColumn, margin: input.margin, minGroup: input.minGroup }, subjects: named ? reports : unnamed(reports) };
}

/**
 * Which of a theme's figures would show fewer raters than the floor: the floor is met by a group's
 * raters, but some may have skipped the theme. Then no group's figure but the manager's is shown
 * (one withheld could be worked out from the rest), and all others are withheld when fewer than
 * the floor besides the manager scored it, as all others less the manager would give them back.
 */
function withholding(groups: readonly { role: string; n: number }[], minGroup: number): { groups: boolean; others: boolean } {
  const besidesManager = groups.filter((g) => g.role !== 'manager');
  const n = besidesManager.reduce((sum, g) => sum + g.n, 0);
  return { groups: besidesManager.some((g) => g.n > 0 && g.n < minGroup), others: n > 0 && n < minGroup };
}

/** Subjects labelled by number, ordered by what the report shows of them (nothing else), so the order tells nothing more. */
function unnamed(subjects: SubjectFigures[]): SubjectFigures[] {
  const keyed = subjects.map((s) => ({ s, key: JSON.stringify({ ...s, name: '' }) }));
  keyed.sort((a, b) => byCodePoint(a.key, b.key));
  return keyed.map(({ s }, i) => ({ ...s, name: stableText('feedback.cohort.subject', { n: String(i + 1) }) }));
}

/** A blind spot or hidden strength when self and others differ by more than the margin (noise removed first). */
export function findingFor(difference: number | null, margin: number): Finding | null {
  if (difference === null) return null;
  const d = cleanPercent(difference);
  return d > margin ? 'blind-spot' : d < -margin ? 'hidden-strength' : null;
}
