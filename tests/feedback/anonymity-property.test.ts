import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers/model.js';
import type { RaterRole } from '../../src/core/answers/schema.js';
import { buildFeedback } from '../../src/core/feedback/build.js';
import { planRaters } from '../../src/core/feedback/raters.js';
import type { FeedbackReport } from '../../src/core/feedback/schema.js';
import { collectSubjects } from '../../src/core/feedback/subjects.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { renderFeedbackHtml } from '../../src/render/feedback-html.js';
import { renderFeedbackJson } from '../../src/render/feedback-json.js';
import { renderFeedbackMarkdown } from '../../src/render/feedback-markdown.js';
import { renderFeedbackText } from '../../src/render/feedback-text.js';
import { renderOptions } from '../../src/render/options.js';
import { fuzzRuns } from '../helpers/fuzz.js';
import { answerSet, header, questionnaireFrom } from '../helpers/questionnaire.js';

/**
 * Anonymity as a property (issue 16): for random 360s around the floor, changing the answers and
 * comments (and "not observed" answers) of every rater the floor leaves out changes no byte of any format of the feedback
 * report; and the order the raters are read in does not change the comments' order.
 * SYSLEAD_FUZZ_RUNS sets the number of cohorts.
 */
const RUNS = fuzzRuns(100);

const themes = (prompt: string) => `  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second, keyed: minus }
${prompt}  - id: b
    title: Beta
    facets:
      - id: b-facet
        title: Beta facet
        items:
          - { id: b1, text: Third }
          - { id: b2, text: Fourth }
`;
const selfForm = questionnaireFrom(`${header()}${themes('')}`);
const observerScale = '  five: { labels: [A, B, C, D, E], not_applicable: [Not observed] }';
const observerForm = questionnaireFrom(
  `${header({ scales: observerScale }).replace('id: test', 'id: test-observer').replace('minutes: 1', 'minutes: 1\nform: observer')}${themes('      - { id: a-more, type: text, text: More? }\n')}`,
);
const ITEMS = ['a1', 'a2', 'b1', 'b2'];
const OBSERVER_ROLES: RaterRole[] = ['manager', 'peer', 'direct-report', 'partner', 'other'];

/** An answer: a point, "not observed" (the observer form's answer that is no point), or none. */
type Answer = number | 'not observed' | null;

interface Rater {
  role: RaterRole;
  answers: Answer[];
  comment: string | null;
}

const answers = fc.array(fc.option(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 4 }, { arbitrary: fc.constant('not observed' as const), weight: 1 }), { freq: 4 }), {
  minLength: ITEMS.length,
  maxLength: ITEMS.length,
});
const selfAnswers = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 4 }), { minLength: ITEMS.length, maxLength: ITEMS.length });
const comment = fc.option(fc.string({ minLength: 1, maxLength: 12 }), { freq: 2 });
const rater: fc.Arbitrary<Rater> = fc.record({ role: fc.constantFrom(...OBSERVER_ROLES), answers, comment });
const cohort = fc.record({
  self: fc.option(selfAnswers, { freq: 3 }),
  raters: fc.array(rater, { maxLength: 9 }),
  minGroup: fc.integer({ min: 2, max: 4 }),
  margin: fc.integer({ min: 0, max: 20 }),
});

function answerSetOf(form: Questionnaire, role: RaterRole, values: readonly Answer[], text: string | null): AnswerSet {
  const given: Record<string, number> = {};
  const notObserved: Record<string, string> = {};
  values.forEach((v, i) => {
    if (v === 'not observed') notObserved[ITEMS[i]!] = 'Not observed';
    else if (v !== null) given[ITEMS[i]!] = v;
  });
  return answerSet(form, given, {
    role,
    subject: 'Sam',
    ...(text !== null ? { texts: { 'a-more': text } } : {}),
    ...(role === 'self' ? { importance: {} } : {}),
    ...(Object.keys(notObserved).length > 0 ? { notObserved } : {}),
  });
}

