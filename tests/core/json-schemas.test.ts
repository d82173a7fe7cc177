import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/core/json-schemas.js';
import { ROOT } from '../helpers/cli.js';

describe('published JSON Schemas', () => {
  it.each(Object.keys(jsonSchemas) as (keyof typeof jsonSchemas)[])('schema/%s.schema.json is what the zod schema generates (run "npm run schema" after changing it)', (name) => {
    const committed: unknown = JSON.parse(readFileSync(`${ROOT}schema/${name}.schema.json`, 'utf8'));
    expect(committed).toEqual(jsonSchemas[name]());
  });

  it('publishes the questionnaire, translation, answers, result, report, compare, feedback, evaluation, export-map and report-heading (--about) schemas', () => {
    expect(Object.keys(jsonSchemas).sort()).toEqual(['about', 'answers', 'compare', 'evaluation', 'feedback', 'map', 'questionnaire', 'report', 'result', 'translation']);
  });
});
