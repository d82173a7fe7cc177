import type { KeypressEvent } from '@inquirer/core';

/** A key as readline reads it: the characters it came from, and its name. */
type Key = KeypressEvent & { sequence?: string };

/**
 * Keys typed ahead, per input: read after a prompt had its answer (a paste of "1234", or fast
 * typing that arrives in one read), waiting for the next prompt. Without them, readline hands every
 * key of a chunk to the prompt that was listening, and all but the first would be lost.
 */
const heldKeys = new WeakMap<NodeJS.ReadableStream, Key[]>();

/** Keeps a key that reached a prompt after its answer, for the next prompt on the same input. */
export function holdTypedAhead(input: NodeJS.ReadableStream, key: Key): void {
  const keys = heldKeys.get(input) ?? [];
  keys.push(key);
  heldKeys.set(input, keys);
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
  for (const key of keys) input.emit('keypress', key.sequence, key);
  return answer;
}
