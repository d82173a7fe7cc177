import { describe, expect, it } from 'vitest';
import { nameOf } from '../../src/core/answers/name-by.js';
import type { AnswerSet } from '../../src/core/answers/model.js';

const answers: AnswerSet = {
  questionnaire: { id: 'survey', version: 2 },
  respondent: 'Asha Patel',
  role: 'peer',
  subject: 'Ben Okafor',
  completed: '2026-11-25 10:00',
  attributes: { Email: 'asha@example.org', 'Team / site': 'North' },
  answers: {},
  texts: {},
  importance: {},
};

describe('naming a respondent by --name-by', () => {
  it('is the respondent by default', () => {
    expect(nameOf(answers)).toBe('Asha Patel');
    const { respondent: _unnamed, ...nameless } = answers;
    expect(nameOf(nameless)).toBeUndefined();
  });

  it('takes a fact by its own name or a survey header that holds it', () => {
    expect(nameOf(answers, 'Name')).toBe('Asha Patel');
    expect(nameOf(answers, 'subject')).toBe('Ben Okafor');
    expect(nameOf(answers, 'Role')).toBe('peer');
    expect(nameOf(answers, 'Completion time')).toBe('2026-11-25 10:00');
  });

  it('takes an attribute by its name, ignoring case and punctuation', () => {
    expect(nameOf(answers, 'Email')).toBe('asha@example.org');
    expect(nameOf(answers, 'email')).toBe('asha@example.org');
    expect(nameOf(answers, 'team site')).toBe('North');
    expect(nameOf(answers, 'Department')).toBeUndefined();
  });
});
