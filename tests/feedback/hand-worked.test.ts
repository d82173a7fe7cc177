import { describe, expect, it } from 'vitest';
import { agreementReading, rwg } from '../../src/core/feedback/agreement.js';
import { feedbackReportSchema, type FeedbackReport } from '../../src/core/feedback/schema.js';
import { runCli } from '../helpers/cli.js';

// The cohort of tests/fixtures/feedback (see its README), every figure worked out by hand below.
// Scale 1-5, so a keyed answer x is 25 * (x - 1) percent; a theme's percent is that of the mean
// keyed answer of its statements (l3 is reverse-keyed: keyed = 6 - answer).
const FIXTURES = 'tests/fixtures/feedback';
const feedbackOf = async (subject: string): Promise<FeedbackReport> => {
  const result = await runCli(['feedback', '--questionnaires', `${FIXTURES}/questionnaires`, '--format', 'json', '--subject', subject, `${FIXTURES}/answers`]);
  expect(result.code).toBe(0);
  return feedbackReportSchema.parse(JSON.parse(result.stdout));
};
const close = (value: number | null | undefined, expected: number) => expect(value).toBeCloseTo(expected, 9);

describe('feedback, worked by hand: Sam Patel (self, manager, 3 peers, 2 direct reports, 1 partner)', async () => {
  const sam = await feedbackOf('sam patel');
  const listening = sam.themes.find((t) => t.id === 'listening')!;
  const trust = sam.themes.find((t) => t.id === 'trust')!;
  const honesty = trust.facets[0]!;

  it('counts the raters per group: the direct reports and the partner (each under 3) pooled into other', () => {
    expect(sam.subject).toBe('Sam Patel');
    expect(sam.raters).toEqual({
      self: 1,
      groups: [
        { role: 'manager', label: 'Manager', n: 1, pooled: 0 },
        { role: 'peer', label: 'Peers', n: 3, pooled: 0 },
        { role: 'other', label: 'Other', n: 3, pooled: 2 },
      ],
      others: 7,
      leftOut: 0,
    });
    expect(sam.missing).toEqual([]);
  });

  it('sets self against the manager, each group and all others per theme', () => {
    // Self: keyed 4, 4, 4 -> 75. Manager: 3, 3, 3 -> 50.
    // Peers: (2, 3, 2) 33.33, (3, 2, 3) 41.67, (2, 2, 1) 16.67 -> 1100/36.
    // Other: direct reports (3, 4, 4) 66.67 and (4, 4, 5) 83.33, partner (2, 3, 3) 41.67 -> 2300/36.
    close(listening.self, 75);
    expect(listening.groups.map((g) => [g.role, g.n, g.withheld])).toEqual([
      ['manager', 1, false],
      ['peer', 3, false],
      ['other', 3, false],
    ]);
    close(listening.groups[0]!.percent, 50);
    close(listening.groups[1]!.percent, 1100 / 36);
    close(listening.groups[2]!.percent, 2300 / 36);
    // All 7: (600 + 400 + 500 + 200 + 800 + 1000 + 500) / 12 / 7.
    close(listening.others!.percent, 4000 / 12 / 7);
    expect(listening.others!.n).toBe(7);
    close(listening.others!.min, 200 / 12);
    close(listening.others!.max, 1000 / 12);
    close(listening.difference, 75 - 4000 / 84);
    expect(listening.finding).toBe('blind-spot');
    expect([listening.selfBand, listening.others!.band, listening.groups[1]!.band]).toEqual(['established', 'developing', 'emerging']);
    // Keyed answers of the 7 to l1, l2, l3: 1s: 1; 2s: 3 + 2 + 1; 3s: 3 + 3 + 3; 4s: 1 + 2 + 1; 5s: 1.
    expect(listening.others!.points.map((p) => p.n)).toEqual([1, 6, 9, 4, 1]);

    // Trust: self (5, 5, 4) 91.67; others 75, 75, 100, 66.67, 50, 75 (t3 skipped: t1, t2 = 4), 33.33.
    close(trust.self, (100 * (14 / 3 - 1)) / 4);
    close(trust.others!.percent, 475 / 7);
    close(trust.difference, (100 * (14 / 3 - 1)) / 4 - 475 / 7);
    // Honesty (t1, t2): self 100; others 75, 62.5, 100, 75, 50, 75, 37.5.
    close(honesty.self, 100);
    close(honesty.others!.percent, 475 / 7);
    close(honesty.groups.find((g) => g.role === 'peer')!.percent, 237.5 / 3);
  });

  it('gives the sample SD of the others, in points', () => {
    const percents = [600, 400, 500, 200, 800, 1000, 500].map((x) => x / 12);
    const m = percents.reduce((a, b) => a + b) / 7;
    close(listening.others!.sd, Math.sqrt(percents.reduce((s, p) => s + (p - m) ** 2, 0) / 6));
  });

  it('sets every statement self against others, with the others’ raw answers per point', () => {
    const [l1, l2, l3] = listening.statements;
    // l1: 3, 2, 3, 2, 3, 4, 2 -> mean 19/7, 25 * 12/7 percent; self 4 -> 75.
    close(l1!.others, (25 * 12) / 7);
    expect(l1!.othersN).toBe(7);
    expect(l1!.points.map((p) => p.n)).toEqual([0, 3, 3, 1, 0]);
    close(l1!.difference, 75 - (25 * 12) / 7);
    // l3, reverse-keyed: raw 3, 4, 3, 5, 2, 1, 3 (keyed mean 3 -> 50); self raw 2, keyed 4 -> 75.
    expect([l3!.reverseKeyed, l3!.selfAnswer]).toEqual([true, 2]);
    close(l3!.self, 75);
    close(l3!.others, 50);
    expect(l3!.points.map((p) => p.n)).toEqual([1, 1, 3, 1, 1]);
    close(l2!.others, 50);
    // t3: one direct report skipped it, 6 answers 4, 5, 5, 3, 3, 2 -> 22/6.
    const t3 = trust.statements.find((s) => s.id === 't3')!;
    expect(t3.othersN).toBe(6);
    close(t3.others, 25 * (22 / 6 - 1));
    expect(t3.finding).toBeNull();
  });

  it('measures agreement as r_wg against a uniform null, per statement averaged', () => {
    // Five points: sigma^2_EU = (25 - 1) / 12 = 2. Sample variances: l1 4/7, l2 2/3, l3 5/3.
    // r_wg: 1 - 2/7 = 5/7, 1 - 1/3 = 2/3, 1 - 5/6 = 1/6; their mean 65/126.
    close(rwg([3, 2, 3, 2, 3, 4, 2], 5), 5 / 7);
    close(rwg([3, 2, 3, 1, 4, 5, 3], 5), 1 / 6);
    close(listening.agreement!.rwg, 65 / 126);
    expect(listening.agreement!.statements).toBe(3);
    close(listening.agreement!.sd, listening.others!.sd!);
    expect(listening.agreement!.reading).toBe(agreementReading(65 / 126));
    expect(agreementReading(65 / 126)).toMatch(/^Moderate/);
  });

  it('names the statements others rate highest and lowest, and the largest gaps', () => {
    // Others: t1 and t2 475/7, t3 66.67, l2 and l3 50, l1 42.86.
    expect(sam.statements.highest.map((s) => s.id)).toEqual(['t1', 't2', 't3']);
    expect(sam.statements.lowest.map((s) => s.id)).toEqual(['l1', 'l2', 'l3']);
    // Gaps: l1, t1 and t2 +32.14, l2 and l3 +25.
    expect(sam.statements.blindSpots.map((s) => s.id)).toEqual(['l1', 't1', 't2']);
    expect(sam.statements.hiddenStrengths).toEqual([]);
    // Honesty +32.14, listening +27.38, trust +23.81.
    expect(sam.gaps.blindSpots.map((s) => s.id)).toEqual(['honesty', 'listening', 'trust']);
  });

  it("informs the development priorities with others' ratings", () => {
    // Importance: listening Essential (100), trust Very important (75). Self: only listening is
    // below its importance (75 < 100; trust 91.67 > 75); by others' ratings both are (47.62, 67.86).
    expect(sam.priorities.self.map((p) => p.id)).toEqual(['listening']);
    expect(sam.priorities.informed.map((p) => [p.id, p.importance])).toEqual([
      ['listening', 'Essential'],
      ['trust', 'Very important'],
    ]);
  });

  it("takes the reflections of others' bands from the observer form, and asks where self and others differ", () => {
    expect(listening.reflection).toEqual({ basis: 'others', band: 'developing', meaning: 'Others often see you listen.', questions: ['Where do you listen least?'], try: 'Ask one more question before you answer.' });
    expect(honesty.reflection?.try).toBe('Share one piece of bad news a day early.');
    expect(sam.coachingQuestions[0]).toBe('On Listening you rated yourself higher (75%) than others did (47%). What do you do here that others may not see, and what might they be seeing that you are not?');
    expect(sam.coachingQuestions.some((q) => q.startsWith('"I listen to the end before I answer.": you rated this 75% and others 42%'))).toBe(true);
  });

  it("quotes the others' comments verbatim by theme, sorted by text", () => {
    expect(listening.comments).toEqual([{ prompt: 'What could they do more of to listen?', texts: ['Ask partners what they think first.', 'Ask partners what they think first.', 'Listen to the end before answering.'] }]);
    expect(trust.comments).toEqual([{ prompt: 'What could they do to build trust?', texts: ['Admit mistakes sooner.', 'Be open about what you cannot offer.'] }]);
  });
});

