import type { KeypressEvent } from '@inquirer/core';

/** A key as readline reads it: the characters it came from, and its name. */
export type Key = KeypressEvent & { sequence?: string };

/**
 * Ctrl-C as the run's keyboard passes it on (see keyboard.ts): a key that readline and every
 * prompt ignore, so that no prompt can end on it, and that stops the run once the keys before it
 * have been applied.
 */
export const INTERRUPT_KEY: Key = Object.freeze({ name: 'interrupt', ctrl: false, meta: false, shift: false });

/**
 * Keys typed ahead, per input: read after a prompt had its answer (a paste of "1234", or fast
 * typing that arrives in one read), or between two prompts, waiting for the next prompt. Without
 * them, readline hands every key of a chunk to the prompt that was listening, and all but the first
 * would be lost.
 */
const heldKeys = new WeakMap<NodeJS.ReadableStream, Key[]>();
const interrupters = new WeakMap<NodeJS.ReadableStream, () => void>();

/** Keeps a key that reached a prompt after its answer, for the next prompt on the same input. */
export function holdTypedAhead(input: NodeJS.ReadableStream, key: Key): void {
  const keys = heldKeys.get(input) ?? [];
  keys.push(key);
  heldKeys.set(input, keys);
}

/** What INTERRUPT_KEY does on this input when its turn comes. */
export function onInterruptKey(input: NodeJS.ReadableStream, interrupt: () => void): void {
  interrupters.set(input, interrupt);
}

/**
 * Hands a key to the prompt listening on the input, or holds it when none is (while an answer is
 * being saved). INTERRUPT_KEY takes effect when no key is waiting ahead of it and no prompt holds
 * it: a prompt that already had its answer holds it, so that its answer is saved first.
 */
export function passKey(input: NodeJS.ReadableStream, key: Key): void {
  if (input.listenerCount('keypress') === 0) {
    if (key === INTERRUPT_KEY && !heldKeys.has(input)) interrupters.get(input)?.();
    else holdTypedAhead(input, key);
    return;
  }
  input.emit('keypress', key.sequence, key);
  if (key === INTERRUPT_KEY && heldKeys.get(input)?.at(-1) !== key) interrupters.get(input)?.();
}

/** Applies a Ctrl-C still held when no prompt is left to take the keys before it (they came after the last answer). */
export function interruptIfHeld(input: NodeJS.ReadableStream): void {
  if (heldKeys.get(input)?.includes(INTERRUPT_KEY)) interrupters.get(input)?.();
}

/**
 * Starts a prompt, then hands it the keys typed ahead of it, one at a time and in order, as readline
 * would have: a prompt sets up its key listeners synchronously as it starts, and each key is
 * handled (and the prompt redrawn) before the next. Keys the prompt does not need, because it had
 * its answer, are held again for the one after.
 */
export function withKeysTypedAhead<T>(input: NodeJS.ReadableStream, start: () => Promise<T>): Promise<T> {
  const answer = start();
  const keys = heldKeys.get(input) ?? [];
  heldKeys.delete(input);
  for (const key of keys) passKey(input, key);
  return answer;
}

/**
 * Drops the keys typed ahead of a free-text prompt, before it starts: a free-text answer takes only
 * what is typed while it is on screen, so that digits meant for the ratings before it (a paste, a
 * key pressed twice) never become a note saying "4". A Ctrl-C among them still stops the run.
 * Returns whether any key was dropped, so that the prompt can say so.
 */
export function discardTypedAhead(input: NodeJS.ReadableStream): boolean {
  const keys = heldKeys.get(input);
  if (!keys) return false;
  if (keys.includes(INTERRUPT_KEY)) heldKeys.set(input, [INTERRUPT_KEY]);
  else heldKeys.delete(input);
  return keys.some((key) => key !== INTERRUPT_KEY);
}
