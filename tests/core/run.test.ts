import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { checkAnswers, parseAnswerFile } from '../../src/core/answers/check.js';
import { runSteps } from '../../src/core/run/steps.js';
import { applyAction, fromAnswerFile, newRunState, resumePosition, toAnswerFile, type RunState, type StepAction } from '../../src/core/run/state.js';
import { runQuestions, type Question } from '../../src/core/run/runner.js';
import { raterFromOptions } from '../../src/core/run/rater.js';
import { fixture } from '../helpers/cli.js';

const questionnaire = loadQuestionnaire(readFileSync(fixture('run-small.yaml'), 'utf8'), 'run-small.yaml').questionnaire!;
const steps = runSteps(questionnaire);
const STARTED = '2026-11-25T10:00:00Z';

/** One scripted turn: the question expected (its step key and preselected answer) and what to do there. */
interface Turn {
  at: string;
  current?: number | string;
  reply: StepAction;
}

/** Runs the questions with a prompter that follows the script, recording every save. */
async function script(turns: Turn[], start: RunState = newRunState(questionnaire, STARTED)) {
  const asked: Question[] = [];
  const saves: RunState[] = [];
  let turn = 0;
  const final = await runQuestions(steps, start, {
    ask: async (question) => {
      asked.push(question);
      const next = turns[turn++];
      if (!next) throw new Error(`no turn scripted for ${question.step.key}`);
      expect(question.step.key).toBe(next.at);
      expect(question.current).toBe(next.current);
      return next.reply;
    },
    save: async (state) => {
      saves.push(state);
    },
  });
  expect(turn).toBe(turns.length);
  return { final, asked, saves };
}

describe('run steps', () => {
  it("asks each theme's items, then how important the theme is, with the theme named in the question", () => {
    expect(steps.map((s) => s.key)).toEqual(['item:l1', 'item:l2', 'importance:listening', 'item:s1', 'item:s-notes', 'importance:sharing']);
    const importance = steps[2]!;
    expect(importance.kind === 'importance' && importance.question).toBe('How important is Listening to your role?');
  });
});

