import { describe, expect, it } from 'vitest';
import { applyFloor } from '../../src/core/report/anonymity.js';

describe('the anonymity floor', () => {
  const members = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('pools groups under the floor into "other" and shows it when it reaches the floor', () => {
    const floored = applyFloor(
      [
        { name: 'North', members: members(3) },
        { name: 'South', members: members(2) },
        { name: 'East', members: members(1) },
      ],
      3,
    );
    expect(floored.shown.map((g) => [g.name, g.members.length, g.pooled])).toEqual([
      ['North', 3, 0],
      ['other', 3, 2],
    ]);
    expect(floored.hidden).toEqual({ groups: 0, members: 0 });
  });

  it('hides "other" when it is still under the floor, and says how many', () => {
    const floored = applyFloor(
      [
        { name: 'North', members: members(4) },
        { name: 'South', members: members(2) },
      ],
      3,
    );
    expect(floored.shown.map((g) => g.name)).toEqual(['North']);
    expect(floored.hidden).toEqual({ groups: 1, members: 2 });
  });

  it('pools a group already called other with the small ones; exempt groups are shown alone', () => {
    const floored = applyFloor(
      [
        { name: 'manager', members: members(1) },
        { name: 'peer', members: members(1) },
        { name: 'Other', members: members(2) },
      ],
      3,
      (name) => name === 'manager',
    );
    expect(floored.shown.map((g) => [g.name, g.members.length, g.pooled])).toEqual([
      ['manager', 1, 0],
      ['other', 3, 1],
    ]);
  });
});
