import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { FormRespondents, type RespondentFacts } from '../../src/core/report/respondents.js';
import type { RaterRole } from '../../src/core/answers/roles.js';
import { facts, ratedAt, reportInput, row, twoThemes } from '../helpers/cohort-report.js';

describe('cohort statistics in the report (hand-worked)', () => {
  // Keyed a-answers (a3 reversed: 6 - answer) and theme a's score and percent:
  //   R1: 5 4 5 -> 14/3, 100 * 11/12 = 91.7 (established)
  //   R2: 3 3 3 -> 3,    50              (developing)
  //   R3: 1 2 1 -> 4/3,  100 * 1/12 = 8.3 (emerging)
  //   R4: 4 - 4 -> 4,    100 * 6/8 = 75   (established)
  const form = new FormRespondents(twoThemes, { keepNames: false });
  form.addValues(row(5, 4, 1, 5, 5), facts(), 'c.csv', 2);
  form.addValues(row(3, 3, 3, 1, 1), facts(), 'c.csv', 3);
  form.addValues(row(1, 2, 5, 3, null), facts(), 'c.csv', 4);
  form.addValues(row(4, null, 2, null, null), facts(), 'c.csv', 5);
  const report = buildCohortReport(reportInput([form]));
  const [a, b] = report.themes;
  // The same figures with no floor, for the hand-worked alpha of 4 respondents.
  const [unfloored] = buildCohortReport({ ...reportInput([form]), floors: { section: [], item: [] } }).themes;

  it('summarises the person scores: n, mean, median, min, max, bands, mean percent and the distribution', () => {
    expect(a!.n).toBe(4);
    expect(a!.mean).toBeCloseTo(13 / 4, 12); // (14/3 + 3 + 4/3 + 4) / 4
    expect(a!.median).toBeCloseTo(3.5, 12);
    expect(a!.min).toBeCloseTo(4 / 3, 12);
    expect(a!.max).toBeCloseTo(14 / 3, 12);
    expect(a!.bands).toEqual({ emerging: 1, developing: 1, established: 2 });
    expect(a!.meanPercent).toBeCloseTo((1100 / 12 + 50 + 100 / 12 + 75) / 4, 12);
    expect(a!.distribution).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 0, 1]);
  });

  it('has alpha from pairwise-complete covariances: var(a1) = var(a3) = 35/12, var(a2) = 1, cov(a1, a2) = 2', () => {
    // trace = 41/6, sum = 62/3: alpha = 3/2 * (1 - (41/6) / (62/3)) = 249/248.
    expect(unfloored!.alpha).toBeCloseTo(249 / 248, 12);
    expect(unfloored!.reasons).toEqual({});
    // With the report's floors, 4 respondents are too few for alpha and what comes of correlations.
    expect([a!.alpha, a!.alphaStandardized]).toEqual([null, null]);
    const withheld = (names: string[]) => Object.fromEntries(names.map((name) => [name, 'withheld: fewer than 10 respondents (n = 4)']));
    expect(a!.reasons).toEqual(withheld(['alpha', 'alphaStandardized', 'alphaSE', 'alphaFeldt', 'alphaDuhachek', 'averageR', 'medianR', 'signalNoise', 'g6']));
    expect(a!.items.map((i) => [i.rDrop, i.alphaIfDropped])).toEqual(new Array(3).fill([null, null]));
    expect(a!.items[0]!.reasons).toEqual(withheld(['rDrop', 'alphaIfDropped', 'rawR', 'stdR', 'rCor']));
    // SDs need 3: a2's 3 answers keep theirs, and b's facet's item b2, answered by 2, has none.
    expect(b!.items.find((i) => i.id === 'b2')).toMatchObject({ n: 2, sd: null, reasons: { sd: 'withheld: fewer than 3 respondents (n = 2)' } });
    expect(unfloored!.items.find((i) => i.id === 'a2')!.sd).toBe(1);
    const a2 = a!.items.find((i) => i.id === 'a2')!;
    expect(a2).toMatchObject({ n: 3, missing: 1, mean: 3, sd: 1, frequencies: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0 } });
    // Frequencies are of the raw answers, before reverse keying.
    expect(a!.items.find((i) => i.id === 'a3')).toMatchObject({ reverseKeyed: true, text: 'Third', frequencies: { 1: 1, 2: 1, 3: 1, 4: 0, 5: 1 } });
  });

  it('gives a theme all its items, facets included, and the facets their own', () => {
    expect(b!.items.map((i) => i.id)).toEqual(['b1', 'b2']);
    expect(b!.facets.map((f) => f.id)).toEqual(['b-facet']);
    // b needs 1 of 2 answers: R4 answered none.
    expect(b!.n).toBe(3);
    expect(b!.unscored).toBe(1);
  });

  it('is valid against its JSON schema, with every number finite', () => {
    expect(() => cohortReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
    expect(report.groups).toEqual([]);
    expect(report.subjects).toEqual([]);
    expect(report.people).toBeNull();
  });
});

