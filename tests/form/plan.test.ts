/** The plan every generator writes from: the questions a survey asks, in order, checked by hand on the built-ins. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formPlan, type PlannedQuestion } from '../../src/core/form/plan.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { ROOT } from '../helpers/cli.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

const builtIn = (id: string) => loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires', `${id}.yaml`), 'utf8'), id).questionnaire!;
/** A question as one line: a grid's code, rows and columns (label=point), else its kind and text or id. */
const brief = (q: PlannedQuestion) =>
  q.kind === 'grid'
    ? `${q.code}: ${q.rows.map((r) => r.id).join(',')} [${q.columns.map((c) => `${c.label}=${c.value}`).join(';')}]`
    : q.kind === 'text'
      ? `text ${q.id}`
      : `${q.kind}${q.required ? '*' : ''} (${q.choices.length}): ${q.text}`;
const FREQUENCY = 'Rarely=1;Sometimes=2;Often=3;Usually=4;Almost always=5';

describe('the form plan', () => {
  it('asks the self-assessment as: name, a grid per theme or facet with its free text, then importance', () => {
    const plan = formPlan({ questionnaire: builtIn('systems-leadership'), subjects: [] });
    expect(plan.sections.map((s) => [s.title, s.questions.map(brief)])).toEqual([
      ['About you', ['respondent* (0): What is your name?']],
      ['Shared values', [`shared_values: sv1,sv2,sv3,sv4,sv5,sv6 [${FREQUENCY}]`, 'text sv-notes']],
      ['Outcome focus', [`outcome_focus: of1,of2,of3,of4,of5,of6 [${FREQUENCY}]`, 'text of-notes']],
      [
        'Mindset',
        [
          `perceiving: mp1,mp2,mp3,mp4,mp5 [${FREQUENCY}]`,
          `thinking: mt1,mt2,mt3,mt4 [${FREQUENCY}]`,
          `relating: mr1,mr2,mr3,mr4,mr5 [${FREQUENCY}]`,
          `doing: md1,md2,md3,md4,md5 [${FREQUENCY}]`,
          `being: mb1,mb2,mb3,mb4,mb5 [${FREQUENCY}]`,
          'text mi-notes',
        ],
      ],
      ['How important is each of these to your current role?', ['importance: shared-values,outcome-focus,mindset [Not important=1;Slightly important=2;Moderately important=3;Very important=4;Essential=5]']],
    ]);
    const importance = plan.sections.at(-1)!.questions[0]!;
    expect(importance.kind === 'grid' && importance.rows.map((r) => r.question)).toEqual([
      'How important is Shared values to your current role?',
      'How important is Outcome focus to your current role?',
      'How important is Mindset to your current role?',
    ]);
  });

  it('asks an observer whom the feedback is about (from the subject list) and how they work together, with "not observed" as no point', () => {
    const plan = formPlan({ questionnaire: builtIn('systems-leadership-observer'), subjects: ['Sam Patel', 'Jo Evans'] });
    expect(plan.sections[0]!.questions.map(brief)).toEqual(['respondent (0): What is your name?', 'subject* (2): Who are you giving feedback about?', 'relationship* (5): How do you work with them?']);
    expect(plan.sections[0]!.questions.map((q) => (q.kind === 'subject' || q.kind === 'relationship' ? q.choices : []))).toEqual([
      [],
      ['Sam Patel', 'Jo Evans'],
      ['Their line manager', 'A peer in the same organisation', 'Someone who reports to them', 'A partner in another organisation', 'Other'],
    ]);
    expect(brief(plan.sections[1]!.questions[0]!)).toBe(`shared_values: sv1,sv2,sv3,sv4,sv5,sv6 [${FREQUENCY};Not observed=null;Don't know=null]`);
    // No importance question on the observer form.
    expect(plan.sections.map((s) => s.title).at(-1)).toBe('Mindset');
  });

  it('splits a theme into one grid per run of items on one scale, so no grid mixes scales', () => {
    const q = questionnaireFrom(
      `${header({ scales: '  five: { labels: [A, B, C, D, E] }\n  three: { labels: [X, Y, Z] }' })}  - id: t
    title: T
    description: D
    items:
      - { id: i1, text: One }
      - { id: i2, text: Two, scale: three }
      - { id: i3, text: Three, scale: three }
      - { id: i4, text: Four }
`,
    );
    expect(formPlan({ questionnaire: q, subjects: [] }).sections[1]!.questions.map(brief)).toEqual(['t_1: i1 [A=1;B=2;C=3;D=4;E=5]', 't_2: i2,i3 [X=1;Y=2;Z=3]', 't_3: i4 [A=1;B=2;C=3;D=4;E=5]']);
  });
});
