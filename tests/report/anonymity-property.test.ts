import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { RATER_ROLES, type RaterRole } from '../../src/core/answers/schema.js';
import { applyFloor } from '../../src/core/report/anonymity.js';
import { buildCohortReport, type CohortReportInput } from '../../src/core/report/cohort-build.js';
import type { CohortReport } from '../../src/core/report/cohort.js';
import { cohortView } from '../../src/core/report/cohort-view.js';
import { planAnonymity, RATER_GROUPS } from '../../src/core/report/disclosure.js';
import { FormRespondents, type RespondentFacts } from '../../src/core/report/respondents.js';
import { renderCohortCsv } from '../../src/render/cohort-csv.js';
import { renderCohortHtml } from '../../src/render/cohort-html.js';
import { renderCohortJson } from '../../src/render/cohort-json.js';
import { renderCohortMarkdown } from '../../src/render/cohort-markdown.js';
import { renderCohortText } from '../../src/render/cohort-text.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';
import { fuzzRuns } from '../helpers/fuzz.js';

/**
 * Anonymity as a property (issue 12): for random cohorts around the floor, with --group-by and
 * 360 subjects, changing the answers of every respondent the floor hides changes no byte of any
 * format, and no figure less the CSV's own rows leaves anyone (so nothing can be subtracted back
 * to a hidden respondent). SYSLEAD_FUZZ_RUNS sets the number of cohorts.
 */
const RUNS = fuzzRuns(100);

const themes = `  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second, keyed: minus }
  - id: b
    title: Beta
    facets:
      - id: b-facet
        title: Beta facet
        items:
          - { id: b1, text: Third }
          - { id: b2, text: Fourth }
`;
const selfForm = questionnaireFrom(`${header()}${themes}`);
const observerForm = questionnaireFrom(`${header().replace('id: test', 'id: test-observer')}${themes}`);
const QUESTIONNAIRES = [selfForm, observerForm];
const ITEMS = 4;

interface Person {
  form: number;
  role: RaterRole;
  subject: string | undefined;
  /** Names a subject for a self-rating that names none. */
  respondent: string | undefined;
  team: string | undefined;
  answers: (number | null)[];
}

const SUBJECTS = ['Ann', 'Ben', 'Cy'];
const answers = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }), { minLength: ITEMS, maxLength: ITEMS });
const person: fc.Arbitrary<Person> = fc.record({
  form: fc.integer({ min: 0, max: 1 }),
  role: fc.constantFrom(...RATER_ROLES),
  subject: fc.option(fc.constantFrom(...SUBJECTS), { nil: undefined }),
  respondent: fc.option(fc.constantFrom(...SUBJECTS), { nil: undefined }),
  team: fc.option(fc.constantFrom('North', 'South', 'East', 'other'), { nil: undefined }),
  answers,
});
const cohort = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 14 }),
  minGroup: fc.integer({ min: 2, max: 4 }),
  groupBy: fc.boolean(),
});
type Cohort = typeof cohort extends fc.Arbitrary<infer T> ? T : never;

/** The questionnaires somebody answered, as a report has them (the self form first when answered). */
const formsAnswered = (people: readonly Person[]) => [0, 1].filter((form) => people.some((p) => p.form === form));

function collect(c: Cohort, people: readonly Person[]): FormRespondents[] {
  const answered = formsAnswered(people);
  const forms = answered.map((f) => new FormRespondents(QUESTIONNAIRES[f]!, { keepNames: false, subjectColumn: 'subject', ...(c.groupBy ? { groupBy: 'team' } : {}) }));
  for (const p of people) {
    const attributes: Record<string, string> = p.team ? { team: p.team } : {};
    const facts: RespondentFacts = { role: p.role, ...(p.subject ? { subject: p.subject } : {}), ...(p.respondent ? { respondent: p.respondent } : {}), attributes };
    forms[answered.indexOf(p.form)]!.addValues(
      Float64Array.from(p.answers, (v) => v ?? NaN),
      facts,
      'c.csv',
      2,
    );
  }
  return forms;
}

function report(c: Cohort, forms: FormRespondents[], people: CohortReportInput['people']): CohortReport {
  const n = forms.reduce((sum, f) => sum + f.size, 0);
  return buildCohortReport({
    forms,
    respondents: { read: n, scored: n, skipped: 0, reasons: {} },
    ...(c.groupBy ? { groupBy: 'team' } : {}),
    minGroup: c.minGroup,
    subjectColumn: 'subject',
    margin: 10,
    people,
  });
}

/** Every format, as `syslead report` prints it: per-respondent rows only in the CSV. */
function renderAll(summary: CohortReport, rows: CohortReport): string[] {
  const view = cohortView(summary, QUESTIONNAIRES);
  return [renderCohortText(view, { width: 80, style: new Chalk({ level: 0 }) }), renderCohortMarkdown(view), renderCohortJson(view), renderCohortHtml(view), renderCohortCsv(cohortView(rows, QUESTIONNAIRES))];
}

/** Rows per form in the order added, as the model numbers them. */
function rowsOf(people: readonly Person[]): Person[][] {
  return formsAnswered(people).map((form) => people.filter((p) => p.form === form));
}