describe('groups in the report', () => {
  const form = new FormRespondents(twoThemes, { keepNames: false, groupBy: 'team' });
  const teams = ['North', 'North', 'north ', 'South', 'South', 'East', undefined];
  teams.forEach((team, i) => form.addValues(row(1 + (i % 5), 3, 3, 4, 4), facts({ respondent: `Person ${i}`, attributes: team ? { Team: team } : {} }), 'c.csv', i + 2));

  it('shows groups at the floor and pools the rest into other (values compared without case or spacing)', () => {
    const report = buildCohortReport(reportInput([form], { groupBy: 'team' }));
    expect(report.groupBy).toEqual({ column: 'team', minGroup: 3 });
    // South 2 + East 1 + (not given) 1 = other of 4.
    expect(report.groups.map((g) => [g.name, g.n, g.pooled])).toEqual([
      ['North', 3, 0],
      ['other', 4, 3],
    ]);
    expect(report.groups[0]!.themes[0]!.n).toBe(3);
  });

  it('hides other when still small, and names nobody', () => {
    // Under a floor of 5 every group is small, but pooled they make 7: shown as other.
    expect(buildCohortReport(reportInput([form], { groupBy: 'team', minGroup: 5 })).groups.map((g) => [g.name, g.n, g.pooled])).toEqual([['other', 7, 4]]);
    const report = buildCohortReport(reportInput([form], { groupBy: 'team', minGroup: 8 }));
    expect(report.groups).toEqual([]);
    expect(report.hiddenGroups).toEqual({ groups: 4, respondents: 7 });
    expect(JSON.stringify(report)).not.toMatch(/Person/);
  });

  it('with per-respondent rows, gives each row its group as shown unless names were asked for', () => {
    const anonymous = buildCohortReport(reportInput([form], { groupBy: 'team', people: 'anonymous' }));
    expect(anonymous.people!.map((p) => p.group)).toEqual(['North', 'North', 'North', 'other', 'other', 'other', 'other']);
    expect(anonymous.people!.every((p) => p.respondent === null && p.source === null)).toBe(true);
    const named = new FormRespondents(twoThemes, { keepNames: true, groupBy: 'team' });
    named.addValues(row(5, 4, 1, 5, 5), facts({ respondent: 'Ana', attributes: { team: 'East' } }), 'c.csv', 9);
    const report = buildCohortReport(reportInput([named], { groupBy: 'team', people: 'named' }));
    expect(report.people![0]).toMatchObject({ respondent: 'Ana', source: 'c.csv:9', group: 'East', row: 1, role: 'self' });
    expect(report.people![0]!.scores.a).toEqual({ score: 14 / 3, percent: (100 * 11) / 12, band: 'established' });
  });

  it('numbers rows without names afresh, in the order of their figures, whatever the order read', () => {
    const answers = [row(5, 4, 1, 5, 5), row(1, 2, 5, 3, null), row(3, 3, 3, 1, 1), row(4, null, 2, null, null), row(2, 2, 2, 2, 2)];
    const teams = ['North', 'North', 'North', 'South', 'North'];
    const rows = (order: number[]) => {
      const f = new FormRespondents(twoThemes, { keepNames: false, groupBy: 'team' });
      for (const i of order) f.addValues(answers[i]!, facts({ attributes: { team: teams[i]! } }), 'c.csv', i + 2);
      return buildCohortReport(reportInput([f], { groupBy: 'team', people: 'anonymous' })).people!.map((p) => [p.row, p.group, p.scores.a!.percent]);
    };
    // South's one member is hidden: no row, and no gap where it was.
    expect(rows([0, 1, 2, 3, 4])).toEqual([
      [1, 'North', (100 * 1) / 12],
      [2, 'North', (100 * 5) / 12],
      [3, 'North', 50],
      [4, 'North', (100 * 11) / 12],
    ]);
    expect(rows([4, 3, 2, 1, 0])).toEqual(rows([0, 1, 2, 3, 4]));
  });
});

