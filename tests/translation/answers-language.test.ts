import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { serializeAnswers } from '../../src/core/answers/serialize.js';
import { newRunState } from '../../src/core/run/state.js';
import { questionnaireSources, questionnaireWithId } from '../../src/io/questionnaires.js';
import { runCli } from '../helpers/cli.js';

const sources = () => questionnaireSources([], { SYSLEAD_NO_CACHE: '1' }, () => {});

describe('the language answers were given in', () => {
  it('a run of ID.LANG records its language in the answers; a run of the source records none', async () => {
    const { questionnaire: cy } = await questionnaireWithId('systems-leadership-quick.cy', sources());
    const { questionnaire: en } = await questionnaireWithId('systems-leadership-quick', sources());
    expect(cy.sourceLanguage).toBe('en-GB');
    expect(en.sourceLanguage).toBeUndefined();
    const started = '2026-01-05T09:00:00Z';
    expect(serializeAnswers(newRunState(cy, started).answers)).toMatchObject({ questionnaire: 'systems-leadership-quick', version: 1, language: 'cy-GB' });
    expect(serializeAnswers(newRunState(en, started).answers)).not.toHaveProperty('language');
  });

  it('is read back from an answer file, which then scores as the source does', async () => {
    const { questionnaire: en } = await questionnaireWithId('systems-leadership-quick', sources());
    const text = 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nanswers: {sv2: 4}\n';
    const { answers, problems } = checkAnswers(text, 'a.yaml', en);
    expect(problems).toEqual([]);
    expect(answers?.questionnaire).toEqual({ id: 'systems-leadership-quick', version: 1, language: 'cy-GB' });
    expect(serializeAnswers(answers!)).toMatchObject({ language: 'cy-GB' });
    expect(checkAnswers(text.replace('cy-GB', 'cy GB'), 'a.yaml', en).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([expect.stringMatching(/^3: language: /)]);
  });

  it('answers given in Welsh words are read against the Welsh translation, and score as the same numbers in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-answers-language-'));
    const welsh = join(dir, 'cy.yaml');
    const english = join(dir, 'en.yaml');
    writeFileSync(welsh, 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nanswers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau}\n');
    writeFileSync(english, 'questionnaire: systems-leadership-quick\nversion: 1\nanswers: {sv2: 4, sv3: 3, sv4: 5, sv5: 2}\n');
    const cy = await runCli(['score', '--format', 'json', welsh]);
    const en = await runCli(['score', '--format', 'json', english]);
    // The one thing said: the Welsh form is a draft, once, in the language it chooses.
    expect(cy.stderr).toMatch(/^\S+systems-leadership-quick\.cy\.yaml:\d+:1: warning: cyfieithiad drafft: [^\n]+\n$/);
    const themes = (json: string) => (JSON.parse(json) as { themes: { id: string; percent: number | null }[] }).themes.map((t) => [t.id, t.percent]);
    expect(themes(cy.stdout)).toEqual(themes(en.stdout));
    // 4, 3, 5 and 2 reverse-keyed to 4: mean 4, (4 - 1) / 4 = 75%.
    expect(themes(cy.stdout)[0]).toEqual(['shared-values', 75]);
  });
});
