import type { RaterRole } from '../answers/schema.js';
import { applyFloor, type Candidate, type Floored, type ShownGroup } from './anonymity.js';
import type { FormRespondents } from './respondents.js';
import { textKey } from '../text-key.js';
import { byCodePoint } from '../code-point-order.js';
import { stableText } from './stable-text.js';

/**
 * A respondent of the report decided on alone: a kept row of one of its forms (`kept`), or a
 * self-rating claimed by a subject through its respondent's name (`self`, in selfRatings).
 */
export interface Rating {
  form: number;
  from: 'kept' | 'self';
  index: number;
}

/**
 * The shown respondents of one --group-by group, as the floor sees them: those tallied together
 * (the group's cell, unless hidden) and its kept rows not hidden, by index.
 */
export interface GroupPart {
  group: number;
  kept: number[];
}

/** Rater groups in the order a 360 report shows them; the manager is identifiable and may be shown alone. */
export const RATER_GROUPS: readonly RaterRole[] = ['manager', 'peer', 'direct-report', 'partner', 'other'];

/** The group of respondents with no value in the --group-by column. */
export const NOT_GIVEN = stableText('cohort.group.notGiven');

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
 * applied again until nothing changes. Rows tallied together per group share their group's fate:
 * only kept rows (a 360's) are hidden one by one.
 */
export interface AnonymityPlan {
  /** Per form, per kept row (every row, when rows are kept): 1 when hidden. */
  hidden: Uint8Array[];
  /** Per form: the groups (by index, -1: no value) whose respondents are hidden. */
  hiddenGroups: Set<number>[];
  /** Per form: respondents hidden. */
  hiddenCount: number[];
  /** Per form, with --group-by: the groups shown (of respondents not hidden), and the groups none of whose respondents is shown. */
  groups: ({ shown: ShownGroup<GroupPart>[]; hidden: Floored<GroupPart>['hidden'] } | undefined)[];
  subjects: SubjectPlan[];
  /** Per form, per kept row: the rater group a 360 rating is shown in (a pooled one is `other`). */
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
  const hidden = forms.map((form) => new Uint8Array(form.kept.size));
  const hiddenGroups = forms.map(() => new Set<number>());
  const subjects = collectSubjects(forms);
  const isHidden = ({ form, from, index }: Rating) => (from === 'kept' ? hidden[form]![index] === 1 : hiddenGroups[form]!.has(forms[form]!.selfGroup(index)));
  const hideRatings = (ratings: Iterable<Rating>) => {
    let changed = false;
    for (const { form, index } of ratings) {
      if (hidden[form]![index] === 1) continue;
      hidden[form]![index] = 1;
      changed = true;
    }
    return changed;
  };
  const hideParts = (f: number, parts: readonly GroupPart[]) => {
    let changed = false;
    for (const part of parts) {
      if (!hiddenGroups[f]!.has(part.group) && (forms[f]!.cells.get(part.group)?.size ?? 0) > 0) changed = true;
      hiddenGroups[f]!.add(part.group);
      if (hideRatings(part.kept.map((index) => ({ form: f, from: 'kept' as const, index })))) changed = true;
    }
    return changed;
  };
  const visible = (ratings: readonly Rating[]) => ratings.filter((rating) => !isHidden(rating));
  const floorRaters = (subject: SubjectRatings) =>
    applyFloor(
      RATER_GROUPS.map((role) => ({ name: role, members: visible(subject.byRole.get(role) ?? []) })),
      input.minGroup,
      (name) => name === 'manager',
    );
  const floorAllGroups = () => forms.map((form, f) => (input.groupBy === undefined ? undefined : floorGroups(form, hidden[f]!, hiddenGroups[f]!, input.minGroup)));

  // Hiding only ever grows, so this ends (at worst with everyone hidden).
  let changed = true;
  while (changed) {
    changed = false;
    floorAllGroups().forEach((floored, f) => {
      if (floored && hideParts(f, floored.hiddenMembers)) changed = true;
    });
    for (const subject of subjects) if (hideRatings(floorRaters(subject).hiddenMembers)) changed = true;
  }

  const groups = floorAllGroups().map((floored, f) => floored && { shown: floored.shown, hidden: groupsNotShown(forms[f]!, floored) });
  const shownRole = forms.map((form): (RaterRole | undefined)[] => new Array(form.kept.size).fill(undefined));
  const plans = subjects.map((subject): SubjectPlan => {
    const floored = floorRaters(subject);
    const shown = floored.shown.map((g) => ({ role: g.name as RaterRole, ratings: g.members }));
    const self = visible(subject.self);
    for (const g of shown) {
      for (const { form, index } of g.ratings) shownRole[form]![index] = g.role;
    }
    const others = [...subject.byRole.values()].reduce((n, ratings) => n + ratings.length, 0);
    return { name: subject.name, self, shown, hiddenRaters: others - shown.reduce((n, g) => n + g.ratings.length, 0) };
  });
  const hiddenCount = forms.map((form, f) => [...hiddenGroups[f]!].reduce((n, group) => n + (form.cells.get(group)?.size ?? 0), 0) + hidden[f]!.reduce((n, h) => n + h, 0));
  return { hidden, hiddenGroups, hiddenCount, groups, subjects: plans, shownRole };
}

/** A part's respondents: its cell's unless hidden, and its kept rows. */
export function partSize(form: FormRespondents, hiddenGroups: ReadonlySet<number>, part: GroupPart): number {
  return (hiddenGroups.has(part.group) ? 0 : (form.cells.get(part.group)?.size ?? 0)) + part.kept.length;
}

function floorGroups(form: FormRespondents, hidden: Uint8Array, hiddenGroups: ReadonlySet<number>, minGroup: number): Floored<GroupPart> {
  const parts = form.groups.names.map((_, group): GroupPart => ({ group, kept: [] }));
  const notGiven: GroupPart = { group: -1, kept: [] };
  for (let index = 0; index < form.kept.size; index++) {
    const group = form.keptGroup(index);
    if (hidden[index] === 0) (group < 0 ? notGiven : parts[group]!).kept.push(index);
  }
  const sizeOf = (part: GroupPart) => partSize(form, hiddenGroups, part);
  // Named as most of the members shown write it, in the order of those names: so neither the
  // spelling nor the place of a hidden member's value can say which group they were in.
  const candidates: Candidate<GroupPart>[] = form.groups.names
    .map((name, i) => ({ name: commonSpelling(form, hiddenGroups, parts[i]!) ?? name, members: [parts[i]!] }))
    .sort((a, b) => byCodePoint(textKey(a.name), textKey(b.name)));
  // Respondents without a value form a group of their own, under the floor like any other.
  if (sizeOf(notGiven) > 0) candidates.push({ name: NOT_GIVEN, members: [notGiven] });
  return applyFloor(candidates, minGroup, undefined, sizeOf);
}

/** The spelling of a group's value that most of its shown members use (of equals, the first in code point order). */
function commonSpelling(form: FormRespondents, hiddenGroups: ReadonlySet<number>, part: GroupPart): string | undefined {
  const counts = new Map<number, number>();
  const cell = hiddenGroups.has(part.group) ? undefined : form.cells.get(part.group);
  for (const [spelling, n] of cell?.spellings ?? []) counts.set(spelling, n);
  for (const index of part.kept) {
    const spelling = form.keptSpelling(index);
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
function groupsNotShown(form: FormRespondents, floored: Floored<GroupPart>): Floored<GroupPart>['hidden'] {
  const shown = new Set<number>();
  for (const g of floored.shown) for (const part of g.members) shown.add(part.group);
  const sizes = new Map<number, number>();
  for (const [group, cell] of form.cells) if (!shown.has(group)) sizes.set(group, cell.size);
  for (let index = 0; index < form.kept.size; index++) {
    const group = form.keptGroup(index);
    if (!shown.has(group)) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
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
    for (let index = 0; index < form.kept.size; index++) {
      const subject = form.keptSubject(index);
      if (subject < 0) continue;
      const found = subjects.get(textKey(form.subjects.names[subject]!))!;
      const role = form.keptRole(index);
      const rating: Rating = { form: f, from: 'kept', index };
      if (role === 'self') found.self.push(rating);
      else (found.byRole.get(role) ?? found.byRole.set(role, []).get(role)!).push(rating);
    }
    // A self-rating naming no subject is about its respondent, when that person is a subject.
    for (let index = 0; index < form.selfRatings.size; index++) subjects.get(textKey(form.selfNames.at(index)!))?.self.push({ form: f, from: 'self', index });
  });
  return [...subjects.values()];
}