describe('anonymity applied to the model (issue 12)', () => {
  type Rater = [role: RespondentFacts['role'], subject: string, x: number, team?: string];
  const formOf = (raters: readonly Rater[], groupBy?: string) => {
    const form = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject', ...(groupBy ? { groupBy } : {}) });
    raters.forEach(([role, subject, x, team], i) => form.addValues(ratedAt(x), facts({ role, subject, attributes: team ? { team } : {} }), 'c.csv', i + 2));
    return form;
  };

  it("gives a pooled rater's unnamed row the rater group it is shown in, never their own role", () => {
    const form = formOf([
      ['self', 'Sam', 5],
      ['peer', 'Sam', 4],
      ['direct-report', 'Sam', 3],
      ['partner', 'Sam', 2],
    ]);
    const report = buildCohortReport(reportInput([form], { people: 'anonymous' }));
    expect(report.subjects[0]!.themes[0]!.raterGroups.map((g) => [g.role, g.n])).toEqual([['other', 3]]);
    expect(report.people!.map((p) => p.role)).toEqual(['self', 'other', 'other', 'other']);
    const named = buildCohortReport(reportInput([form], { people: 'named' }));
    expect(named.people!.map((p) => p.role)).toEqual(['self', 'peer', 'direct-report', 'partner']);
  });

  it('leaves a hidden respondent out of every group and 360, flooring again until nothing changes', () => {
    const form = formOf(
      [
        ['peer', 'Sam', 4, 'North'],
        ['peer', 'Sam', 4, 'North'],
        ['peer', 'Sam', 4, 'North'],
        ['direct-report', 'Sam', 1, 'South'],
        ['peer', 'Jo', 2, 'South'],
        ['peer', 'Jo', 3, 'South'],
        ['peer', 'Jo', 5, 'East'],
      ],
      'team',
    );
    const report = buildCohortReport(reportInput([form], { groupBy: 'team', people: 'anonymous' }));
    // East (1) is hidden, which leaves Jo two peers: hidden too. Sam's direct report is alone:
    // hidden. South has then nobody left to show.
    expect(report.groups.map((g) => [g.name, g.n])).toEqual([['North', 3]]);
    expect(report.hiddenGroups).toEqual({ groups: 2, respondents: 4 });
    expect(report.subjects.map((s) => [s.raters, s.hiddenRaters]).sort()).toEqual([
      [0, 3],
      [3, 1],
    ]);
    expect(report.people!.map((p) => p.row)).toEqual([1, 2, 3]);
    // The four hidden are in no figure: the whole form is North's three.
    expect(report.hidden).toEqual({ respondents: 4 });
    expect(report.themes[0]!.n).toBe(3);
  });

  it("leaves a hidden rater out of the form's figures, however many others no 360 covers", () => {
    // Sam's partner is alone: hidden. Everyone else has a CSV row of their own, so a form's
    // figures that counted the partner would give them back by subtraction.
    const raters: Rater[] = [
      ['peer', 'Sam', 4],
      ['peer', 'Sam', 4],
      ['peer', 'Sam', 4],
      ['partner', 'Sam', 1],
    ];
    const form = formOf(raters);
    form.addValues(ratedAt(2), facts(), 'c.csv', 9);
    form.addValues(ratedAt(3), facts(), 'c.csv', 10);
    const report = buildCohortReport(reportInput([form], { people: 'anonymous' }));
    expect(report.hidden).toEqual({ respondents: 1 });
    expect(report.themes[0]!.n).toBe(5);
    expect(report.people).toHaveLength(5);
  });

  it('numbers subjects without names in an order set by their figures, not by the inputs', () => {
    const raters: Rater[] = [
      ['self', 'Sam', 5],
      ['manager', 'Sam', 3],
      ['self', 'Jo', 2],
      ['manager', 'Jo', 4],
      ['self', 'Kim', 3],
      ['manager', 'Kim', 3],
    ];
    const forwards = buildCohortReport(reportInput([formOf(raters)])).subjects;
    const backwards = buildCohortReport(reportInput([formOf([...raters].reverse())])).subjects;
    expect(forwards.map((s) => s.name)).toEqual(['Subject 1', 'Subject 2', 'Subject 3']);
    expect(backwards).toEqual(forwards);
  });
});

