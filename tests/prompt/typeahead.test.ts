import { messagesFor } from '../../src/core/i18n/messages.js';
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { likertPrompt, type LikertConfig } from '../../src/prompt/likert.js';
import { textPrompt } from '../../src/prompt/text.js';
import { discardTypedAhead, INTERRUPT_KEY, onInterruptKey, passKey, withKeysTypedAhead } from '../../src/prompt/typeahead.js';

const view = { theme: 'Listening', number: 1, total: 3, isFirst: false, skippedBefore: false, style: new Chalk({ level: 0 }), messages: messagesFor('en') };
const rating: LikertConfig = { ...view, text: 'I listen first.', labels: ['Rarely', 'Sometimes', 'Often', 'Always'], min: 1 };

const digit = (d: string) => ({ name: d, sequence: d, ctrl: false, meta: false, shift: false });

/** A terminal's two ends as streams: keys written to input, the screen drained from output. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  return { input, output };
}

/** The answer, or 'pending' when the prompt is still waiting (for keys that were lost) well after they were sent. */
async function settledWithin<T>(answer: Promise<T>): Promise<T | 'pending'> {
  const pending = new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 200));
  return Promise.race([answer, pending]);
}

describe('keys typed ahead', () => {
  it('answer the next prompts when several arrive in one read', async () => {
    const context = terminal();
    const first = withKeysTypedAhead(context.input, () => likertPrompt(rating, context));
    context.input.write('23s');
    expect(await settledWithin(first)).toEqual({ answer: 2 });
    expect(await settledWithin(withKeysTypedAhead(context.input, () => likertPrompt(rating, context)))).toEqual({ answer: 3 });
    expect(await settledWithin(withKeysTypedAhead(context.input, () => likertPrompt(rating, context)))).toEqual({ skip: true });
  });

  it('reach a free-text prompt as typing, Enter included', async () => {
    const context = terminal();
    const first = withKeysTypedAhead(context.input, () => likertPrompt(rating, context));
    context.input.write('4More time\r');
    expect(await settledWithin(first)).toEqual({ answer: 4 });
    const text = withKeysTypedAhead(context.input, () => textPrompt({ ...view, text: 'What would help?' }, context));
    expect(await settledWithin(text)).toEqual({ answer: 'More time' });
  });
});

describe('discardTypedAhead, as the run calls it before a free-text prompt', () => {
  it('drops the keys held for the prompt and says it did, so that the prompt starts empty', async () => {
    const context = terminal();
    const first = withKeysTypedAhead(context.input, () => likertPrompt(rating, context));
    context.input.write('44\r');
    expect(await settledWithin(first)).toEqual({ answer: 4 });
    expect(discardTypedAhead(context.input)).toBe(true);
    expect(discardTypedAhead(context.input)).toBe(false);
    const text = withKeysTypedAhead(context.input, () => textPrompt({ ...view, text: 'What would help?' }, context));
    expect(await settledWithin(text)).toBe('pending');
    context.input.write('More time\r');
    expect(await settledWithin(text)).toEqual({ answer: 'More time' });
  });

  it('keeps a Ctrl-C among them, which stops the run when the prompt starts', () => {
    const context = terminal();
    let interrupted = 0;
    onInterruptKey(context.input, () => interrupted++);
    passKey(context.input, digit('4'));
    passKey(context.input, INTERRUPT_KEY);
    expect(interrupted).toBe(0);
    expect(discardTypedAhead(context.input)).toBe(true);
    void withKeysTypedAhead(context.input, () => textPrompt({ ...view, text: 'What would help?' }, context)).catch(() => undefined);
    expect(interrupted).toBe(1);
  });
});

describe('Ctrl-C among keys typed ahead', () => {
  it('takes effect only once the keys before it have answered their questions', async () => {
    const context = terminal();
    let interrupted = 0;
    onInterruptKey(context.input, () => interrupted++);
    const first = withKeysTypedAhead(context.input, () => likertPrompt(rating, context));
    for (const key of [digit('3'), digit('4'), INTERRUPT_KEY]) passKey(context.input, key);
    expect(await settledWithin(first)).toEqual({ answer: 3 });
    expect(interrupted).toBe(0);
    // Between two questions (an answer being saved), nobody listens: the keys wait, Ctrl-C behind them.
    passKey(context.input, INTERRUPT_KEY);
    expect(interrupted).toBe(0);
    expect(await settledWithin(withKeysTypedAhead(context.input, () => likertPrompt(rating, context)))).toEqual({ answer: 4 });
    expect(interrupted).toBe(0);
    void withKeysTypedAhead(context.input, () => likertPrompt(rating, context)).catch(() => undefined);
    expect(interrupted).toBe(2);
  });

  it('takes effect at once when no key is waiting, whether or not a question is showing', () => {
    const context = terminal();
    let interrupted = 0;
    onInterruptKey(context.input, () => interrupted++);
    passKey(context.input, INTERRUPT_KEY);
    expect(interrupted).toBe(1);
    void withKeysTypedAhead(context.input, () => likertPrompt(rating, context)).catch(() => undefined);
    passKey(context.input, INTERRUPT_KEY);
    expect(interrupted).toBe(2);
  });
});
