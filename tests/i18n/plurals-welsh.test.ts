import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/core/i18n/en.js';
import { INPUTS_CY } from '../../src/core/i18n/cy/inputs.js';
import { messagesFor } from '../../src/core/i18n/messages.js';

// Issue 22: Welsh has six plural forms, chosen as Intl.PluralRules('cy') does: 0 zero, 1 one, 2 two,
// 3 few, 6 many, and other for the rest (7, 11...). The noun after the number mutates by the form:
// "2 dabl" (dau dabl), "3 thabl" (tri thabl), "2 linell" (dwy linell), "1 golofn" (un golofn).
const COUNTS = [0, 1, 2, 3, 6, 7, 11] as const;
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other', 'other'] as const;
const { say } = messagesFor('cy');

describe("Welsh plural forms of the inputs and evaluate parts' messages", () => {
  it('are chosen by the counts as Intl.PluralRules("cy") chooses them', () => {
    const rules = new Intl.PluralRules('cy');
    expect(COUNTS.map((n) => rules.select(n))).toEqual([...FORMS]);
  });

  // The inputs part's every message with forms, each form said for its count (and none left to `other` by a gap).
  const plural = Object.entries(INPUTS_CY).filter(([, m]) => typeof m !== 'string') as [MessageKey, Record<string, string>][];
  it.each(plural)('%s says each count with its own form', (key, forms) => {
    for (const [i, count] of COUNTS.entries()) {
      const form = forms[FORMS[i]!];
      expect(form, `${key} ${FORMS[i]}`).toBeDefined();
      expect(say(key, { count, limit: 'L', listed: '', questionnaire: 'q', columns: 'C' })).toBe(
        form!.replaceAll('{count}', String(count)).replaceAll('{limit}', 'L').replaceAll('{listed}', '').replaceAll('{questionnaire}', 'q').replaceAll('{columns}', 'C'),
      );
    }
  });

  it('mutates "tabl" after 2, 3 and 6 (a zip of several tables)', () => {
    const tables = (count: number) => say('inputs.archive.tables', { count, listed: '' }).split(':')[0];
    expect(COUNTS.map(tables)).toEqual([
      "mae'r archif zip yn dal 0 tabl",
      "mae'r archif zip yn dal 1 tabl",
      "mae'r archif zip yn dal 2 dabl",
      "mae'r archif zip yn dal 3 thabl",
      "mae'r archif zip yn dal 6 thabl",
      "mae'r archif zip yn dal 7 tabl",
      "mae'r archif zip yn dal 11 tabl",
    ]);
  });

  it('mutates "tabl" in a sheet of several tables too', () => {
    const tables = (count: number) => say('inputs.archive.sheetTables', { count, sheet: 'S', table: 'T', others: 'U' }).split(':')[0];
    expect([2, 3, 6, 7].map(tables)).toEqual(['mae\'r ddalen "S" yn dal 2 dabl', 'mae\'r ddalen "S" yn dal 3 thabl', 'mae\'r ddalen "S" yn dal 6 thabl', 'mae\'r ddalen "S" yn dal 7 tabl']);
  });

  it('mutates "llinell" after 2 only (a quote left open)', () => {
    expect(COUNTS.map((count) => say('inputs.tokenizer.rowAndLinesLost', { count }))).toEqual(
      ['0 llinell', '1 llinell', '2 linell', '3 llinell', '6 llinell', '7 llinell', '11 llinell'].map((n) => `ni ellir darllen y rhes hon a'r ${n} ar ei hôl`),
    );
    expect(COUNTS.map((count) => say('inputs.tokenizer.linesAndMore', { count }))).toEqual(['0 llinell', '1 llinell', '2 linell', '3 llinell', '6 llinell', '7 llinell', '11 llinell'].map((n) => ` (${n} a mwy)`));
  });

  it('says one column in the singular, "un golofn", and two as "dwy golofn"', () => {
    const columns = (count: number) => say('inputs.header.unusedQuestions', { count, questionnaire: 'q', columns: 'C' });
    expect(columns(1)).toMatch(/^1 golofn wedi ei darllen fel cwestiwn ond nad yw'n cyfateb/);
    expect(columns(2)).toMatch(/^2 golofn wedi eu darllen fel cwestiynau/);
    for (const count of [0, 3, 6, 7, 11]) expect(columns(count)).toMatch(new RegExp(`^${count} colofn wedi eu darllen fel cwestiynau`));
  });

  it('says one temporary file without its number, the rest with it', () => {
    expect(COUNTS.map((count) => say('inputs.output.temporaryFiles', { count }))).toEqual([
      '0 ffeil dros dro',
      'ffeil dros dro',
      '2 ffeil dros dro',
      '3 ffeil dros dro',
      '6 ffeil dros dro',
      '7 ffeil dros dro',
      '11 ffeil dros dro',
    ]);
  });

  it('mutates "gwall" after 2 only (evaluate --strict)', () => {
    expect(COUNTS.map((count) => say('evaluate.strictErrors', { count }).split(' yn y')[0])).toEqual(['0 gwall', '1 gwall', '2 wall', '3 gwall', '6 gwall', '7 gwall', '11 gwall']);
  });

  it('writes thousands with a separator in every form', () => {
    expect(say('inputs.csv.unfinished.responses', { count: 1234 })).toBe('1,234 ymateb anorffenedig');
    expect(say('inputs.archive.tables', { count: 1003, listed: '' })).toMatch(/^mae'r archif zip yn dal 1,003 /);
  });
});