describe('names compared by one rule: case and spacing aside', () => {
  it('takes subjects that differ only by inner spaces or case as one, shown as first written', () => {
    const self = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
    self.addValues(ratedAt(5), facts({ respondent: 'sam patel' }), 'sam.yaml');
    const others = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
    ['Sam  Patel', ' SAM PATEL ', 'Sam\tPatel'].forEach((subject, i) => others.addValues(ratedAt(3), facts({ role: 'peer', subject }), 'c.csv', i + 2));
    const report = buildCohortReport(reportInput([self, others], { people: 'named' }));
    expect(report.subjects.map((s) => [s.name, s.selfRatings, s.raters])).toEqual([['Sam  Patel', 1, 3]]);
  });

  it('takes group values that differ only by inner spaces or case as one group, named as most of its members write it', () => {
    const form = new FormRespondents(twoThemes, { keepNames: false, groupBy: 'team' });
    ['North  East', 'north east', ' NORTH\u00a0EAST', 'North East', 'North East '].forEach((team, i) => form.addValues(ratedAt(3), facts({ attributes: { team } }), 'c.csv', i + 2));
    const report = buildCohortReport(reportInput([form], { groupBy: 'team' }));
    expect(report.groups.map((g) => [g.name, g.n])).toEqual([['North East', 5]]);
  });

  it("names and orders groups by the members shown, so a hidden member's spelling or place tells nothing", () => {
    const grouped = (rows: [string, string, string][]) => {
      const form = new FormRespondents(twoThemes, { keepNames: false, groupBy: 'team', subjectColumn: 'subject' });
      rows.forEach(([team, role, subject], i) => form.addValues(ratedAt(3), facts({ role: role as RaterRole, attributes: { team, subject } }), 'c.csv', i + 2));
      return buildCohortReport(reportInput([form], { groupBy: 'team' })).groups.map((g) => g.name);
    };
    const shown: [string, string, string][] = [
      ['Bravo', 'peer', 'Sam'],
      ['Alpha', 'peer', 'Sam'],
      ['Alpha', 'peer', 'Sam'],
      ['Bravo', 'peer', 'Sam'],
      ['Alpha', 'peer', 'Sam'],
      ['Bravo', 'peer', 'Sam'],
    ];
    // Sam's one direct report is hidden: their ALPHA, first or last, changes nothing.
    expect(grouped([['ALPHA', 'direct-report', 'Sam'], ...shown])).toEqual(['Alpha', 'Bravo']);
    expect(grouped([...shown, ['Bravo', 'direct-report', 'Sam']])).toEqual(['Alpha', 'Bravo']);
  });
});
