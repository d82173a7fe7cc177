import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORING_CY } from '../../src/core/i18n/cy/authoring.js';
import { CLI_CY } from '../../src/core/i18n/cy/cli.js';
import { COHORT_CY } from '../../src/core/i18n/cy/cohort.js';
import { EVALUATE_CY } from '../../src/core/i18n/cy/evaluate.js';
import { FEEDBACK_CY } from '../../src/core/i18n/cy/feedback.js';
import { INPUTS_CY } from '../../src/core/i18n/cy/inputs.js';
import { PERSON_CY } from '../../src/core/i18n/cy/person.js';
import { RESULTS_CY } from '../../src/core/i18n/cy/results.js';
import { RUN_CY } from '../../src/core/i18n/cy/run.js';
import { AUTHORING_EN } from '../../src/core/i18n/en/authoring.js';
import { CLI_EN } from '../../src/core/i18n/en/cli.js';
import { COHORT_EN } from '../../src/core/i18n/en/cohort.js';
import { EVALUATE_EN } from '../../src/core/i18n/en/evaluate.js';
import { FEEDBACK_EN } from '../../src/core/i18n/en/feedback.js';
import { INPUTS_EN } from '../../src/core/i18n/en/inputs.js';
import { PERSON_EN } from '../../src/core/i18n/en/person.js';
import { RESULTS_EN } from '../../src/core/i18n/en/results.js';
import { RUN_EN } from '../../src/core/i18n/en/run.js';
import type { MessageKey } from '../../src/core/i18n/en.js';
import type { Message } from '../../src/core/i18n/message.js';
import { sayIn } from '../../src/core/i18n/voice.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { ROOT, runCli } from '../helpers/cli.js';

// Issue 22: one Welsh word per term (docs/welsh-glossary.md), and count phrases that agree with
// their number ("1 wedi'i sgorio", "3 wedi eu sgorio"; a noun after a numeral stays singular).

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const WELSH: Readonly<Record<string, Message>> = { ...AUTHORING_CY, ...CLI_CY, ...COHORT_CY, ...EVALUATE_CY, ...FEEDBACK_CY, ...INPUTS_CY, ...PERSON_CY, ...RESULTS_CY, ...RUN_CY };
const ENGLISH: Readonly<Record<string, Message>> = { ...AUTHORING_EN, ...CLI_EN, ...COHORT_EN, ...EVALUATE_EN, ...FEEDBACK_EN, ...INPUTS_EN, ...PERSON_EN, ...RESULTS_EN, ...RUN_EN };
const every = (catalogue: Readonly<Record<string, Message>>) => Object.entries(catalogue).flatMap(([key, m]) => texts(m).map((text) => ({ key, text })));

