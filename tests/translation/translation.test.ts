import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { toModel } from '../../src/core/questionnaire/model.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { applyTranslation, checkTranslation, translatedDoc } from '../../src/core/translation/apply.js';
import { sourceTexts } from '../../src/core/translation/texts.js';
import { validateTranslation } from '../../src/core/translation/validate.js';
import { quickDoc, welshText } from './helpers.js';

const HEADER = 'translation_of: systems-leadership-quick\nlanguage: cy-GB\n';

describe('a translation file on its own', () => {
  it('refuses every scoring field at its line, and no other problem for it', () => {
    const text = `${HEADER}themes:\n  shared-values:\n    items:\n      sv2: Rwy'n dweud\n    reverse: true\nscales:\n  frequency:\n    min: 0\n    labels: [a, b]\nbands:\n  emerging:\n    below: 30\n    label: Cynnar\n`;
    const { problems, translation } = validateTranslation(text, 't.cy.yaml');
    expect(translation).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '7:5: a translation may not change scoring: remove `reverse`; it is set in the source questionnaire',
      '10:5: a translation may not change scoring: remove `min`; it is set in the source questionnaire',
      '14:5: a translation may not change scoring: remove `below`; it is set in the source questionnaire',
    ]);
  });

  it('reads ids that are also names of scoring fields as ids, and an item that tries to set its keying as a scoring field', () => {
    const asIds = validateTranslation(`${HEADER}themes:\n  weight:\n    items:\n      value: Gwerth\n`, 't.cy.yaml');
    expect(asIds.problems).toEqual([]);
    expect(asIds.translation?.doc.texts).toEqual([['themes.weight.items.value', 'Gwerth']]);
    const keyed = validateTranslation(`${HEADER}themes:\n  mindset:\n    items:\n      mr4: {text: Rwy'n disgwyl, keyed: plus}\n`, 't.cy.yaml');
    expect(keyed.problems.map((p) => p.message)).toContain('a translation may not change scoring: remove `keyed`; it is set in the source questionnaire');
  });

  it('lists the first 100 syntax problems of a file and counts the rest, as a questionnaire does', () => {
    // Line 3 holds the first "a", lines 4 to 153 its 150 repeats: 100 listed, line 104 says the other 50.
    const { problems } = validateTranslation(`${HEADER}${'a: 1\n'.repeat(151)}`, 't.cy.yaml');
    expect(problems).toHaveLength(101);
    expect(problems.slice(0, 100).map((p) => p.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 4));
    expect(problems[0]!.message).toBe('"a" is given twice in the same mapping: keep one of them (YAML would keep only the last)');
    expect(`${problems[100]!.line}:${problems[100]!.column}: ${problems[100]!.message}`).toBe('104:1: 50 more problems from here on, not shown (only the first 100 are)');
  });

  it('refuses fields that are no text, and a status other than draft or reviewed', () => {
    const { problems } = validateTranslation(`${HEADER}status: final\nresources:\n  nlc-rapid-review:\n    url: https://example.org/\n`, 't.cy.yaml');
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([expect.stringMatching(/^3: status: /), '6: unknown field "url"']);
  });
});

