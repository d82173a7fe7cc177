import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { loadValidated } from '../../src/core/questionnaire/validated.js';
import { validateQuestionnaireOrTranslation } from '../../src/core/translation/load.js';
import { type CompiledBuiltIn, compileBuiltIns } from '../../src/io/built-in-questionnaires.js';
import { BUILT_IN_DIR, NOT_LISTED } from '../../src/io/questionnaires.js';
import { ROOT } from '../helpers/cli.js';

// `npm run build` compiles questionnaires/*.yaml into this file, which the built CLI reads instead.
const BUILT = join(ROOT, 'dist/built-in-questionnaires.json');

describe('the compiled built-in questionnaires', () => {
  it('are what compiling the YAML gives now (run `npm run build` when this fails)', async () => {
    expect(readFileSync(BUILT, 'utf8')).toBe(await compileBuiltIns(BUILT_IN_DIR, NOT_LISTED));
  });

  it('give the models loading the YAML gives, for every built-in but the template', () => {
    const compiled = JSON.parse(readFileSync(BUILT, 'utf8')) as CompiledBuiltIn[];
    expect(compiled.map(({ name }) => name)).toEqual([
      'systems-leadership.yaml',
      'systems-leadership-observer.yaml',
      'systems-leadership-observer.cy.yaml',
      'systems-leadership-quick.yaml',
      'systems-leadership-quick.cy.yaml',
      'systems-leadership.cy.yaml',
    ]);
    for (const { name, validated } of compiled.filter((c) => !c.validated.isTranslation)) {
      const file = join(BUILT_IN_DIR, name);
      expect(loadValidated(validated)).toEqual(loadQuestionnaire(readFileSync(file, 'utf8'), name));
    }
  });

  it('refuse a built-in that is not valid, naming its problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-compile-'));
    copyFileSync(join(BUILT_IN_DIR, 'systems-leadership-quick.yaml'), join(dir, 'quick.yaml'));
    await expect(compileBuiltIns(dir, NOT_LISTED)).resolves.toContain('"name":"quick.yaml"');
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\nversion: 0\n');
    await expect(compileBuiltIns(dir, NOT_LISTED)).rejects.toThrow(/broken\.yaml:\d+:\d+: error: /);
  });

  it('keep a translation as its own checks give it, and refuse one that lacks a text of its source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-compile-'));
    copyFileSync(join(BUILT_IN_DIR, 'systems-leadership-quick.yaml'), join(dir, 'quick.yaml'));
    const welsh = readFileSync(join(BUILT_IN_DIR, 'systems-leadership-quick.cy.yaml'), 'utf8');
    writeFileSync(join(dir, 'quick.cy.yaml'), welsh);
    const compiled = JSON.parse(await compileBuiltIns(dir, NOT_LISTED)) as CompiledBuiltIn[];
    expect(compiled.find((c) => c.name === 'quick.cy.yaml')?.validated).toEqual(validateQuestionnaireOrTranslation(welsh, 'quick.cy.yaml'));
    writeFileSync(join(dir, 'quick.cy.yaml'), welsh.replace(/^ {6}sv3: .*\n/m, ''));
    await expect(compileBuiltIns(dir, NOT_LISTED)).rejects.toThrow(/quick\.cy\.yaml:\d+:\d+: error: missing text themes\.shared-values\.items\.sv3 /);
  });
});
