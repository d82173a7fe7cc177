import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { buildFeedback } from '../../src/core/feedback/build.js';
import { collectSubjects } from '../../src/core/feedback/subjects.js';
import { renderFeedbackMarkdown } from '../../src/render/feedback-markdown.js';
import { answerSet, header, questionnaireFrom } from '../helpers/questionnaire.js';

// An observer form of one theme whose scale has a "not observed" answer; a manager and four peers
// rate Sam, and one peer could not see the first statement.
const form = questionnaireFrom(
  `${header({ scales: '  five: { labels: [A, B, C, D, E], not_applicable: [Not observed] }' }).replace('minutes: 1', 'minutes: 1\nform: observer')}  - id: t
    title: T
    items: [{ id: s1, text: First }, { id: s2, text: Second }, { id: s3, text: Third }]
`,
);
const rater = (role: AnswerSet['role'], answers: Record<string, number>, notObserved?: Record<string, string>) => ({
  questionnaire: form,
  answers: answerSet(form, answers, { role, subject: 'Sam', ...(notObserved ? { notObserved } : {}) }),
});

describe('feedback: "not observed" answers', () => {
  const subject = collectSubjects(
    [
      rater('manager', { s1: 3, s2: 3, s3: 3 }),
      rater('peer', { s1: 5, s2: 4, s3: 4 }),
      rater('peer', { s1: 1, s2: 2, s3: 2 }),
      rater('peer', { s1: 3, s2: 3, s3: 3 }),
      rater('peer', { s2: 5, s3: 5 }, { s1: 'Not observed' }),
    ],
    'subject',
  ).subjects[0]!;
  const report = buildFeedback(subject, { minGroup: 3, margin: 10 });
  const [s1, s2] = report.themes[0]!.statements;

  it('are counted apart and never scored: the statement is the mean of the four who answered', () => {
    // Keyed answers 3, 5, 1, 3 on 1-5: percents 50, 100, 0, 50 -> 50.
    expect([s1!.othersN, s1!.notObserved, s1!.others]).toEqual([4, 1, 50]);
    expect(s1!.points.map((p) => p.n)).toEqual([1, 0, 2, 0, 1]);
    expect([s2!.othersN, s2!.notObserved]).toEqual([5, 0]);
  });

  it('are said beside the statement', () => {
    expect(renderFeedbackMarkdown(report)).toContain('50% (n 4, 1 not observed)');
  });

  it('are not counted where the others are withheld', () => {
    const few = buildFeedback(collectSubjects([rater('peer', { s1: 2 }), rater('peer', {}, { s1: 'Not observed' }), rater('peer', { s1: 4 }, { s2: 'Not observed' })], 'subject').subjects[0]!, {
      minGroup: 3,
      margin: 10,
    });
    const statement = few.themes[0]!.statements[0]!;
    expect([statement.othersWithheld, statement.notObserved]).toEqual([true, null]);
  });
});