function ratingsOf(c: { self: Answer[] | null; raters: Rater[] }) {
  return [
    ...(c.self ? [{ questionnaire: selfForm, answers: answerSetOf(selfForm, 'self', c.self, null) }] : []),
    ...c.raters.map((r) => ({ questionnaire: observerForm, answers: answerSetOf(observerForm, r.role, r.answers, r.comment) })),
  ];
}

const target = { toFile: true, isTTY: false, columns: undefined, colourLevel: 0, hyperlinks: false } as const;
const everyFormat = (report: FeedbackReport) => [renderFeedbackText(report, renderOptions(target)), renderFeedbackMarkdown(report), renderFeedbackJson(report), renderFeedbackHtml(report)];

describe('feedback anonymity, as a property', () => {
  it("changes no byte of any format when a left-out rater's answers or comment change", () => {
    fc.assert(
      fc.property(cohort, fc.array(fc.tuple(answers, comment), { minLength: 9, maxLength: 9 }), (c, replacements) => {
        const ratings = ratingsOf(c);
        const subject = collectSubjects(ratings, 'subject').subjects[0];
        fc.pre(subject !== undefined && c.raters.length > 0);
        const shown = new Set(planRaters(subject!, c.minGroup).shown.flatMap((g) => g.ratings.map((r) => r.answers)));
        const hidden = c.raters.map((_, i) => i).filter((i) => !shown.has(ratings[i + (c.self ? 1 : 0)]!.answers));
        fc.pre(hidden.length > 0);
        const changed = { ...c, raters: c.raters.map((r, i) => (hidden.includes(i) ? { ...r, answers: replacements[i]![0], comment: replacements[i]![1] } : r)) };
        const settings = { minGroup: c.minGroup, margin: c.margin };
        const before = everyFormat(buildFeedback(subject!, settings));
        const after = everyFormat(buildFeedback(collectSubjects(ratingsOf(changed), 'subject').subjects[0]!, settings));
        expect(after).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('shows no group but the manager with fewer raters than the floor, and no figure of fewer than it besides the manager', () => {
    fc.assert(
      fc.property(cohort, (c) => {
        const subject = collectSubjects(ratingsOf(c), 'subject').subjects[0];
        fc.pre(subject !== undefined);
        const report = buildFeedback(subject!, { minGroup: c.minGroup, margin: c.margin });
        for (const g of report.raters.groups) if (g.role !== 'manager') expect(g.n).toBeGreaterThanOrEqual(c.minGroup);
        for (const section of report.themes.flatMap((t) => [t, ...t.facets])) {
          for (const g of section.groups) if (g.role !== 'manager' && g.percent !== null) expect(g.n).toBeGreaterThanOrEqual(c.minGroup);
          // All others less the manager, who is shown, must be none or at the floor.
          const besidesManager = (section.others?.n ?? 0) - (section.groups.find((g) => g.role === 'manager')?.n ?? 0);
          if (besidesManager > 0) expect(besidesManager).toBeGreaterThanOrEqual(c.minGroup);
        }
        for (const s of report.themes.flatMap((t) => t.statements)) {
          const manager = report.raters.groups.find((g) => g.role === 'manager')?.n ?? 0;
          if (s.others !== null && s.othersN > manager) expect(s.othersN).toBeGreaterThanOrEqual(c.minGroup);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('orders the comments the same whatever order the raters are read in', () => {
    fc.assert(
      fc.property(cohort, fc.func(fc.integer()), (c, key) => {
        const subject = collectSubjects(ratingsOf(c), 'subject').subjects[0];
        fc.pre(subject !== undefined);
        const shuffled = { ...c, raters: [...c.raters].sort((x, y) => key(x) - key(y)) };
        const settings = { minGroup: c.minGroup, margin: c.margin };
        const comments = (s: NonNullable<typeof subject>) => buildFeedback(s, settings).themes.map((t) => t.comments);
        expect(comments(collectSubjects(ratingsOf(shuffled), 'subject').subjects[0]!)).toEqual(comments(subject!));
      }),
      { numRuns: RUNS },
    );
  });
});
