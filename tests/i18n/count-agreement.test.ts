/**
 * Issue 22: messages that once wrote "respondent(s)", "error(s)"... said for each number, by hand:
 * English for 1 and 2; Welsh for 0, 1, 2, 3, 6 and 20, one of each of its plural forms (zero, one,
 * two, few, many, other), the noun mutated as after "dau" (soft) and "tri", "chwe" (aspirate).
 */
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/core/i18n/en.js';
import { loadLanguages, type MessageValues } from '../../src/core/i18n/messages.js';
import { sayIn } from '../../src/core/i18n/voice.js';

await loadLanguages(['cy']);

const WELSH_COUNTS = [0, 1, 2, 3, 6, 20] as const;
const en = (key: MessageKey, values: MessageValues) => [1, 2].map((count) => sayIn('en', key, { ...values, count }));
const cy = (key: MessageKey, values: MessageValues) => WELSH_COUNTS.map((count) => sayIn('cy', key, { ...values, count }));

describe('a count said with its noun agreeing', () => {
  it('says the colleagues who gave 360 feedback (cydweithiwr: gydweithiwr after 2, chydweithiwr after 3 and 6)', () => {
    expect(en('cohort.summary.threeSixty', { subjects: 4 })).toEqual([' 4 received 360 feedback from 1 colleague.', ' 4 received 360 feedback from 2 colleagues.']);
    expect(cy('cohort.summary.threeSixty', { subjects: 4 })).toEqual([
      ' Cafodd 4 adborth 360 gan 0 cydweithiwr.',
      ' Cafodd 4 adborth 360 gan 1 cydweithiwr.',
      ' Cafodd 4 adborth 360 gan 2 gydweithiwr.',
      ' Cafodd 4 adborth 360 gan 3 chydweithiwr.',
      ' Cafodd 4 adborth 360 gan 6 chydweithiwr.',
      ' Cafodd 4 adborth 360 gan 20 cydweithiwr.',
    ]);
  });

  it('says the problems not shown (1 broblem ... heb ei dangos; 2 broblem, 3 and 6 phroblem)', () => {
    expect(en('cohort.command.moreProblems', {})).toEqual(['... and 1 more problem not shown', '... and 2 more problems not shown']);
    expect(cy('cohort.command.moreProblems', {})).toEqual([
      '... a 0 problem arall heb eu dangos',
      '... ac 1 broblem arall heb ei dangos',
      '... a 2 broblem arall heb eu dangos',
      '... a 3 phroblem arall heb eu dangos',
      '... a 6 phroblem arall heb eu dangos',
      '... a 20 problem arall heb eu dangos',
    ]);
  });

  it('says the subjects of the inputs (person: berson after 2, pherson after 3 and 6)', () => {
    const tail = '; --out-dir writes every report)';
    expect(en('feedback.cmd.noSuchSubject', { subject: 'Sam' })).toEqual([`no subject called Sam in the inputs (they are about 1 subject${tail}`, `no subject called Sam in the inputs (they are about 2 subjects${tail}`]);
    expect(cy('feedback.cmd.noSuchSubject', { subject: 'Sam' }).map((text) => text.split(' am ')[1]!.split(';')[0])).toEqual(['0 person', '1 person', '2 berson', '3 pherson', '6 pherson', '20 person']);
  });

  it('says a respondent left out in the singular, "wedi\'i adael", and the others as "wedi eu gadael"', () => {
    expect(en('evaluate.strictSkipped', {})).toEqual(['1 respondent left out (see above): no evaluation with --strict', '2 respondents left out (see above): no evaluation with --strict']);
    expect(cy('evaluate.strictSkipped', {}).map((text) => text.split(' (')[0])).toEqual([
      '0 ymatebydd wedi eu gadael allan',
      "1 ymatebydd wedi'i adael allan",
      '2 ymatebydd wedi eu gadael allan',
      '3 ymatebydd wedi eu gadael allan',
      '6 ymatebydd wedi eu gadael allan',
      '20 ymatebydd wedi eu gadael allan',
    ]);
  });

  it('says the self-ratings and the other raters each with its own number (raddiwr after 2)', () => {
    const raters = (language: 'en' | 'cy', selfRatings: number, raters: number) =>
      sayIn(language, 'cohort.format.raters', {
        selfRatings: sayIn(language, 'cohort.count.selfRatings', { count: selfRatings }),
        raters: sayIn(language, 'cohort.count.otherRaters', { count: raters }),
        hidden: '',
      });
    expect([raters('en', 1, 2), raters('en', 2, 1)]).toEqual(['1 self-rating, 2 other raters', '2 self-ratings, 1 other rater']);
    expect(WELSH_COUNTS.map((n) => raters('cy', 1, n))).toEqual([
      '1 hunanasesiad, 0 graddiwr arall',
      '1 hunanasesiad, 1 graddiwr arall',
      '1 hunanasesiad, 2 raddiwr arall',
      '1 hunanasesiad, 3 graddiwr arall',
      '1 hunanasesiad, 6 graddiwr arall',
      '1 hunanasesiad, 20 graddiwr arall',
    ]);
  });

  it('says the pairs of a paired t test (pâr: bâr after 2, phâr after 3 and 6)', () => {
    expect(en('evaluate.withheld.pairs', {})).toEqual(['1 pair: the paired t test needs at least 2', '2 pairs: the paired t test needs at least 2']);
    expect(cy('evaluate.withheld.pairs', {}).map((text) => text.split(':')[0])).toEqual(['0 pâr', '1 pâr', '2 bâr', '3 phâr', '6 phâr', '20 pâr']);
  });

  it('names one item without a column in the singular, several with their number', () => {
    expect(en('inputs.columns.missing', { items: 'oc1' })).toEqual(['no column for item oc1: its answers count as missing', 'no column for 2 items (oc1): their answers count as missing']);
    expect(cy('inputs.columns.missing', { items: 'oc1' })).toEqual([
      'dim colofn ar gyfer 0 eitem (oc1): mae eu hatebion yn cyfrif fel rhai coll',
      'dim colofn ar gyfer eitem oc1: mae ei hatebion yn cyfrif fel rhai coll',
      'dim colofn ar gyfer 2 eitem (oc1): mae eu hatebion yn cyfrif fel rhai coll',
      'dim colofn ar gyfer 3 eitem (oc1): mae eu hatebion yn cyfrif fel rhai coll',
      'dim colofn ar gyfer 6 eitem (oc1): mae eu hatebion yn cyfrif fel rhai coll',
      'dim colofn ar gyfer 20 eitem (oc1): mae eu hatebion yn cyfrif fel rhai coll',
    ]);
  });
});