describe('feedback, worked by hand: what is missing', async () => {
  it('Kim Lee (no self; a manager, and a peer and a direct report too few even pooled): the manager alone, the others left out, comments too', async () => {
    const kim = await feedbackOf('Kim Lee');
    expect(kim.raters).toEqual({ self: 0, groups: [{ role: 'manager', label: 'Manager', n: 1, pooled: 0 }], others: 1, leftOut: 2 });
    expect(kim.missing[0]).toMatch(/^No self-assessment by Kim Lee was found/);
    expect(kim.missing[1]).toMatch(/^2 raters were left out of every figure and comment/);
    // The manager's answers alone: 5, 5, 5 keyed -> 100.
    expect(kim.themes.map((t) => [t.self, t.others?.percent, t.finding])).toEqual([
      [null, 100, null],
      [null, 100, null],
    ]);
    expect(kim.themes.flatMap((t) => t.comments)).toEqual([]);
    expect(kim.priorities).toEqual({ self: [], informed: [] });
    expect(kim.forms.self).toBeNull();
  });

  it('Jo Bloggs (self only): the self-assessment, with its own reflections and priorities, saying others are missing', async () => {
    const jo = await feedbackOf('jo bloggs');
    expect(jo.raters).toEqual({ self: 1, groups: [], others: 0, leftOut: 0 });
    expect(jo.missing).toHaveLength(1);
    expect(jo.missing[0]).toMatch(/^No feedback from others was found/);
    const listening = jo.themes[0]!;
    // Keyed 2, 3, 3 -> 8/3 -> 41.67, Growing: the self form's reflection.
    close(listening.self, (100 * (8 / 3 - 1)) / 4);
    expect([listening.others, listening.agreement, listening.reflection?.meaning]).toEqual([null, null, 'Self listening is growing.']);
    expect(jo.priorities.self.map((p) => p.id)).toEqual(['listening']);
    expect(jo.coachingQuestions).toEqual([]);
  });
});
