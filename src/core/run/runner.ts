import { applyAction, givenAnswer, resumePosition, type RunState, type StepAction } from './state.js';
import type { Step } from './steps.js';

export interface Question {
  step: Step;
  /** 1-based, for "N/TOTAL". */
  number: number;
  total: number;
  /** The answer given before (when the person came back to it), to preselect. */
  current?: number | string;
  skippedBefore: boolean;
  isFirst: boolean;
}

export interface RunHooks {
  ask(question: Question): Promise<StepAction>;
  /** Called after every answer or skip, before the next question is asked. */
  save(state: RunState): Promise<void>;
}

/**
 * Asks the questions from `position` on until the last is answered or skipped, saving after each
 * one, and returns the final state. Errors from ask (an interruption) or save end the run; every
 * answer given before them has been saved.
 */
export async function runQuestions(steps: readonly Step[], start: RunState, hooks: RunHooks, position = resumePosition(steps, start)): Promise<RunState> {
  let state = start;
  while (position < steps.length) {
    const step = steps[position]!;
    const current = givenAnswer(state, step);
    const action = await hooks.ask({
      step,
      number: position + 1,
      total: steps.length,
      ...(current !== undefined ? { current } : {}),
      skippedBefore: state.skipped.has(step.key),
      isFirst: position === 0,
    });
    const next = applyAction(steps, state, position, action);
    if (next.state !== state) await hooks.save(next.state);
    state = next.state;
    position = next.position;
  }
  return state;
}
