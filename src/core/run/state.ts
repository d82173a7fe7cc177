import { defaultRole, type AnswerSet } from '../answers/model.js';
import type { AnswerFileInput } from '../answers/schema.js';
import { serializeAnswers } from '../answers/serialize.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { copyDictionary, dictionary, ownValue } from '../dictionary.js';
import type { Rater } from './rater.js';
import { importanceKey, itemKey, type Step } from './steps.js';

/** The answers of a run so far, and the questions the person chose to skip. */
export interface RunState {
  answers: AnswerSet;
  /** Step keys (see steps.ts) skipped on purpose: saved as null, and not asked again on resume. */
  skipped: ReadonlySet<string>;
}

/** What the person did at a question. */
export type StepAction = { answer: number | string } | { notObserved: string } | { skip: true } | { back: true };

/** A run not yet begun, by the rater given (by default, as the questionnaire's form implies). */
export function newRunState(questionnaire: Questionnaire, started: string, rater: Rater = { role: defaultRole(questionnaire) }): RunState {
  return {
    answers: {
      questionnaire: { id: questionnaire.id, version: questionnaire.version, ...(questionnaire.sourceLanguage !== undefined ? { language: questionnaire.language } : {}) },
      role: rater.role,
      ...(rater.subject !== undefined ? { subject: rater.subject } : {}),
      started,
      attributes: dictionary(),
      answers: dictionary(),
      texts: dictionary(),
      importance: dictionary(),
    },
    skipped: new Set(),
  };
}

/**
 * The answer given at a step (number, text for a free-text item, or the "not observed" answer as
 * its scale spells it), if any.
 */
export function givenAnswer(state: RunState, step: Step): number | string | undefined {
  const { answers } = state;
  if (step.kind === 'importance') return ownValue(answers.importance, step.theme.id);
  if (step.item.kind === 'text') return ownValue(answers.texts, step.item.id);
  return ownValue(answers.answers, step.item.id) ?? ownValue(answers.notObserved ?? {}, step.item.id);
}

/** Answered or skipped on purpose: a step the person has dealt with. */
export function isSettled(state: RunState, step: Step): boolean {
  return givenAnswer(state, step) !== undefined || state.skipped.has(step.key);
}

/** Where a run continues: the first question never answered nor skipped (steps.length when none is left). */
export function resumePosition(steps: readonly Step[], state: RunState): number {
  const index = steps.findIndex((step) => !isSettled(state, step));
  return index === -1 ? steps.length : index;
}

/**
 * The state and position after an action at steps[position]. An answer or a skip replaces what was
 * there before and moves on; back moves to the previous question (staying at the first), changing
 * nothing. Empty free text is a skip, never an empty answer.
 */
export function applyAction(steps: readonly Step[], state: RunState, position: number, action: StepAction): { state: RunState; position: number } {
  const step = steps[position];
  if (!step) throw new Error(`no question at position ${position}`);
  if ('back' in action) return { state, position: Math.max(0, position - 1) };
  if ('notObserved' in action) return { state: withNotObserved(state, step, action.notObserved), position: position + 1 };
  const answer = 'answer' in action && typeof action.answer === 'string' ? action.answer.trim() : 'answer' in action ? action.answer : undefined;
  return { state: answer === undefined || answer === '' ? withSkip(state, step) : withAnswer(state, step, answer), position: position + 1 };
}

function withoutStep(state: RunState, step: Step): { answers: AnswerSet & { notObserved: Record<string, string> }; skipped: Set<string> } {
  const { answers: given, texts, importance, notObserved } = state.answers;
  const answers = {
    ...state.answers,
    answers: copyDictionary(given),
    texts: copyDictionary(texts),
    importance: copyDictionary(importance),
    notObserved: copyDictionary(notObserved ?? {}),
  };
  if (step.kind === 'importance') delete answers.importance[step.theme.id];
  else {
    delete answers.answers[step.item.id];
    delete answers.texts[step.item.id];
    delete answers.notObserved[step.item.id];
  }
  const skipped = new Set(state.skipped);
  skipped.delete(step.key);
  return { answers, skipped };
}

function withSkip(state: RunState, step: Step): RunState {
  const next = withoutStep(state, step);
  next.skipped.add(step.key);
  return next;
}

function withNotObserved(state: RunState, step: Step, answer: string): RunState {
  if (step.kind !== 'item' || step.item.kind !== 'likert') throw new Error(`step ${step.key} has no "not observed" answer`);
  const next = withoutStep(state, step);
  next.answers.notObserved[step.item.id] = answer;
  return next;
}

function withAnswer(state: RunState, step: Step, answer: number | string): RunState {
  const next = withoutStep(state, step);
  const expectsText = step.kind === 'item' && step.item.kind === 'text';
  if (expectsText !== (typeof answer === 'string')) throw new Error(`step ${step.key} expects ${expectsText ? 'text' : 'a number'}, got ${JSON.stringify(answer)}`);
  if (step.kind === 'importance') next.answers.importance[step.theme.id] = answer as number;
  else if (typeof answer === 'string') next.answers.texts[step.item.id] = answer;
  else next.answers.answers[step.item.id] = answer;
  return next;
}

/**
 * The run in the answer-file format, answers in the order asked, skipped questions written as null
 * so that resuming does not ask them again.
 */
export function toAnswerFile(steps: readonly Step[], state: RunState): AnswerFileInput {
  const answers = dictionary<number | string | null>();
  const importance = dictionary<number | null>();
  for (const step of steps) {
    const given = givenAnswer(state, step) ?? (state.skipped.has(step.key) ? null : undefined);
    if (given === undefined) continue;
    if (step.kind === 'importance') importance[step.theme.id] = given as number | null;
    else answers[step.item.id] = given;
  }
  // The header fields (questionnaire, version, role, started, completed ...) as the format writes them.
  const header = serializeAnswers({ ...state.answers, answers: dictionary(), texts: dictionary(), importance: dictionary(), notObserved: dictionary() });
  return { ...header, answers, ...(Object.keys(importance).length > 0 ? { importance } : {}) };
}

/**
 * A run read back from its in-progress file: the checked answers, and the ids written as null
 * (skipped on purpose) in its answers and importance.
 */
export function fromAnswerFile(answers: AnswerSet, nullAnswers: readonly string[], nullImportance: readonly string[]): RunState {
  return { answers, skipped: new Set([...nullAnswers.map(itemKey), ...nullImportance.map(importanceKey)]) };
}
