import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { findingFor } from '../../src/core/report/cohort-360.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { facts, ratedAt, reportInput, row, twoThemes } from '../helpers/cohort-report.js';

describe('the 360 view', () => {
  const form = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
  form.addValues(ratedAt(5), facts({ respondent: 'Sam' }), 'sam.yaml'); // self, 100%: about Sam by name
  form.addValues(ratedAt(3), facts({ role: 'manager', subject: 'Sam' }), 'c.csv', 2); // 50%
  form.addValues(ratedAt(4), facts({ role: 'peer', subject: 'Sam' }), 'c.csv', 3); // 75%
  form.addValues(ratedAt(2), facts({ role: 'peer', subject: 'sam' }), 'c.csv', 4); // 25%
  form.addValues(ratedAt(4), facts({ role: 'partner', subject: 'Sam' }), 'c.csv', 5); // 75%
  form.addValues(ratedAt(4), facts({ role: 'direct-report', subject: 'Sam' }), 'c.csv', 6); // 75%
  form.addValues(ratedAt(2), facts({ role: 'self', subject: 'Jo' }), 'c.csv', 7); // Jo's self, 25%
  form.addValues(ratedAt(5), facts({ role: 'peer', subject: 'Jo' }), 'c.csv', 8);
  form.addValues(ratedAt(5), facts({ role: 'peer', subject: 'Jo' }), 'c.csv', 9);
  form.addValues(ratedAt(4), facts({ role: 'peer', subject: 'Jo' }), 'c.csv', 10);
  // Named (--per-respondent), so that each subject can be found by name.
  const report = buildCohortReport(reportInput([form], { people: 'named' }));
  const sam = report.subjects.find((s) => s.name === 'Sam')!;
  const jo = report.subjects.find((s) => s.name === 'Jo')!;

  it('sets self against others: the manager alone, small rater groups pooled into other', () => {
    expect(report.threeSixty).toEqual({ subjectColumn: 'subject', margin: 10, minGroup: 3 });
    expect(sam.selfRatings).toBe(1);
    const a = sam.themes.find((t) => t.id === 'a')!;
    // Peers (2), partner (1) and direct report (1) pool into other: 75, 25, 75, 75.
    expect(a.raterGroups).toEqual([
      { role: 'manager', n: 1, percent: 50, reasons: {} },
      { role: 'other', n: 4, percent: 62.5, reasons: {} },
    ]);
    expect(a.self).toBe(100);
    expect(a.others).toBe((50 + 62.5 * 4) / 5);
    expect(a.othersN).toBe(5);
    expect(a.difference).toBeCloseTo(40, 12);
    expect(a.finding).toBe('blind-spot');
    expect(sam.raters).toBe(5);
    expect(sam.hiddenRaters).toBe(0);
  });

  it('finds a hidden strength when self is below others by more than the margin', () => {
    const a = jo.themes.find((t) => t.id === 'a')!;
    expect(a.raterGroups).toEqual([{ role: 'peer', n: 3, percent: (100 + 100 + 75) / 3, reasons: {} }]);
    expect(a.finding).toBe('hidden-strength');
  });

  it('leaves out raters still under the floor after pooling', () => {
    const small = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
    small.addValues(ratedAt(3), facts({ role: 'self', subject: 'Kim' }), 'k.csv', 2);
    small.addValues(ratedAt(5), facts({ role: 'peer', subject: 'Kim' }), 'k.csv', 3);
    small.addValues(ratedAt(5), facts({ role: 'direct-report', subject: 'Kim' }), 'k.csv', 4);
    const whole = buildCohortReport(reportInput([small]));
    const kim = whole.subjects[0]!;
    expect(kim.hiddenRaters).toBe(2);
    expect(kim.themes[0]).toMatchObject({ self: 50, others: null, othersN: 0, raterGroups: [], finding: null });
    // A cohort of one subject: its whole-cohort figures hold Kim's self-rating alone, so that
    // nothing less what the 360 shows gives the hidden raters back.
    expect(whole.hidden).toEqual({ respondents: 2 });
    expect(whole.themes[0]).toMatchObject({ n: 1, meanPercent: 50 });
  });

  it('withholds per theme a group figure that fewer than the floor scored, and all others when so few besides the manager did', () => {
    const skipping = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
    skipping.addValues(ratedAt(3), facts({ role: 'manager', subject: 'Ash' }), 'a.csv', 2);
    skipping.addValues(ratedAt(4), facts({ role: 'peer', subject: 'Ash' }), 'a.csv', 3);
    skipping.addValues(ratedAt(4), facts({ role: 'peer', subject: 'Ash' }), 'a.csv', 4);
    // The third peer answered theme a only: Beta's peers would be two, all others less the manager too.
    skipping.addValues(row(2, 2, 4, null, null), facts({ role: 'peer', subject: 'Ash' }), 'a.csv', 5);
    const [a, b] = buildCohortReport(reportInput([skipping])).subjects[0]!.themes;
    expect(a!.raterGroups).toEqual([
      { role: 'manager', n: 1, percent: 50, reasons: {} },
      { role: 'peer', n: 3, percent: (75 + 75 + 25) / 3, reasons: {} },
    ]);
    expect(a!.others).toBe((50 + 75 + 75 + 25) / 4);
    expect(b!.raterGroups).toEqual([
      { role: 'manager', n: 1, percent: 50, reasons: {} },
      { role: 'peer', n: 2, percent: null, reasons: { percent: "withheld: a rater group besides the manager has fewer than 3 raters scoring this theme, so only the manager's is shown" } },
    ]);
    expect(b).toMatchObject({ others: null, othersN: 3, difference: null, finding: null });
    expect(b!.reasons).toMatchObject({ others: 'withheld: fewer than 3 raters besides the manager scored this theme' });
  });

  it('compares with the margin after removing floating-point noise, strictly', () => {
    expect(findingFor(10, 10)).toBeNull();
    expect(findingFor(10.000000000001, 10)).toBeNull();
    expect(findingFor(10.1, 10)).toBe('blind-spot');
    expect(findingFor(-10.1, 10)).toBe('hidden-strength');
    expect(findingFor(null, 10)).toBeNull();
  });

  it('names subjects only with --per-respondent, and never a rater', () => {
    expect(report.subjects.map((s) => s.name)).toEqual(['Sam', 'Jo']);
    expect(() => cohortReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
    const unnamed = buildCohortReport(reportInput([form]));
    expect(unnamed.subjects.map((s) => s.name).sort()).toEqual(['Subject 1', 'Subject 2']);
    expect(JSON.stringify(unnamed)).not.toMatch(/\bSam\b|\bJo\b/i);
  });
});