/** Glossary term -> the variants the catalogue must not use (with their mutations). */
const BANNED: Record<string, RegExp> = {
  'export: allforiad, allforiadau': /\b(allforyn|allforion|h?allforion)\b/i,
  'sheet: dalen, dalennau': /\b(t|d|th|nh)aflen(ni)?\b/i,
  'observer form: ffurflen arsylwr': /ffurflen arsylwi\b/i,
  'self-rating: hunanasesiad': /hunan-raddiad/i,
  "one thing to try: Un peth i'w roi ar brawf": /roi cynnig arno/i,
  'all after a count: "13 ymatebydd i gyd"': /i gyd \{/,
};

/** Plural nouns that never follow a numeral in Welsh (the singular does: "{count} ymatebydd"). */
const PLURALS = [
  'ymatebwyr',
  'graddwyr',
  'rhesi',
  'datganiadau',
  'grwpiau',
  'eitemau',
  'adroddiadau',
  'hunanasesiadau',
  'cydweithwyr',
  'problemau',
  'gwallau',
  'colofnau',
  'ffeiliau',
  'themâu',
  'unigolion',
  'cwestiynau',
];

describe('the Welsh catalogue, one word per term', () => {
  for (const [term, banned] of Object.entries(BANNED))
    it(`uses no banned variant of ${term}`, () => {
      expect(
        every(WELSH)
          .filter(({ text }) => banned.test(text))
          .map(({ key }) => key),
      ).toEqual([]);
    });

  it('puts no plural noun after a number', () => {
    const after = new RegExp(`\\{[a-zA-Z]+\\} (${PLURALS.join('|')})\\b`, 'i');
    expect(
      every(WELSH)
        .filter(({ text }) => after.test(text))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it('names every place so that it is filled (a letter first, letters only: {g6} never was)', () => {
    const bad = (catalogue: Readonly<Record<string, Message>>) =>
      every(catalogue).flatMap(({ key, text }) => (text.match(/\{[^{}\s"']*\}/g) ?? []).filter((place) => !/^\{[a-z][A-Za-z]*\}$/.test(place)).map((place) => `${key}: ${place}`));
    expect(bad(WELSH)).toEqual([]);
    expect(bad(ENGLISH)).toEqual([]);
  });
});

describe('Welsh count phrases agree with their number', () => {
  // key, the values besides count, what 1 says, what 3 says.
  const CASES: [MessageKey, Record<string, string>, string, string][] = [
    ['cohort.count.scored', {}, "1 wedi'i sgorio", '3 wedi eu sgorio'],
    ['cohort.count.skipped', {}, "1 wedi'i hepgor", '3 wedi eu hepgor'],
    ['cohort.count.read', {}, "1 wedi'i ddarllen", '3 wedi eu darllen'],
    ['cohort.format.hiddenRaters', {}, "1 wedi'i adael allan", '3 wedi eu gadael allan'],
    ['feedback.cohort.hidden', {}, "1 wedi'i adael allan", '3 wedi eu gadael allan'],
    ['feedback.answered.notObserved', {}, '1 heb ei arsylwi', '3 heb eu harsylwi'],
    ['cohort.format.formLine', { title: 'T', id: 'x', version: '1' }, "1 ymatebydd wedi'i sgorio", '3 ymatebydd wedi eu sgorio'],
    ['cohort.command.strictSkipped', {}, "1 ymatebydd wedi'i adael allan", '3 ymatebydd wedi eu gadael allan'],
    ['cohort.summary.hidden', {}, "1 arall wedi'i adael allan", '3 arall wedi eu gadael allan'],
    ['person.detail.answered', { total: '4' }, "1 o 4 eitem wedi'i hateb", "3 o 4 eitem wedi'u hateb"],
    ['cohort.format.hiddenGroups', { respondents: '4 ymatebydd', min: '5' }, '1 grŵp gyda 4 ymatebydd heb ei ddangos', '3 grŵp gyda 4 ymatebydd heb eu dangos'],
    ['feedback.cmd.leftOut', { across: '' }, 'gadawyd 1 graddiwr allan', 'gadawyd 3 graddiwr allan'],
  ];
  for (const [key, values, one, three] of CASES)
    it(`says ${key} for 1 and for 3`, () => {
      expect(sayIn('cy', key, { ...values, count: 1 })).toContain(one);
      expect(sayIn('cy', key, { ...values, count: 3 })).toContain(three);
    });

  it('says 2 raters with the soft mutation of "dau"', () => {
    expect(sayIn('cy', 'feedback.cmd.leftOut', { count: 2, across: '' })).toContain('gadawyd 2 raddiwr allan');
  });

  it('says the total of respondents with "i gyd" after the count', () => {
    expect(sayIn('cy', 'cohort.accounting.total', { counted: sayIn('cy', 'cohort.accounting.respondents', { count: 13, scored: '', skipped: '', why: '' }) })).toContain('13 ymatebydd i gyd');
  });

  it('leaves the English of the count phrases as it was', () => {
    expect(sayIn('en', 'cohort.format.formLine', { title: 'T', id: 'x', version: '1', count: 1 })).toBe('T (x, version 1) · 1 respondent scored');
    expect(sayIn('en', 'person.detail.answered', { count: 1, total: '4' })).toBe('1 of 4 items answered');
    expect(sayIn('en', 'cohort.reliability.interItem', { average: '0.1', median: '0.2', signalNoise: '3', guttman: '0.4' })).toBe('Inter-item r: average 0.1, median 0.2 · S/N 3 · G6(smc) 0.4');
  });
});

describe('syslead report --lang cy, its counts', () => {
  // Three respondents and one empty row: "1 wedi'i hepgor", "4 rhes", the total after the count.
  const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
  const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
  const csv = join(mkdtempSync(join(tmpdir(), 'syslead-welsh-counts-')), 'cohort.csv');
  const rows = [2, 3, 4].map((x, r) => [`Person ${r}`, ...items.map((_, n) => String(((x + n) % 5) + 1))]);
  writeFileSync(csv, `${[['respondent', ...items.map((i) => i.id)], ...rows, ['', ...items.map(() => '')]].map((r) => r.join(',')).join('\n')}\n`);

  it('says one skipped row in the singular, and the total with "i gyd" after it', async () => {
    const r = await runCli(['report', '--lang', 'cy', csv]);
    expect(r.stderr).toContain(`syslead: ${csv}: 4 rhes: 3 wedi eu sgorio, 1 wedi'i hepgor (`);
    expect(r.stderr).not.toContain('1 wedi eu');
    expect(r.stdout).toContain("3 wedi eu sgorio · 1 wedi'i hepgor");
    expect(r.stdout).not.toContain('{');
  });
});
