import { describe, expect, it } from 'vitest';
import type { RaterRole } from '../../src/core/answers/schema.js';
import { buildFeedback } from '../../src/core/feedback/build.js';
import { collectSubjects } from '../../src/core/feedback/subjects.js';
import { answerSet, header, questionnaireFrom } from '../helpers/questionnaire.js';

// One theme of two statements on a 1-5 scale (A-E), scored with half of them answered: so a rater
// who skips a statement still has a theme score, and a statement can have fewer raters than its theme.
const form = questionnaireFrom(`${header({ scoring: 'scoring: { method: mean, min_answered: 0.5 }\n' })}  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second }
`);
const rating = (role: RaterRole, answers: Record<string, number>) => ({ questionnaire: form, answers: answerSet(form, answers, { role, subject: 'Sam' }) });
const feedbackOf = (ratings: ReturnType<typeof rating>[]) => buildFeedback(collectSubjects(ratings, 'subject').subjects[0]!, { minGroup: 3, margin: 10 });

describe('figures withheld where they would give one rater back', () => {
  it('withholds a statement answered by fewer than the floor besides the manager', () => {
    // The manager and three peers; two peers skip a1, so a1 has the manager and one peer.
    const report = feedbackOf([rating('self', { a1: 5, a2: 5 }), rating('manager', { a1: 3, a2: 3 }), rating('peer', { a1: 2, a2: 4 }), rating('peer', { a2: 4 }), rating('peer', { a2: 5 })]);
    const [a1, a2] = report.themes[0]!.statements;
    expect(a1).toMatchObject({ others: null, othersN: 0, othersWithheld: true, points: [], difference: null, finding: null });
    // a2: 3, 4, 4, 5 -> mean 4 -> 75%; self 5 -> 100%.
    expect(a2).toMatchObject({ others: 75, othersN: 4, othersWithheld: false, difference: 25, finding: 'blind-spot' });
    // a1 is in no agreement figure either: r_wg of a2 alone, 1 - (2/3) / 2.
    expect(report.themes[0]!.agreement!.statements).toBe(1);
    expect(report.themes[0]!.agreement!.rwg).toBeCloseTo(2 / 3, 12);
    expect(report.statements.highest).toEqual([]);
  });

  it('withholds every group but the manager when one scored a theme with fewer than the floor, and all others when those besides the manager are under it', () => {
    // Three peers and three direct reports; two direct reports answer nothing of the theme.
    const groups = feedbackOf([
      rating('manager', { a1: 3, a2: 3 }),
      rating('peer', { a1: 4, a2: 4 }),
      rating('peer', { a1: 4, a2: 4 }),
      rating('peer', { a1: 5, a2: 5 }),
      rating('direct-report', { a1: 1, a2: 1 }),
      rating('direct-report', {}),
      rating('direct-report', {}),
    ]).themes[0]!;
    expect(groups.groups.map((g) => [g.role, g.n, g.percent, g.withheld])).toEqual([
      ['manager', 1, 50, false],
      ['peer', 3, null, true],
      ['direct-report', 1, null, true],
    ]);
    // All others: 50, 75, 75, 100, 0 -> 60, four besides the manager.
    expect(groups.others).toMatchObject({ n: 5, percent: 60 });

    const others = feedbackOf([rating('manager', { a1: 3, a2: 3 }), rating('peer', { a1: 4, a2: 4 }), rating('peer', {}), rating('peer', {})]).themes[0]!;
    expect([others.others, others.othersWithheld, others.groups.map((g) => g.withheld)]).toEqual([null, true, [false, true]]);
  });
});
