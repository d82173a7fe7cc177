import { describe, expect, it } from 'vitest';
import { RATER_ROLES } from '../../src/core/answers/roles.js';
import { parseRole } from '../../src/core/csv/role.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { OBSERVER_ROLES } from '../../src/core/run/rater.js';

describe('reading a role as survey forms word it', () => {
  it("reads the roles' own names in any case, spacing and punctuation", () => {
    expect(['Self', 'MANAGER', 'direct report', 'Direct_Report', ' peer ', 'partner', 'Other'].map(parseRole)).toEqual(['self', 'manager', 'direct-report', 'direct-report', 'peer', 'partner', 'other']);
    expect(RATER_ROLES.map(parseRole)).toEqual([...RATER_ROLES]);
  });

  it("reads the run's own choices, as an observer form built from it offers them", () => {
    const { say } = messagesFor('en');
    expect(OBSERVER_ROLES.map((role) => parseRole(say(`relation.${role}`)))).toEqual([...OBSERVER_ROLES]);
    expect(parseRole('Their line manager')).toBe('manager');
    expect(parseRole('Someone who reports to them')).toBe('direct-report');
  });

  it("reads the rater as the subject's manager when the rater manages them", () => {
    expect(['Line manager', 'Manager', 'Their manager', 'Someone I manage', 'I manage them', 'They report to me'].map(parseRole)).toEqual(Array(6).fill('manager'));
  });

  it("reads the rater as the subject's direct report when the subject manages the rater", () => {
    expect(['Direct report', 'My manager', 'My line manager', 'I report to them', 'They manage me'].map(parseRole)).toEqual(Array(5).fill('direct-report'));
  });

  it('reads colleagues, partners, others and the person themself', () => {
    expect(['Peer', 'Colleague', 'Colleague in my organisation', 'Peer in my organisation', 'Peer in my organization'].map(parseRole)).toEqual(Array(5).fill('peer'));
    expect(['Partner organisation', 'Someone in a partner organisation', 'Colleague in another organisation'].map(parseRole)).toEqual(Array(3).fill('partner'));
    expect(['Other', 'Self', 'Myself'].map(parseRole)).toEqual(['other', 'self', 'self']);
  });

  it('reads nothing else as a role', () => {
    expect(['boss', 'manager of a peer', 'my', '', 'Someone'].map(parseRole)).toEqual(Array(5).fill(undefined));
  });
});
