import { describe, expect, it } from 'vitest';
import { chooseQuestionnaire } from '../../src/core/csv/choose-questionnaire.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { survey } from './survey.js';

/** The survey questionnaire under another id, with only some of its items (a "quick" form). */
const form = (id: string, itemIds?: string[]): Questionnaire => ({ ...survey, id, items: itemIds ? survey.items.filter((i) => itemIds.includes(i.id)) : survey.items });
const full = form('full');
const quick = form('quick', ['sv1', 'oc1']);
const ids = (header: string[], candidates: Questionnaire[], preferred = 'full') => chooseQuestionnaire(header, candidates, preferred)?.id;

describe('choosing the questionnaire of a survey export by its header', () => {
  it('prefers a questionnaire with a column for every scored item, so a short form is not read as the long one', () => {
    expect(ids(['Name', 'sv1', 'oc1'], [full, quick])).toBe('quick');
    expect(ids(['Name', 'sv1', 'sv2', 'oc1', 'oc2'], [quick, full])).toBe('full');
  });

  it('otherwise takes the most item columns, then the preferred questionnaire, then the first', () => {
    expect(ids(['sv1'], [form('a', ['sv1', 'sv2']), form('b', ['sv1', 'oc1'])], 'b')).toBe('b');
    expect(ids(['sv1'], [form('a', ['sv1', 'sv2']), form('b', ['sv1', 'oc1'])], 'c')).toBe('a');
    expect(ids(['sv1', 'sv2'], [form('a', ['sv1', 'sv2', 'oc1']), form('b', ['sv1', 'oc1'])], 'b')).toBe('a');
  });

  it('takes the preferred questionnaire when forms share every item id, as the self and observer forms do', () => {
    const observer = form('observer');
    expect(ids(['sv1', 'sv2', 'oc1', 'oc2'], [observer, full])).toBe('full');
    expect(ids(['sv1', 'sv2', 'oc1', 'oc2'], [full, observer], 'observer')).toBe('observer');
  });

  it('chooses none when no column matches an item', () => {
    expect(ids(['Name', 'Email'], [full, quick])).toBeUndefined();
  });
});
