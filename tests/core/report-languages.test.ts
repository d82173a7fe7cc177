/** Issue 22: a saved result records the languages syslead wrote its report in (report_languages). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { answerFileReadSchema } from '../../src/core/answers/schema.js';
import { serializeAnswers } from '../../src/core/answers/serialize.js';
import { readKnownShape } from '../../src/core/answers/shape.js';
import { languagesFor } from '../../src/core/i18n/voice.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { parseYamlSource } from '../../src/core/yaml-source.js';
import { fixture } from '../helpers/cli.js';

const questionnaire = () => {
  const { questionnaire: q } = loadQuestionnaire(readFileSync(fixture('run-small.yaml'), 'utf8'), 'run-small.yaml');
  return q!;
};
const file = (extra: string) => `questionnaire: run-small\nversion: 1\n${extra}answers:\n  l1: 3\n  l2: 1\n  s1: 2\n`;

describe('report_languages in an answer file', () => {
  it('is read from hand-made YAML, written back as it was, and read again to the same answers', () => {
    const q = questionnaire();
    const first = checkAnswers(file('language: cy-GB\nreport_languages: [cy, en]\n'), 'a.yaml', q);
    expect(first.problems).toEqual([]);
    expect(first.answers?.reportLanguages).toEqual(['cy', 'en']);
    const written = serializeAnswers(first.answers!);
    expect(written).toMatchObject({ questionnaire: 'run-small', language: 'cy-GB', report_languages: ['cy', 'en'] });
    // Just after the translation's language, as the schema orders its fields.
    expect(Object.keys(written).slice(0, 4)).toEqual(['questionnaire', 'version', 'language', 'report_languages']);
    const again = checkAnswers(JSON.stringify(written), 'a.json', q);
    expect(again.problems).toEqual([]);
    expect(again.answers).toEqual(first.answers);
  });

  it('takes a block list and any language tag, one language alone', () => {
    const read = checkAnswers(file('report_languages:\n  - de-AT\n'), 'a.yaml', questionnaire());
    expect(read.problems).toEqual([]);
    expect(read.answers?.reportLanguages).toEqual(['de-AT']);
  });

  it('is optional: a file without it reads and writes without it', () => {
    const read = checkAnswers(file(''), 'a.yaml', questionnaire());
    expect(read.problems).toEqual([]);
    expect(read.answers).not.toHaveProperty('reportLanguages');
    expect(serializeAnswers(read.answers!)).not.toHaveProperty('report_languages');
  });

  it.each([
    ['a tag that is not one', 'report_languages: [cy, "cy GB"]\n', 3, 'report_languages[1]: must be a language tag such as cy or en-GB'],
    ['a text, not a list', 'report_languages: cy\n', 3, 'report_languages:'],
    ['an empty list', 'report_languages: []\n', 3, 'report_languages:'],
    ['a number in the list', 'report_languages:\n  - cy\n  - 7\n', 5, 'report_languages[1]:'],
  ])('refuses %s, at its place', (_, extra, line, message) => {
    const { answers, problems } = checkAnswers(file(extra), 'a.yaml', questionnaire());
    expect(answers).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line, severity: 'error' });
    expect(problems[0]!.column).toBeGreaterThan(1);
    expect(problems[0]!.message).toContain(message);
  });

  it('passes the quick shape check only as zod passes it, to the same document', () => {
    const quick = (value: unknown) => readKnownShape(value, parseYamlSource('{}', 'a.yaml'), 'a.yaml');
    const base = { questionnaire: 'run-small', version: 1, answers: {} };
    for (const report_languages of [['cy'], ['cy', 'en'], ['en-GB']]) {
      const value = { ...base, report_languages };
      expect(quick(value)).toEqual({ doc: answerFileReadSchema.parse(value) });
    }
    for (const report_languages of [[], 'cy', ['cy GB'], [null], [1]]) {
      expect(quick({ ...base, report_languages })).toBeUndefined();
      expect(answerFileReadSchema.safeParse({ ...base, report_languages }).success).toBe(false);
    }
  });
});

describe('the languages chosen for a recorded result', () => {
  it('come after --lang and $SYSLEAD_LANG, before the questionnaire language and the locale', () => {
    expect(languagesFor(undefined, {}, 'en-GB', ['cy'])).toEqual(['cy']);
    expect(languagesFor(undefined, { LANG: 'en_GB.UTF-8' }, 'en-GB', ['cy', 'en'])).toEqual(['cy', 'en']);
    expect(languagesFor('en', {}, undefined, ['cy'])).toEqual(['en']);
    expect(languagesFor(undefined, { SYSLEAD_LANG: 'en' }, 'cy-GB', ['cy'])).toEqual(['en']);
    // A variable naming a language syslead does not speak says nothing: the result's languages count.
    expect(languagesFor(undefined, { SYSLEAD_LANG: 'fr' }, undefined, ['cy'])).toEqual(['cy']);
    // Languages syslead does not speak are passed over; with none left, the questionnaire's language, then the locale.
    expect(languagesFor(undefined, {}, 'cy-GB', ['de'])).toEqual(['cy']);
    expect(languagesFor(undefined, { LANG: 'cy_GB.UTF-8' }, undefined, [])).toEqual(['cy']);
    expect(languagesFor(undefined, {}, undefined, undefined)).toEqual(['en']);
  });
});
