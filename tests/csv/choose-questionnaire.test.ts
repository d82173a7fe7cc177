import { describe, expect, it } from 'vitest';
import { chooseQuestionnaire } from '../../src/core/csv/choose-questionnaire.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { readFileSync } from 'node:fs';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { survey } from './survey.js';

/** The built-in self and observer forms, which share the ids of their scored items and differ in the rest. */
const builtIn = (name: string) => loadQuestionnaire(readFileSync(`questionnaires/${name}.yaml`, 'utf8'), `${name}.yaml`).questionnaire!;
const selfForm = builtIn('systems-leadership');
const observerForm = builtIn('systems-leadership-observer');
const scoredIds = selfForm.items.filter((i) => i.kind === 'likert').map((i) => i.id);

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

  it('tells forms that share their scored items apart by the other columns they match', () => {
    const candidates = [selfForm, observerForm];
    // Item ids alone: the preferred (self) form, as the header cannot say otherwise.
    expect(ids(scoredIds, candidates, selfForm.id)).toBe(selfForm.id);
    // The observer form's comment columns, by id or by their text, keep the export's comments.
    expect(ids([...scoredIds, 'sv-more', 'of-more'], candidates, selfForm.id)).toBe(observerForm.id);
    const comment = observerForm.items.find((i) => i.id === 'mi-more')!.text;
    expect(ids([...scoredIds, comment], candidates, selfForm.id)).toBe(observerForm.id);
    // Whom the answers are about: a question only the observer form asks.
    expect(ids(['Subject', ...scoredIds], candidates, selfForm.id)).toBe(observerForm.id);
    // The self form's own notes keep it, whatever is preferred.
    expect(ids([...scoredIds, 'sv-notes'], candidates, observerForm.id)).toBe(selfForm.id);
  });
});
