import { RATER_ROLES, type RaterRole } from '../answers/schema.js';
import { applyFloor, type Candidate, type Floored, type ShownGroup } from './anonymity.js';
import type { FormRespondents } from './respondents.js';
import { textKey } from '../text-key.js';
import { byCodePoint } from '../code-point-order.js';

/** A respondent of the report: a row of one of its forms. */
export interface Rating {
  form: number;
  row: number;
}

/** Rater groups in the order a 360 report shows them; the manager is identifiable and may be shown alone. */
export const RATER_GROUPS: readonly RaterRole[] = ['manager', 'peer', 'direct-report', 'partner', 'other'];

/** The group of respondents with no value in the --group-by column. */
export const NOT_GIVEN = '(not given)';

export interface SubjectPlan {
  /** As first spelt in the inputs. */
  name: string;
  /** The subject's own ratings that are not hidden. */
  self: Rating[];
  /** The rater groups the floor lets through, in RATER_GROUPS order (pooled into `other`). */
  shown: { role: RaterRole; ratings: Rating[] }[];
  /** Other raters of the subject that are in no figure. */
  hiddenRaters: number;
}

/**
 * What the anonymity floor hides, decided on group sizes alone (never on answers) before any
 * figure is computed. A respondent is hidden when their --group-by group, or their rater group in
 * a subject's 360, is under the floor even after pooling; a hidden respondent is in no group and no
 * 360 figure, and leaving them out of one may take another group under the floor, so the floor is
 * applied again until nothing changes.
 */
export interface AnonymityPlan {
  /** Per form, per row: 1 when hidden. */
  hidden: Uint8Array[];
  /** Per form, with --group-by: the groups shown (of respondents not hidden), and the groups none of whose respondents is shown. */
  groups: ({ shown: ShownGroup<number>[]; hidden: Floored<number>['hidden'] } | undefined)[];
  subjects: SubjectPlan[];
  /** Per form, per row: the rater group a 360 rating is shown in (a pooled one is `other`). */
  shownRole: (RaterRole | undefined)[][];
}

interface PlanInput {
  groupBy?: string;
  minGroup: number;
}

interface SubjectRatings {
  name: string;
  self: Rating[];
  byRole: Map<RaterRole, Rating[]>;
}

export function planAnonymity(forms: readonly FormRespondents[], input: PlanInput): AnonymityPlan {
  const hidden = forms.map((form) => new Uint8Array(form.size));
  const subjects = collectSubjects(forms);
  const hide = (ratings: Iterable<Rating>) => {
    let changed = false;
    for (const { form, row } of ratings) {
      if (hidden[form]![row] === 1) continue;
      hidden[form]![row] = 1;
      changed = true;
    }
    return changed;
  };
  const visible = (ratings: readonly Rating[]) => ratings.filter(({ form, row }) => hidden[form]![row] === 0);
  const floorRaters = (subject: SubjectRatings) =>
    applyFloor(
      RATER_GROUPS.map((role) => ({ name: role, members: visible(subject.byRole.get(role) ?? []) })),
      input.minGroup,
      (name) => name === 'manager',
    );
  const floorAllGroups = () => forms.map((form, f) => (input.groupBy === undefined ? undefined : floorGroups(form, hidden[f]!, input.minGroup)));

  // Hiding only ever grows, so this ends (at worst with everyone hidden).
  let changed = true;
  while (changed) {
    changed = false;
    floorAllGroups().forEach((floored, f) => {
      if (floored && hide(floored.hiddenMembers.map((row) => ({ form: f, row })))) changed = true;
    });
    for (const subject of subjects) if (hide(floorRaters(subject).hiddenMembers)) changed = true;
  }

  const groups = floorAllGroups().map((floored, f) => floored && { shown: floored.shown, hidden: groupsNotShown(forms[f]!, floored) });
  const shownRole = forms.map((form): (RaterRole | undefined)[] => new Array(form.size).fill(undefined));
  const plans = subjects.map((subject): SubjectPlan => {
    const floored = floorRaters(subject);
    const shown = floored.shown.map((g) => ({ role: g.name as RaterRole, ratings: g.members }));
    const self = visible(subject.self);
    for (const g of shown) {
      for (const { form, row } of g.ratings) shownRole[form]![row] = g.role;
    }
    const others = [...subject.byRole.values()].reduce((n, ratings) => n + ratings.length, 0);
    return { name: subject.name, self, shown, hiddenRaters: others - shown.reduce((n, g) => n + g.ratings.length, 0) };
  });
  return { hidden, groups, subjects: plans, shownRole };
}

function floorGroups(form: FormRespondents, hidden: Uint8Array, minGroup: number): Floored<number> {
  const members = form.groups.names.map((): number[] => []);
  const notGiven: number[] = [];
  form.groupOf.forEach((group, row) => {
    if (hidden[row] === 0) (group < 0 ? notGiven : members[group]!).push(row);
  });
  // Named as most of the members shown write it, in the order of those names: so neither the
  // spelling nor the place of a hidden member's value can say which group they were in.
  const candidates: Candidate<number>[] = form.groups.names.map((name, i) => ({ name: commonSpelling(form, members[i]!) ?? name, members: members[i]! })).sort((a, b) => byCodePoint(textKey(a.name), textKey(b.name)));
  // Respondents without a value form a group of their own, under the floor like any other.
  if (notGiven.length > 0) candidates.push({ name: NOT_GIVEN, members: notGiven });
  return applyFloor(candidates, minGroup);
}

/** The spelling of a group's value that most of these members use (of equals, the first in code point order). */
function commonSpelling(form: FormRespondents, rows: readonly number[]): string | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const spelling = form.groupSpellingOf[row]!;
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [spelling, n] of counts) {
    const text = form.groups.spellings[spelling]!;
    if (n > most || (n === most && best !== undefined && text < best)) [best, most] = [text, n];
  }
  return best;
}

/**
 * The groups of which no respondent is shown, and their respondents: those under the floor, and
 * those whose every member is hidden in a 360 (who are counted there too).
 */
function groupsNotShown(form: FormRespondents, floored: Floored<number>): Floored<number>['hidden'] {
  const shown = new Set<number>();
  for (const g of floored.shown) for (const row of g.members) shown.add(form.groupOf[row]!);
  const sizes = new Map<number, number>();
  for (const group of form.groupOf) if (!shown.has(group)) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  return { groups: sizes.size, members: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

/** Each subject somebody named, with their self-ratings and their other raters by role. */
function collectSubjects(forms: readonly FormRespondents[]): SubjectRatings[] {
  const subjects = new Map<string, SubjectRatings>();
  const entry = (name: string) => {
    const key = textKey(name);
    return subjects.get(key) ?? subjects.set(key, { name, self: [], byRole: new Map() }).get(key)!;
  };
  // Only subjects somebody named make a 360: a self-rating alone names nobody.
  for (const form of forms) for (const name of form.subjects.names) entry(name);
  if (subjects.size === 0) return [];
  forms.forEach((form, f) => {
    form.subjectOf.forEach((subject, row) => {
      if (subject < 0) return;
      const found = subjects.get(textKey(form.subjects.names[subject]!))!;
      const role = RATER_ROLES[form.roles[row]!]!;
      if (role === 'self') found.self.push({ form: f, row });
      else (found.byRole.get(role) ?? found.byRole.set(role, []).get(role)!).push({ form: f, row });
    });
    // A self-rating naming no subject is about its respondent, when that person is a subject.
    form.selfRows.forEach((row, i) => subjects.get(textKey(form.selfNames[i]!))?.self.push({ form: f, row }));
  });
  return [...subjects.values()];
}
