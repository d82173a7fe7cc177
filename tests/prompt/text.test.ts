import { messagesFor } from '../../src/core/i18n/messages.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { render } from '../helpers/prompt.js';
import { textPrompt, type TextConfig } from '../../src/prompt/text.js';

const config = (extra: Partial<TextConfig> = {}): TextConfig => ({
  theme: 'Sharing',
  number: 5,
  total: 6,
  text: 'What would help you share more?',
  isFirst: false,
  skippedBefore: false,
  style: new Chalk({ level: 0 }),
  messages: messagesFor('en'),
  ...extra,
});

describe('textPrompt', () => {
  it('saves the text typed, trimmed', async () => {
    const { answer, events, getScreen } = await render(textPrompt, config());
    expect(getScreen()).toContain('5/6  Sharing');
    expect(getScreen()).toContain('Enter skip');
    events.type(' More time ');
    expect(getScreen()).toContain('Enter save');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ answer: 'More time' });
  });

  it('skips on Enter at an empty line', async () => {
    const { answer, events } = await render(textPrompt, config());
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ skip: true });
  });

  it('goes back on Backspace at an empty line, not while deleting text', async () => {
    const { answer, events } = await render(textPrompt, config());
    events.type('ab');
    events.keypress('backspace');
    events.keypress('backspace');
    events.type('c');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ answer: 'c' });

    const back = await render(textPrompt, config());
    back.events.keypress('backspace');
    await expect(back.answer).resolves.toEqual({ back: true });
  });

  it('puts the text given before back on the line', async () => {
    const { answer, events, getScreen } = await render(textPrompt, config({ current: 'Earlier' }));
    expect(getScreen()).toContain('› Earlier');
    events.type('!');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ answer: 'Earlier!' });
  });
});
