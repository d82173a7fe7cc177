import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { ROOT } from '../helpers/cli.js';

const template = readFileSync(`${ROOT}questionnaires/template.yaml`, 'utf8');
const withKey = (key: string) => template.replace(/^version: 1$/m, `version: 1\n${key}: 1`);

describe('an unknown field with a long name', () => {
  it('is quoted cut after 39 characters, so a hostile key (100 KB in a JSON file) does not fill the screen', () => {
    const messages = loadQuestionnaire(withKey('k'.repeat(1_000)), 'q.yaml').problems.map((p) => p.message);
    expect(messages).toEqual([`unknown field "${'k'.repeat(39)}…"`]);
  });

  it('is cut between characters, never inside one', () => {
    const key = `${'a'.repeat(38)}😀😀b`;
    expect(loadQuestionnaire(withKey(key), 'q.yaml').problems.map((p) => p.message)).toEqual([`unknown field "${'a'.repeat(38)}😀…"`]);
  });

  it('is quoted whole up to 40 characters', () => {
    const key = 'b'.repeat(40);
    expect(loadQuestionnaire(withKey(key), 'q.yaml').problems.map((p) => p.message)).toEqual([`unknown field "${key}"`]);
  });
});
