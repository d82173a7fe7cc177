import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { questionCounts, questionCountsText } from '../../src/core/run/steps.js';

const EN = messagesFor('en');
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const theme = (id: string, items: string) => `  - id: ${id}\n    title: Theme ${id}\n    items: [${items}]\n`;

describe('questionCounts: statements, importance questions and free-text prompts apart', () => {
  it('counts each kind, and questions as their sum', () => {
    const q = questionnaireFrom(
      `${header({ scales: '  five: { labels: [A, B, C, D, E] }', extra: 'importance:\n  scale: five\n  question: How important is {theme}?\n' })}${theme('a', '{ id: a1, text: X }, { id: a2, text: X }, { id: an, type: text, text: Notes? }')}${theme('b', '{ id: b1, text: X }')}`,
    );
    // 3 rated statements, 1 free-text prompt, 2 themes with an importance question each: 6.
    expect(questionCounts(q)).toEqual({ statements: 3, importance: 2, textPrompts: 1, questions: 6 });
    expect(questionCountsText(questionCounts(q), EN)).toBe('6 questions: 3 statements to rate, 2 questions on importance and 1 free-text prompt');
  });

  it('leaves out kinds a questionnaire does not ask, and says one in the singular', () => {
    expect(questionCountsText({ statements: 1, importance: 0, textPrompts: 0, questions: 1 }, EN)).toBe('1 question: 1 statement to rate');
    expect(questionCountsText({ statements: 4, importance: 0, textPrompts: 2, questions: 6 }, EN)).toBe('6 questions: 4 statements to rate and 2 free-text prompts');
  });
});
