import type { AnswerSet } from '../../src/core/answers/model.js';
import { buildFeedback } from '../../src/core/feedback/build.js';
import type { FeedbackReport } from '../../src/core/feedback/schema.js';
import { collectSubjects } from '../../src/core/feedback/subjects.js';
import { buildPersonReport, type PersonReport } from '../../src/core/report/person.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { answersFor, builtIn } from '../browser/fixtures.js';

/** Reports of the built-in forms, answered as the browser tests answer them: what the page budgets are checked on. */

export function personReport(id: 'systems-leadership' | 'systems-leadership-quick', seed = 0): PersonReport {
  const q = builtIn(id);
  return buildPersonReport(q, scoreAnswers(q, answersFor(q, { seed })));
}

/** Sam Patel's 360: self, a manager, four peers (one leaving a long comment) and a direct report under the floor. */
export function feedbackReport(): FeedbackReport {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  const comment = observer.items.find((i) => i.kind === 'text')!;
  const rater = (role: AnswerSet['role'], seed: number, extra: Partial<AnswerSet> = {}): AnswerSet => ({
    ...answersFor(observer, { seed, respondent: `Rater ${seed}` }),
    role,
    subject: 'Sam Patel',
    importance: {},
    ...extra,
  });
  const ratings = [
    { questionnaire: self, answers: { ...answersFor(self, { seed: 0 }), subject: 'Sam Patel' } },
    { questionnaire: observer, answers: rater('manager', 1) },
    { questionnaire: observer, answers: rater('peer', 2) },
    { questionnaire: observer, answers: rater('peer', 3, { texts: { [comment.id]: 'Sam listens well in meetings, and could say more often what they think. '.repeat(3) } }) },
    { questionnaire: observer, answers: rater('peer', 4) },
    { questionnaire: observer, answers: rater('peer', 6) },
    { questionnaire: observer, answers: rater('direct-report', 5) },
  ];
  const subject = collectSubjects(ratings, 'subject').subjects[0]!;
  return buildFeedback(subject, { minGroup: 3, margin: 10 });
}