describe('runQuestions with a scripted prompter', () => {
  it('records answers, text and importance, and saves after every answer', async () => {
    const { final, asked, saves } = await script([
      { at: 'item:l1', reply: { answer: 3 } },
      { at: 'item:l2', reply: { answer: 0 } },
      { at: 'importance:listening', reply: { answer: 3 } },
      { at: 'item:s1', reply: { answer: 4 } },
      { at: 'item:s-notes', reply: { answer: '  More time with partners  ' } },
      { at: 'importance:sharing', reply: { answer: 2 } },
    ]);
    expect(final.answers.answers).toEqual({ l1: 3, l2: 0, s1: 4 });
    expect(final.answers.texts).toEqual({ 's-notes': 'More time with partners' });
    expect(final.answers.importance).toEqual({ listening: 3, sharing: 2 });
    expect(asked.map((q) => `${q.number}/${q.total}`)).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(saves).toHaveLength(6);
    expect(saves[1]!.answers.answers).toEqual({ l1: 3, l2: 0 });
  });

  it('goes back to the previous question with its answer preselected, and a new answer replaces it', async () => {
    const { final, saves } = await script([
      { at: 'item:l1', reply: { answer: 2 } },
      { at: 'item:l2', reply: { back: true } },
      { at: 'item:l1', current: 2, reply: { answer: 4 } },
      { at: 'item:l2', reply: { answer: 1 } },
      { at: 'importance:listening', reply: { back: true } },
      { at: 'item:l2', current: 1, reply: { answer: 1 } },
      { at: 'importance:listening', reply: { skip: true } },
      { at: 'item:s1', reply: { answer: 1 } },
      { at: 'item:s-notes', reply: { back: true } },
      { at: 'item:s1', current: 1, reply: { skip: true } },
      { at: 'item:s-notes', reply: { answer: '' } },
      { at: 'importance:sharing', reply: { answer: 1 } },
    ]);
    expect(final.answers.answers).toEqual({ l1: 4, l2: 1 });
    expect(final.answers.texts).toEqual({});
    expect(final.answers.importance).toEqual({ sharing: 1 });
    expect([...final.skipped].sort()).toEqual(['importance:listening', 'item:s-notes', 'item:s1']);
    // Going back changes nothing, so it saves nothing: 12 turns, 3 of them back.
    expect(saves).toHaveLength(9);
  });

  it('stays at the first question when asked to go back from it', () => {
    const state = newRunState(questionnaire, STARTED);
    expect(applyAction(steps, state, 0, { back: true })).toEqual({ state, position: 0 });
  });

  it('skips never store a 0: a skipped item is absent from the answers', async () => {
    const { final } = await script([
      { at: 'item:l1', reply: { skip: true } },
      { at: 'item:l2', reply: { skip: true } },
      { at: 'importance:listening', reply: { skip: true } },
      { at: 'item:s1', reply: { skip: true } },
      { at: 'item:s-notes', reply: { skip: true } },
      { at: 'importance:sharing', reply: { skip: true } },
    ]);
    expect(final.answers.answers).toEqual({});
    expect(final.answers.importance).toEqual({});
    expect(final.skipped.size).toBe(6);
  });

  it('keeps every answer saved before an interruption', async () => {
    const saves: RunState[] = [];
    let asked = 0;
    const interrupted = runQuestions(steps, newRunState(questionnaire, STARTED), {
      ask: async () => {
        if (++asked === 3) throw new Error('interrupted');
        return { answer: asked };
      },
      save: async (state) => {
        saves.push(state);
      },
    });
    await expect(interrupted).rejects.toThrow('interrupted');
    expect(saves.at(-1)!.answers.answers).toEqual({ l1: 1, l2: 2 });
  });

  it('refuses an answer of the wrong kind, which would be a bug in the prompter', () => {
    expect(() => applyAction(steps, newRunState(questionnaire, STARTED), 4, { answer: 3 })).toThrow('expects text');
  });
});

describe('resuming', () => {
  /** The state after the turns, written as an in-progress file and read back as a resumed run would. */
  async function savedAndReadBack(turns: Turn[]): Promise<RunState> {
    const saved: RunState[] = [];
    await runQuestions(steps, newRunState(questionnaire, STARTED), {
      ask: async () => {
        const next = turns.shift();
        if (!next) throw new Error('stop');
        return next.reply;
      },
      save: async (state) => {
        saved.push(state);
      },
    }).catch(() => undefined);
    const text = JSON.stringify(toAnswerFile(steps, saved.at(-1)!));
    const { answers, problems } = checkAnswers(text, 'in-progress.json', questionnaire);
    expect(problems).toEqual([]);
    const doc = parseAnswerFile(text, 'in-progress.json').doc!;
    const nulls = (record: Record<string, unknown> = {}) => Object.keys(record).filter((id) => record[id] === null);
    return fromAnswerFile(answers!, nulls(doc.answers), nulls(doc.importance));
  }

  it('writes answers in the order asked, skipped ones as null, in the answer-file format', () => {
    let state = newRunState(questionnaire, STARTED);
    state = applyAction(steps, state, 1, { answer: 2 }).state;
    state = applyAction(steps, state, 0, { skip: true }).state;
    state = applyAction(steps, state, 2, { skip: true }).state;
    expect(toAnswerFile(steps, state)).toEqual({
      questionnaire: 'run-small',
      version: 1,
      role: 'self',
      started: STARTED,
      answers: { l1: null, l2: 2 },
      importance: { listening: null },
    });
  });

  it('continues at the first question never answered nor skipped', async () => {
    const resumed = await savedAndReadBack([
      { at: 'item:l1', reply: { answer: 2 } },
      { at: 'item:l2', reply: { skip: true } },
      { at: 'importance:listening', reply: { answer: 3 } },
    ]);
    expect(resumePosition(steps, resumed)).toBe(3);
    const { final } = await script(
      [
        { at: 'item:s1', reply: { answer: 4 } },
        { at: 'item:s-notes', reply: { back: true } },
        { at: 'item:s1', current: 4, reply: { answer: 4 } },
        { at: 'item:s-notes', reply: { answer: 'Time' } },
        { at: 'importance:sharing', reply: { answer: 1 } },
      ],
      resumed,
    );
    expect(final.answers.answers).toEqual({ l1: 2, s1: 4 });
    expect(final.answers.importance).toEqual({ listening: 3, sharing: 1 });
    expect(final.skipped).toEqual(new Set(['item:l2']));
    expect(final.answers.started).toBe(STARTED);
  });

  it('continues at the first question not yet reached', async () => {
    const resumed = await savedAndReadBack([
      { at: 'item:l1', reply: { answer: 1 } },
      { at: 'item:l2', reply: { answer: 1 } },
    ]);
    expect(resumePosition(steps, resumed)).toBe(2);
  });

  it('has nothing left to ask when every question was dealt with', () => {
    let state = newRunState(questionnaire, STARTED);
    steps.forEach((_, i) => (state = applyAction(steps, state, i, { skip: true }).state));
    expect(resumePosition(steps, state)).toBe(steps.length);
  });
});

