import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { ROOT } from '../helpers/cli.js';
import { mutate, mutation } from '../helpers/mutate.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const template = readFileSync(`${ROOT}questionnaires/template.yaml`, 'utf8');
const lineCount = (text: string) => text.split('\n').length;

/** Every input either loads or fails with located errors: never a throw. */
function expectLoadsOrLocatedErrors(text: string) {
  const result = loadQuestionnaire(text, 'fuzz.yaml');
  if (result.questionnaire) return;
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe('fuzz.yaml');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount(text) + 1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('questionnaire loader under random and mutated input', () => {
  it('never throws on mutations of a valid questionnaire', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => expectLoadsOrLocatedErrors(mutate(template, ms))),
      { numRuns: fuzzRuns(1000) },
    );
  }, 120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectLoadsOrLocatedErrors), { numRuns: fuzzRuns(1500) });
  });

  it('never throws on arbitrary JSON-like values written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expectLoadsOrLocatedErrors(JSON.stringify(value))),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('keeps "constructor" and "prototype" as plain ids, and refuses "__proto__" keys by name', () => {
    const renamed = template.replace('id: common-ground', 'id: constructor').replace('id: cg1', 'id: prototype');
    const loaded = loadQuestionnaire(renamed, 'q.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.questionnaire!.themes[0]!.id).toBe('constructor');
    expect(loaded.questionnaire!.items[0]!.id).toBe('prototype');

    const proto = template.replace('  frequency:\n    min: 1', '  __proto__:\n    min: 1');
    const line = proto.split('\n').findIndex((l) => l.startsWith('  __proto__:')) + 1;
    expect(loadQuestionnaire(proto, 'q.yaml').problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([`${line}:3 "__proto__" cannot be used as a name or key`]);
    expect(({} as Record<string, unknown>).min).toBeUndefined();
  });

  it('reads a BOM and CRLF line ends like any other file', () => {
    const crlf = `\uFEFF${template.replace(/\n/g, '\r\n')}`;
    expect(loadQuestionnaire(crlf, 'q.yaml').problems).toEqual([]);
    const broken = crlf.replace('version: 1', 'version: x');
    const line = template.split('\n').findIndex((l) => l.startsWith('version:')) + 1;
    expect(loadQuestionnaire(broken, 'q.yaml').problems.map((p) => `${p.line}:${p.column}`)).toEqual([`${line}:10`]);
  });

  it('refuses a very long line of nesting in bounded time and memory', () => {
    const problems = loadQuestionnaire(`title: ${'{a: '.repeat(200_000)}`, 'q.yaml').problems;
    expect(problems.map((p) => p.message)).toEqual(['nesting is too deep (more than 64 levels)']);
  });
});
