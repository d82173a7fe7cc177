import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortDateTime } from '../../src/core/date-time.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const intl = (date: Date) => date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

describe('shortDateTime', () => {
  it('writes the day, the month in short, the year and the time on the 24-hour clock', () => {
    expect(shortDateTime(new Date(2026, 8, 5, 7, 3))).toBe('5 Sept 2026, 07:03');
    expect(shortDateTime(new Date(2026, 10, 25, 23, 59))).toBe('25 Nov 2026, 23:59');
    expect(shortDateTime(new Date(2026, 0, 1, 0, 0))).toBe('1 Jan 2026, 00:00');
  });

  it('writes every month as Intl does for en-GB', () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, 15, 12, 30);
      expect(shortDateTime(date)).toBe(intl(date));
    }
  });

  it('writes any moment as Intl does for en-GB, years before 1 and after 9999 among them', () => {
    const early = new Date(2026, 0, 1);
    early.setFullYear(0);
    expect(shortDateTime(early)).toBe(intl(early));
    fc.assert(
      fc.property(fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }), (date) => shortDateTime(date) === intl(date)),
      { numRuns: fuzzRuns(2000) },
    );
  });
});
