import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { FormRespondents, type CollectOptions } from '../../src/core/report/respondents.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { facts, ratedAt, reportInput, twoThemes } from '../helpers/cohort-report.js';

// twoThemes asking how important each theme is, on 1-5: a point p is 100 * (p - 1) / 4 percent.
const withImportance: Questionnaire = {
  ...twoThemes,
  importance: { scale: { id: 'importance', min: 1, max: 5, labels: ['1', '2', '3', '4', '5'], notApplicable: [] }, question: 'How important is {theme} to your role?' },
};

/** Four respondents scoring 25%, 50%, 25%, 50% on both themes (mean 37.5%), rating a 5, 5, 4, 4 (87.5%) and b 2, 2, 1, - (5/3: 16.67%). */
function cohort(options: CollectOptions, extra: (form: FormRespondents) => void = () => {}) {
  const form = new FormRespondents(withImportance, options);
  const a = [5, 5, 4, 4];
  const b = [2, 2, 1, undefined];
  [2, 3, 2, 3].forEach((x, r) => form.addValues(ratedAt(x), facts({ attributes: { team: 'North' }, importance: { a: a[r]!, ...(b[r] === undefined ? {} : { b: b[r] }) } }), 'c.csv', r + 2));
  extra(form);
  return form;
}

describe('shared development priorities in the summary (hand-worked)', () => {
  it("sets each theme's mean importance, with its n, against its mean score, and names the important ones scoring lower", () => {
    const report = buildCohortReport(reportInput([cohort({ keepNames: false })]));
    const { priorities } = report.summary;
    expect(priorities!.themes.map((t) => [t.id, t.importanceN, t.importancePercent, t.n, t.meanPercent])).toEqual([
      ['a', 4, 87.5, 4, 37.5],
      ['b', 3, (100 * (5 / 3 - 1)) / 4, 4, 37.5],
    ]);
    expect(priorities!.themes[0]!.gap).toBe(50);
    // b scores above its importance, and is rated under halfway: not a priority.
    expect(priorities!.shared.map((t) => t.id)).toEqual(['a']);
    expect(cohortReportSchema.safeParse(report).success).toBe(true);
  });

  it('gives the same figures whether rows are tallied or kept one by one', () => {
    const tallied = buildCohortReport(reportInput([cohort({ keepNames: false })])).summary.priorities;
    const kept = buildCohortReport(reportInput([cohort({ keepNames: true })], { people: 'named' })).summary.priorities;
    expect(kept).toEqual(tallied);
  });

  it('leaves out the importance of respondents the anonymity floor hides', () => {
    const options = { keepNames: false, groupBy: 'team' };
    const alone = (form: FormRespondents) => form.addValues(ratedAt(5), facts({ attributes: { team: 'Lonely' }, importance: { a: 1, b: 5 } }), 'c.csv', 9);
    const report = buildCohortReport(reportInput([cohort(options, alone)], { groupBy: 'team' }));
    expect(report.hidden.respondents).toBe(1);
    expect(report.summary.priorities).toEqual(buildCohortReport(reportInput([cohort(options)], { groupBy: 'team' })).summary.priorities);
  });

  it('counts only the importance respondents give their own role, not a colleague rating someone else', () => {
    const peer = (form: FormRespondents) => form.addValues(ratedAt(5), facts({ role: 'peer', subject: 'S', attributes: { team: 'North' }, importance: { a: 1, b: 5 } }), 'c.csv', 9);
    for (const keepNames of [false, true]) {
      const { priorities } = buildCohortReport(reportInput([cohort({ keepNames }, peer)], { people: keepNames ? 'named' : 'none' })).summary;
      expect(priorities!.themes.map((t) => [t.importanceN, t.importancePercent])).toEqual([
        [4, 87.5],
        [3, (100 * (5 / 3 - 1)) / 4],
      ]);
    }
  });

  it('is null when the questionnaire asks no importance, and says so when nobody answered it', () => {
    const form = new FormRespondents(twoThemes, { keepNames: false });
    form.addValues(ratedAt(3), facts(), 'c.csv', 2);
    expect(buildCohortReport(reportInput([form])).summary.priorities).toBeNull();
    const unanswered = new FormRespondents(withImportance, { keepNames: false });
    unanswered.addValues(ratedAt(3), facts(), 'c.csv', 2);
    const { priorities } = buildCohortReport(reportInput([unanswered])).summary;
    expect(priorities!.themes.map((t) => [t.importanceN, t.importancePercent, t.gap])).toEqual([
      [0, null, null],
      [0, null, null],
    ]);
    expect(priorities!.shared).toEqual([]);
  });
});

describe('self against colleagues for the cohort as a whole (hand-worked)', () => {
  // S1 rates self 100%, three peers 50%; S2 self 50%, three peers 25%; S3 self 0%, two peers (under the floor) 100%.
  const form = new FormRespondents(twoThemes, { keepNames: false });
  const rate = (subject: string, role: 'self' | 'peer', x: number, times = 1) => {
    for (let i = 0; i < times; i++) form.addValues(ratedAt(x), facts({ role, subject }), 'c.csv');
  };
  rate('S1', 'self', 5);
  rate('S1', 'peer', 3, 3);
  rate('S2', 'self', 3);
  rate('S2', 'peer', 2, 3);
  rate('S3', 'self', 1);
  rate('S3', 'peer', 5, 2);
  const report = buildCohortReport(reportInput([form]));

  it("means the subjects' own percents against their colleagues', over the subjects whose colleagues are shown", () => {
    const { selfOthers } = report.summary;
    expect(selfOthers!.themes.map((t) => [t.id, t.subjects, t.raters, t.self, t.others, t.difference])).toEqual([
      ['a', 2, 6, 75, 37.5, 37.5],
      ['b', 2, 6, 75, 37.5, 37.5],
    ]);
    expect(JSON.stringify(report.summary)).not.toMatch(/S[123]/);
  });

  it('is null without 360 feedback', () => {
    expect(buildCohortReport(reportInput([cohort({ keepNames: false })])).summary.selfOthers).toBeNull();
  });
});
