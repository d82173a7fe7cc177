import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerFileReadSchema } from '../../src/core/answers/schema.js';
import { readKnownShape } from '../../src/core/answers/shape.js';
import { parseYamlSource } from '../../src/core/yaml-source.js';
import { fuzzRuns } from '../helpers/fuzz.js';

// The quick check stands in for zod only for files zod takes, and gives back what zod gives back.
const quick = (value: unknown) => readKnownShape(value, parseYamlSource('{}', 'a.yaml'), 'a.yaml');

/** Each field's values: those the schema takes, and those a hand-written file gets wrong. */
const FIELDS = {
  $schema: [fc.constant('https://example.org/answers.json'), fc.integer()],
  questionnaire: [fc.constantFrom('systems-leadership', 'a', 'a_b-c', 'x'.repeat(64)), fc.oneof(fc.constantFrom('a--b', 'Upper', '-a', 'x'.repeat(65)), fc.string())],
  version: [fc.integer({ min: 1, max: 5 }), fc.oneof(fc.integer({ min: -2, max: 0 }), fc.constantFrom(1.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, '1'))],
  report_languages: [fc.constantFrom(['cy'], ['en'], ['cy', 'en'], ['de-AT']), fc.constantFrom([], 'cy', ['cy GB'], [1], ['en', null])],
  respondent: [fc.string({ maxLength: 200 }), fc.oneof(fc.string({ minLength: 195, maxLength: 210 }), fc.constant(null))],
  role: [fc.constantFrom('self', 'manager', 'peer', 'direct-report', 'partner', 'other'), fc.constantFrom('Self', 'boss', null)],
  subject: [fc.string({ maxLength: 200 }), fc.string({ minLength: 195, maxLength: 210 })],
  started: [
    fc.oneof(
      fc.constantFrom('2026-11-25T10:00:00Z', '2026-11-25T10:00:00.123+01:00', '2024-02-29T10:00:00Z'),
      fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(2 ** 42) }).map((d) => d.toISOString()),
    ),
    fc.oneof(
      fc.constantFrom('2026-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T10:00Z', '2026-11-25 10:00:00Z', '2026-11-25T10:00:00', '2026-11-25T10:00:00+24:00', '2026-11-25t10:00:00z'),
      fc.string(),
    ),
  ],
  completed: [fc.constantFrom('2026-11-25T10:12:00Z', '2026-12-31T23:59:59.999999-23:59', '0000-02-29T00:00:00Z'), fc.constantFrom('2100-02-29T00:00:00Z', 'yesterday')],
  attributes: [
    fc.dictionary(fc.string({ maxLength: 100 }), fc.string({ maxLength: 1000 })),
    fc.oneof(fc.dictionary(fc.string({ minLength: 98, maxLength: 105 }), fc.oneof(fc.string({ minLength: 998, maxLength: 1005 }), fc.integer()), { minKeys: 1 }), fc.constant([])),
  ],
  answers: [
    fc.dictionary(fc.string({ maxLength: 100 }), fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer()))),
    fc.oneof(fc.dictionary(fc.string({ minLength: 98, maxLength: 105 }), fc.integer(), { minKeys: 1 }), fc.constantFrom(null, 'x')),
  ],
  importance: [fc.dictionary(fc.string({ maxLength: 100 }), fc.oneof(fc.integer(), fc.string(), fc.constant(null))), fc.constant(7)],
  unknown: [fc.constant(undefined), fc.string()],
} as const;

/** A value near an answer file: each field mostly right, sometimes wrong or absent, the required ones too. */
const nearAnswerFile = fc
  .record(Object.fromEntries(Object.entries(FIELDS).map(([key, [right, wrong]]) => [key, fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 })])), {
    requiredKeys: ['questionnaire', 'version', 'answers'],
  })
  .chain((value) => fc.subarray(['questionnaire', 'version', 'answers'], { maxLength: 1 }).map((dropped) => Object.fromEntries(Object.entries(value).filter(([key, v]) => v !== undefined && !dropped.includes(key)))));

describe('the quick check of an answer file', () => {
  it('takes a file only when zod takes it, and gives back what zod gives back, key order included', () => {
    let taken = 0;
    fc.assert(
      fc.property(nearAnswerFile, (value) => {
        const read = quick(value);
        if (!read) return;
        taken++;
        expect(read).not.toHaveProperty('problems');
        const parsed = answerFileReadSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        const doc = (read as { doc: unknown }).doc;
        expect(doc).toStrictEqual(parsed.data);
        expect(Object.keys(doc as object)).toEqual(Object.keys(parsed.data!));
      }),
      // A "__proto__" key, as JSON.parse makes one, found by this property once: zod decides it.
      { numRuns: fuzzRuns(2000), examples: [[JSON.parse('{"questionnaire":"systems-leadership","version":1,"attributes":{"__proto__":""},"answers":{}}')]] },
    );
    // Enough files are taken for the comparison to mean something.
    expect(taken).toBeGreaterThan(fuzzRuns(2000) / 50);
  });

  it('takes what syslead itself writes: a full answer file, and one with only the required fields', () => {
    const full = {
      $schema: 'https://example.org/answers.json',
      questionnaire: 'systems-leadership',
      version: 1,
      respondent: 'Sam Patel',
      role: 'peer',
      subject: 'Alex Kim',
      started: '2026-11-25T09:50:00Z',
      completed: '2026-11-25T10:02:30.5+01:00',
      attributes: { team: 'North' },
      answers: { sv1: 4, sv2: 'Often', 'of-notes': 'Fewer people waiting', sv3: null },
      importance: { 'shared-values': 5 },
    };
    expect(quick(full)).toEqual({ doc: full });
    expect(quick({ questionnaire: 'q', version: 1, answers: {} })).toEqual({ doc: { questionnaire: 'q', version: 1, answers: {} } });
  });

  it('leaves to zod what it cannot be sure of, for zod to word the problem', () => {
    expect(quick({ questionnaire: 'q', version: 1, answers: {}, started: '2024-02-29T10:00:00Z' })).toBeUndefined();
    expect(quick({ questionnaire: 'q', version: 1 })).toBeUndefined();
    expect(quick({ questionnaire: 'q', version: 1, answers: {}, role: null })).toBeUndefined();
    expect(quick([])).toBeUndefined();
  });
});