describe('a translation against its source', () => {
  const source = quickDoc();

  it('the Welsh draft gives every text of the quick form and nothing else', () => {
    const { translation, problems } = validateTranslation(welshText(), 'cy.yaml');
    expect(problems).toEqual([]);
    expect(checkTranslation(source, translation!, 'cy.yaml')).toEqual([]);
    expect(translation!.doc).toMatchObject({ translationOf: 'systems-leadership-quick', language: 'cy-GB', status: 'draft' });
    expect(translation!.doc.texts.map(([id]) => id).sort()).toEqual(
      sourceTexts(source)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('lists what is missing, one problem per part left out, and what names nothing in the source', () => {
    const text = welshText()
      .replace(/^ {6}sv3: .*\n/m, '')
      .replace(/^ {6}sv4: /m, '      sv44: ')
      .replace(/^ {4}labels: \[Anaml, Weithiau, Yn aml, Fel arfer, Bron bob amser\]$/m, '    labels: [Anaml, Weithiau, Yn aml]')
      .replace(/^bands:\n(?: {2,}.*\n)+/m, '');
    const { translation } = validateTranslation(text, 'cy.yaml');
    const problems = checkTranslation(source, translation!, 'cy.yaml');
    const at = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `${at('labels: [Anaml, Weithiau, Yn aml]')}: missing 2 texts under scales.frequency.labels: scales.frequency.labels.3, scales.frequency.labels.4`,
      '1: missing 6 texts under bands: bands.emerging.label, bands.emerging.meaning, bands.developing.label, bands.developing.meaning and 2 more',
      expect.stringMatching(/^\d+: missing text themes\.shared-values\.items\.sv3 \(theme 1 \(shared-values\), item 2 \(sv3\) statement\); in the source: "In joint work, I name the values that partners and I hold i…"$/),
      expect.stringMatching(/^\d+: missing text themes\.shared-values\.items\.sv4 /),
      expect.stringMatching(/^\d+: unknown text themes\.shared-values\.items\.sv44: systems-leadership-quick has no text there/),
    ]);
    expect(problems[4]!.line).toBe(at('sv44:'));
    expect(problems[2]!.line).toBe(at('    items:'));
  });

  it('merges into the source: its texts and language, the source ids, keying, scales and cut-offs', () => {
    const { translation } = validateTranslation(welshText(), 'cy.yaml');
    const en = toModel(source);
    const cy = toModel(translatedDoc(source, translation!));
    expect(cy.language).toBe('cy-GB');
    expect([cy.id, cy.version, cy.title]).toEqual(['systems-leadership-quick', 1, 'Arweinyddiaeth systemau: hunanasesiad cyflym']);
    expect(cy.items.find((i) => i.id === 'mr4')).toMatchObject({ kind: 'likert', keyed: 'minus', weight: 1, text: "Rwy'n disgwyl i bartneriaid gydymffurfio â ffordd fy sefydliad o wneud pethau." });
    const scoring = (q: typeof en) => ({
      items: q.items.map((i) => (i.kind === 'likert' ? [i.id, i.themeId, i.keyed, i.weight, i.scale.id, i.scale.min, i.scale.max] : [i.id, i.themeId, 'text'])),
      bands: q.bands.map((b) => [b.id, b.below]),
      scoring: q.scoring,
      importance: q.importance?.scale.max,
    });
    expect(scoring(cy)).toEqual(scoring(en));
    expect(cy.defaultScale.labels).toEqual(['Anaml', 'Weithiau', 'Yn aml', 'Fel arfer', 'Bron bob amser']);
    // The source document is left as it was.
    expect(source.title).toBe('Systems leadership: a quick self-assessment');
  });

  it('scores the same answers the same in Welsh and in English, labels in each language included', () => {
    const { translation } = validateTranslation(welshText(), 'cy.yaml');
    const en = toModel(source);
    const applied = applyTranslation(source, translation!, [], 'cy.yaml');
    expect(applied.problems).toEqual([]);
    const cy = toModel(applied.doc!);
    const answers = (often: string, rarely: string) =>
      `questionnaire: systems-leadership-quick\nversion: 1\nanswers: {sv2: 4, sv3: "${often}", sv4: 5, sv5: 2, of1: 4, of3: 3, of4: "${rarely}", of5: 1, mp1: 5, mt1: 4, mr4: 2, md2: 3, mb5: 1}\nimportance: {shared-values: 5, mindset: 2}\n`;
    const inEnglish = checkAnswers(answers('Often', 'Rarely'), 'en.yaml', en);
    const inWelsh = checkAnswers(answers('Yn aml', 'Anaml'), 'cy.yaml', cy);
    expect(inWelsh.problems).toEqual([]);
    // Everything but the titles, which are the translation's.
    const scores = (r: ReturnType<typeof scoreAnswers>) => ({
      ...r,
      questionnaire: { ...r.questionnaire, title: '' },
      themes: r.themes.map(({ title: _, facets, ...t }) => ({ ...t, facets: facets.map(({ title: __, ...f }) => f) })),
    });
    const cyResult = scoreAnswers(cy, inWelsh.answers!);
    const enResult = scoreAnswers(en, inEnglish.answers!);
    expect(scores(cyResult)).toEqual(scores(enResult));
    // shared-values: 4, 3 (Often), 5, and sv5 = 2 reverse-keyed to 4: mean 4, so (4 - 1) / 4 = 75%.
    expect(cyResult.themes.find((t) => t.id === 'shared-values')).toMatchObject({ percent: 75 });
  });
});
