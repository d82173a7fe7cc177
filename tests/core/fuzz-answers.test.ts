import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { ROOT } from '../helpers/cli.js';
import { mutate, mutation } from '../helpers/mutate.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const questionnaire = loadQuestionnaire(readFileSync(`${ROOT}questionnaires/systems-leadership.yaml`, 'utf8'), 'q.yaml').questionnaire!;
const valid = `questionnaire: systems-leadership
version: 1
respondent: Sam Patel
role: self
subject: Sam Patel
completed: 2026-11-25T10:00:00Z
attributes: { team: North }
answers:
  sv1: 4
  sv2: Often
  sv3: almost always
  of1: 2
  mp1: 5
  of-notes: "Fewer people waiting"
importance:
  shared-values: 5
  outcome-focus: Essential
`;

/** Every input either gives answers or fails with located errors: never a throw. */
function expectAnswersOrLocatedErrors(text: string) {
  const lines = text.split('\n').length;
  const result = checkAnswers(text, 'fuzz.yaml', questionnaire);
  if (result.answers) {
    for (const value of Object.values(result.answers.answers)) expect(Number.isInteger(value) && value >= 1 && value <= 5).toBe(true);
    return;
  }
  expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  for (const p of result.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines + 1);
    expect(p.column).toBeGreaterThanOrEqual(1);
  }
}

describe('answer-file reader under random and mutated input', () => {
  it('starts from a valid file', () => {
    expect(checkAnswers(valid, 'a.yaml', questionnaire).problems).toEqual([]);
  });

  it('never throws on mutations of a valid answer file', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => expectAnswersOrLocatedErrors(mutate(valid, ms))),
      { numRuns: fuzzRuns(1500) },
    );
  }, 120_000);

  it('never throws on arbitrary text or JSON values', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectAnswersOrLocatedErrors), { numRuns: fuzzRuns(1000) });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => expectAnswersOrLocatedErrors(JSON.stringify(v))),
      { numRuns: fuzzRuns(1000) },
    );
  }, 120_000);

  it('never throws on any value given for an answer or an importance', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' ', 'OFTEN', '3', '3.5', '-1', 'NaN', '__proto__', '\u001b[2J'));
    fc.assert(
      fc.property(fc.constantFrom('sv1', 'of-notes', 'mp1', '__proto__', 'constructor', 'prototype', 'nope'), value, (key, v) => {
        expectAnswersOrLocatedErrors(JSON.stringify({ questionnaire: 'systems-leadership', version: 1, answers: { [key]: v }, importance: { [key]: v } }));
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('treats "constructor" and "prototype" as unknown item ids, and refuses "__proto__" by name', () => {
    const messages = (text: string) => checkAnswers(text, 'a.yaml', questionnaire).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages('questionnaire: systems-leadership\nversion: 1\nanswers:\n  constructor: 3\n  prototype: 2\n')).toEqual([
      expect.stringMatching(/^4:3 .*unknown item "constructor"/),
      expect.stringMatching(/^5:3 .*unknown item "prototype"/),
    ]);
    expect(messages('questionnaire: systems-leadership\nversion: 1\nanswers:\n  __proto__: 3\n')).toEqual(['4:3 "__proto__" cannot be used as a name or key']);
  });
});
