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

/** How many respondents a member stands for (one, unless members are parts of groups). */
export type MemberSize<T> = (member: T) => number;

/**
 * The anonymity floor: a group with fewer than `minimum` members is never shown on its own. Such
 * groups are pooled, with any group already called `other`, into one named `other`, which is
 * hidden too if it is still under the floor. `alwaysShown` groups (a 360's manager) are exempt.
 * Shown groups keep their order, `other` last. Sizes count respondents: a member is one unless
 * `sizeOf` says otherwise.
 */
export function applyFloor<T>(candidates: readonly Candidate<T>[], minimum: number, alwaysShown: (name: string) => boolean = () => false, sizeOf: MemberSize<T> = () => 1): Floored<T> {
  const shown: ShownGroup<T>[] = [];
  const pool: T[] = [];
  let poolSize = 0;
  let pooled = 0;
  let poolGroups = 0;
  for (const group of candidates) {
    const size = group.members.reduce((n, member) => n + sizeOf(member), 0);
    if (size === 0) continue;
    if (alwaysShown(group.name)) shown.push({ ...group, pooled: 0 });
    else if (textKey(group.name) === POOLED) {
      for (const member of group.members) pool.push(member);
      poolSize += size;
      poolGroups++;
    } else if (size >= minimum) shown.push({ ...group, pooled: 0 });
    else {
      for (const member of group.members) pool.push(member);
      poolSize += size;
      pooled++;
      poolGroups++;
    }
  }
  if (poolSize === 0) return { shown, hidden: { groups: 0, members: 0 }, hiddenMembers: [] };
  if (poolSize >= minimum) return { shown: [...shown, { name: POOLED, members: pool, pooled }], hidden: { groups: 0, members: 0 }, hiddenMembers: [] };
  return { shown, hidden: { groups: poolGroups, members: poolSize }, hiddenMembers: pool };
}
