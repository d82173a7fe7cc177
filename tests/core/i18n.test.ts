/** The message catalogues: every key in every language, the same places to fill, every plural form a language has. */
import { describe, expect, it } from 'vitest';
import { CY } from '../../src/core/i18n/cy.js';
import { EN, type MessageKey } from '../../src/core/i18n/en.js';
import type { Message } from '../../src/core/i18n/message.js';
import { messagesFor, UI_LANGUAGES, uiLanguage } from '../../src/core/i18n/messages.js';

const CATALOGUES: Record<(typeof UI_LANGUAGES)[number], Record<MessageKey, Message>> = { en: EN, cy: CY };
const places = (m: Message) => [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((text) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((x) => x[1])))].sort();

describe.each(UI_LANGUAGES)('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every key of the English one, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(EN).sort());
  });

  it('fills the same places as English in each message, and {count} in every message with plural forms', () => {
    for (const key of Object.keys(EN) as MessageKey[]) {
      expect(places(catalogue[key]), key).toEqual(places(EN[key]));
      if (typeof EN[key] !== 'string') expect(places(catalogue[key]), key).toContain('count');
    }
  });

  it(`gives a form for each of the language's plural categories (${categories.join(', ')})`, () => {
    for (const [key, message] of Object.entries(catalogue)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual([...categories].sort());
    }
  });
});

describe('choosing a plural form and filling in a message', () => {
  it('uses English one and other', () => {
    const { say } = messagesFor('en');
    expect([0, 1, 2, 1500].map((count) => say('run.intro.questions', { count }))).toEqual(['0 questions', '1 question', '2 questions', '1,500 questions']);
  });

  it("uses Welsh's six forms: the noun mutated after 2, 3 and 6", () => {
    const { say } = messagesFor('cy');
    expect([0, 1, 2, 3, 6, 7, 13].map((count) => say('run.intro.questions', { count }))).toEqual(['0 cwestiwn', '1 cwestiwn', '2 gwestiwn', '3 chwestiwn', '6 chwestiwn', '7 cwestiwn', '13 cwestiwn']);
    expect(say('run.intro.statements', { count: 1 })).toBe("1 datganiad i'w raddio");
    expect(say('run.intro.statements', { count: 2 })).toBe("2 ddatganiad i'w graddio");
  });

  it('fills each place with its value, leaving a place without one as written', () => {
    const { say } = messagesFor('en');
    expect(say('rater.relation', { subject: 'Sam {count}' })).toBe('How do you work with Sam {count}? You are:');
    expect(say('rater.relation')).toBe('How do you work with {subject}? You are:');
  });
});

describe('the language syslead speaks', () => {
  it('is the first candidate it has words for, by primary subtag, else English', () => {
    expect(uiLanguage([undefined, 'cy', 'en-GB'])).toBe('cy');
    expect(uiLanguage(['CY-gb'])).toBe('cy');
    expect(uiLanguage(['cy_GB.UTF-8'])).toBe('cy');
    expect(uiLanguage(['fr', 'de-DE', 'cy'])).toBe('cy');
    expect(uiLanguage(['en-GB', 'cy'])).toBe('en');
    expect(uiLanguage(['fr', undefined, ''])).toBe('en');
    expect(uiLanguage([])).toBe('en');
  });
});
