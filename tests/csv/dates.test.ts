import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateValue, readDate, readDateCell } from '../../src/core/csv/dates.js';

const dateOrderShown = (text: string) => readDateCell(text).shown;
import { fuzzRuns } from '../helpers/fuzz.js';

const read = (text: string, order?: 'day-first' | 'month-first') => readDate(text, order);

describe('readDate: every platform date as its download writes it', () => {
  it.each([
    // Microsoft Forms xlsx, once its Excel dates are converted; Qualtrics; LimeSurvey; REDCap.
    ['2025-11-03T09:20:00', '2025-11-03T09:20:00'],
    ['2024-01-15 10:23:45', '2024-01-15T10:23:45'],
    ['2025-03-04 09:16:34', '2025-03-04T09:16:34'],
    ['2025-03-04 09:16', '2025-03-04T09:16:00'],
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04T09:16:34.250Z', '2025-03-04T09:16:34.250Z'],
    ['2025-03-04T09:16:34+0100', '2025-03-04T09:16:34+01:00'],
    // Google Forms, in the zone of the form's spreadsheet.
    ['2025/03/04 9:16:34 AM GMT', '2025-03-04T09:16:34Z'],
    ['2025/03/04 9:16:34 PM GMT+1', '2025-03-04T21:16:34+01:00'],
    ['2025/07/04 12:05:00 AM BST', '2025-07-04T00:05:00+01:00'],
    ['2025/07/04 12:05:00 PM EDT', '2025-07-04T12:05:00-04:00'],
    ['2025/03/04 9:16:34 AM GMT+5:30', '2025-03-04T09:16:34+05:30'],
    ['2025/03/04 9:16:34 AM GMT-03:00', '2025-03-04T09:16:34-03:00'],
    // SurveyMonkey (US): read when a part is over 12, or both are the same.
    ['03/14/2025 09:16:34 AM', '2025-03-14T09:16:34'],
    ['03/03/2025 09:16:34 PM', '2025-03-03T21:16:34'],
    // JISC / SmartSurvey (UK): read when the day is over 12.
    ['24/03/2025 09:16', '2025-03-24T09:16:00'],
    // Dots are day first wherever they are written.
    ['04.03.2025 09:16', '2025-03-04T09:16:00'],
    // A month's name.
    ['4 Mar 2025 09:16', '2025-03-04T09:16:00'],
    ['04-Mar-25', '2025-03-04'],
    ['March 4, 2025 9:16 AM', '2025-03-04T09:16:00'],
    ['Sept 30 2025', '2025-09-30'],
    ['  2025-03-04   09:16  ', '2025-03-04T09:16:00'],
  ])('%s -> %s', (text, iso) => {
    expect(read(text)).toEqual({ kind: 'read', iso });
  });

  it('keeps day/month dates with both parts 12 or under as ambiguous, unless the order is known', () => {
    expect(read('11/3/25 9:20:00')).toEqual({ kind: 'ambiguous' });
    expect(read('04/03/2025 09:16')).toEqual({ kind: 'ambiguous' });
    expect(read('03/04/2025 09:16:34 AM')).toEqual({ kind: 'ambiguous' });
    expect(read('11/3/25 9:20:00', 'month-first')).toEqual({ kind: 'read', iso: '2025-11-03T09:20:00' });
    expect(read('11/3/25 9:20:00', 'day-first')).toEqual({ kind: 'read', iso: '2025-03-11T09:20:00' });
    // The order never overrides what the date shows itself.
    expect(read('24/03/2025', 'month-first')).toEqual({ kind: 'read', iso: '2025-03-24' });
  });

  it.each([
    ['[not completed]'],
    ['yesterday'],
    ['45720.39'],
    ['2025-02-30 09:00'],
    ['2025-13-01'],
    ['13/13/2025'],
    ['2025-03-04 25:00'],
    ['2025-03-04 13:00 PM'],
    ['2025/03/04 9:16:34 AM CST'],
    ['2025/03/04 9:16:34 AM IST'],
    ['2025/03/04 9:16:34 AM BST+1'],
    ['4 Marx 2025'],
    [''],
  ])('does not read %j', (text) => {
    expect(read(text)).toEqual({ kind: 'unread' });
  });

  it('reads 29 February only in a leap year', () => {
    expect(read('2024-02-29')).toEqual({ kind: 'read', iso: '2024-02-29' });
    expect(read('2100-02-29')).toEqual({ kind: 'unread' });
  });

  it('dateValue keeps a date it cannot read whole, as written', () => {
    expect(dateValue('11/3/25 9:20:00')).toBe('11/3/25 9:20:00');
    expect(dateValue(' 2025-03-04 09:16 ')).toBe('2025-03-04T09:16:00');
  });

  it('dateOrderShown: what one cell says about its column', () => {
    expect(dateOrderShown('24/03/2025 09:16')).toBe('day-first');
    expect(dateOrderShown('03/24/2025 09:16:34 AM')).toBe('month-first');
    expect(dateOrderShown('04/03/2025')).toBeUndefined();
    expect(dateOrderShown('2025-03-24')).toBeUndefined();
    expect(dateOrderShown('24.03.2025')).toBeUndefined();
  });

  it('readDateCell: the value and the order shown, in one pass, as dateValue and dateOrderShown give them', () => {
    expect(readDateCell('24/03/2025 09:16')).toEqual({ value: '2025-03-24T09:16:00', shown: 'day-first' });
    expect(readDateCell(' 03/24/2025\t09:16:34  AM ')).toEqual({ value: '2025-03-24T09:16:34', shown: 'month-first' });
    expect(readDateCell('04/03/2025')).toEqual({ value: '04/03/2025' });
    // A day over 12 with a month over 12 too reads as no date, and shows no order.
    expect(readDateCell('13/13/2025')).toEqual({ value: '13/13/2025' });
    expect(readDateCell('2025-03-04\u00a009:16')).toEqual({ value: '2025-03-04T09:16:00' });
  });

  it('readDateCell agrees with dateValue and dateOrderShown, whatever the spacing', () => {
    const part = fc.constantFrom('1', '04', '13', '24', '2025', '25', '/', '-', '.', ':', ' ', '  ', '\t', '\u00a0', 'AM', 'pm', 'GMT', 'Z', '+01:00', 'Mar', 'x');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const shown = dateOrderShown(text);
        expect(readDateCell(text)).toEqual(shown === undefined ? { value: dateValue(text) } : { value: dateValue(text), shown });
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('reads every valid day/month date to the date it names, in the order given', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.boolean(), fc.boolean(), (date, dayFirst, shortYear) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const yearText = shortYear ? String(y % 100).padStart(2, '0') : String(y);
        const time = `${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
        const text = `${dayFirst ? `${d}/${m}` : `${m}/${d}`}/${yearText} ${time}`;
        const reading = read(text, dayFirst ? 'day-first' : 'month-first');
        const iso = `${date.toISOString().slice(0, 16)}:00`;
        expect(reading).toEqual({ kind: 'read', iso });
        // Without the order: read the same when it can be only one way, ambiguous otherwise.
        expect(read(text)).toEqual(d <= 12 && m <= 12 && d !== m ? { kind: 'ambiguous' } : { kind: 'read', iso });
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