/** Who the floor hides, worked out here without the plan where no second pass can change it: only groups, or only 360s. */
function expectedHidden(c: Cohort, people: readonly Person[]): boolean[][] | null {
  const forms = rowsOf(people);
  const hasSubjects = people.some((p) => p.subject !== undefined);
  if (c.groupBy && hasSubjects) return null;
  const hidden = forms.map((rows) => rows.map(() => false));
  if (c.groupBy) {
    forms.forEach((rows, f) => {
      const byTeam = new Map<string, number[]>();
      rows.forEach((p, r) => {
        const team = p.team ?? '(not given)';
        byTeam.set(team, [...(byTeam.get(team) ?? []), r]);
      });
      for (const r of applyFloor(
        [...byTeam].map(([name, members]) => ({ name, members })),
        c.minGroup,
      ).hiddenMembers)
        hidden[f]![r] = true;
    });
  }
  for (const subject of SUBJECTS) {
    const byRole = RATER_GROUPS.map((role) => ({ name: role, members: [] as [number, number][] }));
    forms.forEach((rows, f) => rows.forEach((p, r) => p.subject === subject && p.role !== 'self' && byRole.find((g) => g.name === p.role)!.members.push([f, r])));
    for (const [f, r] of applyFloor(byRole, c.minGroup, (name) => name === 'manager').hiddenMembers) hidden[f]![r] = true;
  }
  return hidden;
}

/**
 * The subtraction itself: a form's figures less its respondents' own CSV rows leave nobody, per
 * theme and facet, so no figure holds anyone whom no row shows.
 */
function expectNoOneBySubtraction(withRows: CohortReport): void {
  for (const form of [withRows, ...withRows.otherForms]) {
    const rows = (withRows.people ?? []).filter((p) => p.questionnaire === form.questionnaire.id);
    for (const figures of form.themes.flatMap((t) => [t, ...t.facets])) {
      const left = figures.n - rows.filter((p) => p.scores[figures.id]?.score !== null).length;
      expect(left, `${form.questionnaire.id} ${figures.id}: left by subtraction`).toBe(0);
    }
  }
}

describe('anonymity as a property', () => {
  it(
    `changes no byte of any format when hidden respondents' answers change (${RUNS} cohorts)`,
    () => {
      let withHidden = 0;
      fc.assert(
        fc.property(cohort, fc.array(answers, { minLength: 14, maxLength: 14 }), (c, replacements) => {
          const forms = collect(c, c.people);
          const plan = planAnonymity(forms, { ...(c.groupBy ? { groupBy: 'team' } : {}), minGroup: c.minGroup });
          const expected = expectedHidden(c, c.people);
          if (expected) expect(plan.hidden.map((h) => [...h].map(Boolean))).toEqual(expected);

          // The hidden respondents answer otherwise; everyone else the same.
          const byForm = rowsOf(c.people);
          const changedPeople = byForm.flatMap((rows, f) => rows.map((p, r) => (plan.hidden[f]![r] === 1 ? { ...p, answers: replacements[r]! } : p)));
          const before = report(c, collect(c, c.people), 'none');
          const original = renderAll(before, report(c, collect(c, c.people), 'anonymous'));
          const summary = report(c, collect(c, changedPeople), 'none');
          const rows = report(c, collect(c, changedPeople), 'anonymous');
          [before, ...before.otherForms].forEach((form, f) => {
            expect(form.hidden).toEqual({ respondents: [...plan.hidden[f]!].filter((h) => h === 1).length });
          });
          expectNoOneBySubtraction(rows);
          if (plan.hidden.some((h) => h.includes(1))) withHidden++;
          expect(renderAll(summary, rows)).toEqual(original);
        }),
        { numRuns: RUNS },
      );
      // Not vacuous: most cohorts this size have someone hidden.
      expect(withHidden).toBeGreaterThan(RUNS / 4);
      // A cohort takes a few milliseconds, more on a busy machine.
    },
    20_000 + RUNS * 300,
  );

  it(`shows no 360 figure of fewer raters than the floor besides the manager, per theme (${RUNS} cohorts)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(cohort, (c) => {
        const summary = report(c, collect(c, c.people), 'none');
        for (const subject of summary.subjects) {
          for (const theme of subject.themes) {
            // A rater group scored here by fewer than the floor (some skipped the theme) would show
            // their mean, or give it back as all others less the rest.
            for (const g of theme.raterGroups) if (g.role !== 'manager' && g.percent !== null) expect(g.n, `${subject.name} ${theme.id} ${g.role}`).toBeGreaterThanOrEqual(c.minGroup);
            const manager = theme.raterGroups.find((g) => g.role === 'manager');
            const besidesManager = theme.othersN - (manager?.n ?? 0);
            if (theme.others !== null && besidesManager > 0) expect(besidesManager, `${subject.name} ${theme.id}: all others less the manager`).toBeGreaterThanOrEqual(c.minGroup);
            // All others are the groups shown, and nobody else.
            if (theme.others !== null) expect(theme.othersN).toBe(theme.raterGroups.reduce((n, g) => n + g.n, 0));
            checked++;
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(0);
  });
});
