import { messagesFor } from '../../src/core/i18n/messages.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { render } from '../helpers/prompt.js';
import { likertPrompt, type LikertConfig } from '../../src/prompt/likert.js';

const plain = new Chalk({ level: 0 });

const config = (extra: Partial<LikertConfig> = {}): LikertConfig => ({
  theme: 'Shared values',
  about: 'Finding the values that partners share.',
  number: 3,
  total: 12,
  text: 'I look for what partners value before I propose a plan.',
  labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'],
  min: 1,
  isFirst: false,
  skippedBefore: false,
  style: plain,
  messages: messagesFor('en'),
  ...extra,
});

/** Whether the prompt's answer has settled after the events so far. */
async function settled(answer: Promise<unknown>): Promise<boolean> {
  let done = false;
  void answer.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('likertPrompt', () => {
  it('shows the progress, the theme, the statement and the labels numbered from 1', async () => {
    const { getScreen, answer, events } = await render(likertPrompt, config());
    const screen = getScreen();
    expect(screen).toContain('3/12  Shared values');
    expect(screen).toContain('I look for what partners value before I propose a plan.');
    expect(screen).toMatch(/1 {2}Rarely\n.*2 {2}Sometimes\n.*3 {2}Often\n.*4 {2}Usually\n.*5 {2}Almost always/);
    expect(screen).toContain('1-5 answer');
    events.keypress('3');
    await expect(answer).resolves.toEqual({ answer: 3 });
  });

  it('stores min + position - 1, so keys are positions on a scale that starts at 0', async () => {
    const { answer, events } = await render(likertPrompt, config({ labels: ['Never', 'Sometimes', 'Always'], min: 0 }));
    events.keypress('1');
    await expect(answer).resolves.toEqual({ answer: 0 });
  });

  it('ignores a number beyond the scale and says what to press', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config());
    events.keypress('7');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('Choose 1 to 5.');
    events.keypress('5');
    await expect(answer).resolves.toEqual({ answer: 5 });
  });

  it('answers with the arrows and Enter', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config());
    events.keypress('down');
    events.keypress('down');
    events.keypress('down');
    events.keypress('up');
    expect(getScreen()).toMatch(/❯ 2 {2}Sometimes/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ answer: 2 });
  });

  it('does not answer on Enter before anything is chosen', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config());
    events.keypress('enter');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('Press a number from 1 to 5, or s to skip.');
  });

  it('preselects the answer given before, so Enter keeps it', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config({ current: 4 }));
    expect(getScreen()).toMatch(/❯ 4 {2}Usually {2}← your answer/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ answer: 4 });
  });

  it('goes back on b', async () => {
    const { answer, events } = await render(likertPrompt, config());
    events.keypress('b');
    await expect(answer).resolves.toEqual({ back: true });
  });

  it('goes back on Backspace', async () => {
    const { answer, events } = await render(likertPrompt, config());
    events.keypress('backspace');
    await expect(answer).resolves.toEqual({ back: true });
  });

  it('stays at the first question, saying there is nothing to go back to', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config({ isFirst: true }));
    expect(getScreen()).not.toContain('b back');
    events.keypress('b');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('This is the first question');
  });

  it('offers a scale\'s "not observed" answers as one more line, chosen with n and saved as the first', async () => {
    const notApplicable = ['Not observed', "Don't know"];
    const { answer, events, getScreen } = await render(likertPrompt, config({ notApplicable }));
    expect(getScreen()).toMatch(/5 {2}Almost always\n.*n {2}Not observed \/ Don't know/);
    expect(getScreen()).toContain('n not observed');
    events.keypress('7');
    expect(getScreen()).toContain('Choose 1 to 5, or n for Not observed.');
    events.keypress('n');
    await expect(answer).resolves.toEqual({ notObserved: 'Not observed' });
  });

  it('reaches "not observed" with the arrows too, and preselects it when it was the answer', async () => {
    const notApplicable = ['Not observed'];
    const { answer, events, getScreen } = await render(likertPrompt, config({ notApplicable, currentNotObserved: true }));
    expect(getScreen()).toMatch(/❯ n {2}Not observed {2}← your answer/);
    events.keypress('up');
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ notObserved: 'Not observed' });
  });

  it('has no n choice on a scale without "not observed" answers', async () => {
    const { answer, events, getScreen } = await render(likertPrompt, config());
    expect(getScreen()).not.toContain('not observed');
    events.keypress('n');
    expect(await settled(answer)).toBe(false);
  });

  it('skips on s', async () => {
    const { answer, events } = await render(likertPrompt, config());
    events.keypress('s');
    await expect(answer).resolves.toEqual({ skip: true });
  });

  it('shows and hides what the theme is about on ?', async () => {
    const { events, getScreen } = await render(likertPrompt, config());
    expect(getScreen()).not.toContain('Finding the values');
    events.keypress('?');
    expect(getScreen()).toContain('Finding the values that partners share.');
    events.keypress('?');
    expect(getScreen()).not.toContain('Finding the values');
  });

  it('takes 10 and 11 as two digits on an 11-point scale, and 1 then Enter as 1', async () => {
    const labels = Array.from({ length: 11 }, (_, i) => `Point ${i}`);
    const eleven = await render(likertPrompt, config({ labels, min: 0 }));
    eleven.events.keypress('1');
    expect(await settled(eleven.answer)).toBe(false);
    eleven.events.keypress('1');
    await expect(eleven.answer).resolves.toEqual({ answer: 10 });

    const ten = await render(likertPrompt, config({ labels, min: 0 }));
    ten.events.keypress('1');
    ten.events.keypress('0');
    await expect(ten.answer).resolves.toEqual({ answer: 9 });

    const one = await render(likertPrompt, config({ labels, min: 0 }));
    one.events.keypress('1');
    one.events.keypress('enter');
    await expect(one.answer).resolves.toEqual({ answer: 0 });
  });

  it('neutralises control characters in questionnaire text', async () => {
    const { getScreen } = await render(likertPrompt, config({ text: 'Evil \u001b]52;c;aGk=\u0007 text' }));
    expect(getScreen({ raw: true })).not.toContain('\u001b]52');
    expect(getScreen()).toContain('Evil \\u001b]52;c;aGk=\\u0007 text');
  });
});
