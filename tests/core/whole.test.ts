import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whole } from '../../src/core/whole.js';
import { fuzzRuns } from '../helpers/fuzz.js';

describe('whole', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [-1234567, '-1,234,567'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    [-0, '-0'],
    [1234.5678, '1,234.568'],
    [Number.NaN, 'NaN'],
    [2 ** 60, '1,152,921,504,606,847,000'], // as Intl rounds it, to 17 digits
  ])('writes %d as %s', (n, text) => {
    expect(whole(n)).toBe(text);
  });

  it('writes any number as toLocaleString("en-GB") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.double()), (n) => whole(n) === n.toLocaleString('en-GB')),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('writes a whole number as Welsh writes it too (cy groups thousands as en-GB does), so one function serves both', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), (n) => whole(n) === n.toLocaleString('cy')),
      { numRuns: fuzzRuns(2000) },
    );
  });
});