describe('who answers', () => {
  const observer = { id: 'feedback', form: 'observer' as const };
  const self = { id: 'self-check', form: 'self' as const };

  it('takes --role and --subject on an observer form, leaving what is not given to be asked', () => {
    expect(raterFromOptions(observer, { role: 'peer', subject: '  Sam Patel ' })).toEqual({ role: 'peer', subject: 'Sam Patel' });
    expect(raterFromOptions(observer, { subject: 'Sam Patel' })).toEqual({ subject: 'Sam Patel' });
    expect(raterFromOptions(observer, {})).toEqual({});
  });

  it('answers a self-assessment as self, with a subject only when given', () => {
    expect(raterFromOptions(self, {})).toEqual({ role: 'self' });
    expect(raterFromOptions(self, { role: 'self', subject: 'Alex' })).toEqual({ role: 'self', subject: 'Alex' });
  });

  it('refuses a role that does not fit the form, and an empty or overlong subject', () => {
    expect(raterFromOptions(self, { role: 'manager' })).toEqual({ problem: expect.stringMatching(/^--role manager: self-check is a self-assessment/) });
    expect(raterFromOptions(observer, { role: 'self' })).toEqual({ problem: expect.stringMatching(/^--role self: feedback is an observer form/) });
    expect(raterFromOptions(observer, { subject: '   ' })).toEqual({ problem: '--subject: give the name of the person the feedback is about' });
    expect(raterFromOptions(observer, { subject: 'x'.repeat(201) })).toEqual({ problem: expect.stringContaining('at most 200 characters') });
  });

  it("writes the rater in the run's files and reads it back, so that a resumed run keeps it", () => {
    const state = applyAction(steps, newRunState(questionnaire, STARTED, { role: 'partner', subject: 'Sam Patel' }), 0, { answer: 2 }).state;
    const text = JSON.stringify(toAnswerFile(steps, state));
    expect(JSON.parse(text)).toMatchObject({ role: 'partner', subject: 'Sam Patel' });
    expect(checkAnswers(text, 'in-progress.json', questionnaire).answers).toMatchObject({ role: 'partner', subject: 'Sam Patel' });
  });

  it('falls back to the role the form implies when none is given', () => {
    expect(newRunState(questionnaire, STARTED).answers.role).toBe('self');
    expect(newRunState({ ...questionnaire, form: 'observer' }, STARTED).answers.role).toBe('other');
  });
});
