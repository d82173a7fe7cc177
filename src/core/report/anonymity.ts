import { textKey } from '../text-key.js';
/** The name of the group that small groups are pooled into. */
export const POOLED = 'other';

export interface Candidate<T> {
  name: string;
  members: T[];
}

export interface ShownGroup<T> extends Candidate<T> {
  /** How many groups under the floor were pooled into this one (only `other` has any). */
  pooled: number;
}

export interface Floored<T> {
  shown: ShownGroup<T>[];
  /** Groups not shown, and their members, after pooling. */
  hidden: { groups: number; members: number };
  /** The members of the groups not shown. */
  hiddenMembers: T[];
}

/**
 * The anonymity floor: a group with fewer than `minimum` members is never shown on its own. Such
 * groups are pooled, with any group already called `other`, into one named `other`, which is
 * hidden too if it is still under the floor. `alwaysShown` groups (a 360's manager) are exempt.
 * Shown groups keep their order, `other` last.
 */
export function applyFloor<T>(candidates: readonly Candidate<T>[], minimum: number, alwaysShown: (name: string) => boolean = () => false): Floored<T> {
  const shown: ShownGroup<T>[] = [];
  const pool: T[] = [];
  let pooled = 0;
  let poolGroups = 0;
  for (const group of candidates) {
    if (group.members.length === 0) continue;
    if (alwaysShown(group.name)) shown.push({ ...group, pooled: 0 });
    else if (textKey(group.name) === POOLED) {
      for (const member of group.members) pool.push(member);
      poolGroups++;
    } else if (group.members.length >= minimum) shown.push({ ...group, pooled: 0 });
    else {
      for (const member of group.members) pool.push(member);
      pooled++;
      poolGroups++;
    }
  }
  if (pool.length === 0) return { shown, hidden: { groups: 0, members: 0 }, hiddenMembers: [] };
  if (pool.length >= minimum) return { shown: [...shown, { name: POOLED, members: pool, pooled }], hidden: { groups: 0, members: 0 }, hiddenMembers: [] };
  return { shown, hidden: { groups: poolGroups, members: pool.length }, hiddenMembers: pool };
}
