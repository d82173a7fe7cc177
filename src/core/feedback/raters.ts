import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import type { RaterRole } from '../answers/schema.js';
import { applyFloor } from '../report/anonymity.js';
import { RATER_GROUPS } from '../report/disclosure.js';
import type { Rating, SubjectRatings } from './subjects.js';

/** A rater group as the report shows it: the manager alone, any other only at the floor. */
export interface ShownRaters {
  role: RaterRole;
  ratings: Rating[];
  /** Groups under the floor pooled into this one (only `other` has any). */
  pooled: number;
}

export interface RaterPlan {
  self: Rating[];
  /** In RATER_GROUPS order, the pooled `other` last. */
  shown: ShownRaters[];
  /** Raters in no figure and no comment: their group was still under the floor after pooling. */
  leftOut: number;
}

const GROUP_KEYS = {
  self: 'feedback.group.self',
  manager: 'feedback.group.manager',
  peer: 'feedback.group.peer',
  'direct-report': 'feedback.group.directReport',
  partner: 'feedback.group.partner',
  other: 'feedback.group.other',
} as const satisfies Record<RaterRole, string>;

/** How a rater group is called in a report. */
export function groupLabel(role: RaterRole, language: UiLanguage): string {
  return sayIn(language, GROUP_KEYS[role]);
}

/**
 * The anonymity floor of a subject's feedback, decided on the number of raters per group alone
 * (never on their answers), before any figure is computed: the manager is shown alone (they know
 * they are one); every other group needs `minGroup` raters, else it is pooled into `other`, which
 * is left out too while still under the floor. What is left out is in no figure of the report.
 */
export function planRaters(subject: SubjectRatings, minGroup: number): RaterPlan {
  const floored = applyFloor(
    RATER_GROUPS.map((role) => ({ name: role, members: subject.byRole.get(role as Exclude<RaterRole, 'self'>) ?? [] })),
    minGroup,
    (name) => name === 'manager',
  );
  return {
    self: subject.self,
    shown: floored.shown.map((g) => ({ role: g.name as RaterRole, ratings: g.members, pooled: g.pooled })),
    leftOut: floored.hidden.members,
  };
}
