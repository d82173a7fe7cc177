import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortDateTime } from '../../src/core/date-time.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const intl = (date: Date, locale = 'en-GB') => date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

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

  it("writes any moment in Welsh as Intl does for cy: the same order, CLDR's short Welsh months", () => {
    expect(shortDateTime(new Date(2026, 1, 5, 9, 7), 'cy')).toBe('5 Chwef 2026, 09:07');
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, 15, 12, 30);
      expect(shortDateTime(date, 'cy')).toBe(intl(date, 'cy'));
    }
    fc.assert(
      fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(8.64e15), noInvalidDate: true }), (date) => shortDateTime(date, 'cy') === intl(date, 'cy')),
      { numRuns: fuzzRuns(500) },
    );
  });
});
