import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { messagesFor } from '../../src/core/i18n/messages.js';
import { describe, expect, it } from 'vitest';
import { LineReader, plainConfirm, plainLikert, plainText, type PlainTerminal } from '../../src/prompt/plain.js';
import type { Input } from '../../src/terminal/io.js';

const view = { theme: 'Listening · Hearing', about: 'Hearing what partners say.', number: 2, total: 9, isFirst: false, skippedBefore: false, style: new Chalk({ level: 0 }), messages: messagesFor('en') };
const ELEVEN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** A terminal in cooked mode: lines typed to `type`, what was printed in `printed()`. */
function terminal(controller = new AbortController()) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const plain: PlainTerminal = { lines: new LineReader(input as unknown as Input, controller.signal), output };
  return { plain, type: (text: string) => input.write(text), end: () => input.end(), printed: () => printed, controller };
}

describe('plainLikert', () => {
  it('prints the question once as lines, and takes a number of two digits on an 11-point scale', async () => {
    const t = terminal();
    const answer = plainLikert(t.plain, { ...view, text: 'How likely?', labels: ELEVEN, min: 0 });
    t.type('12\n11\n');
    expect(await answer).toEqual({ answer: 10 });
    expect(t.printed()).toBe(
      [
        '',
        'Question 2 of 9. Theme: Listening, Hearing.',
        'How likely?',
        ...ELEVEN.map((label, index) => `${index + 1}. ${label}`),
        'Your answer, 1 to 11 (b back, s skip, ? about the theme): Type a number from 1 to 11, b to go back, s to skip, ? about the theme, then press Enter.',
        'Your answer, 1 to 11 (b back, s skip, ? about the theme): ',
      ].join('\n'),
    );
  });

  it('keeps the "not observed" answer given before on Enter alone, and takes N for it', async () => {
    const t = terminal();
    const config = { ...view, text: 'They listen.', labels: ['Rarely', 'Often'], min: 1, notApplicable: ['Not observed', "Don't know"], currentNotObserved: true };
    const kept = plainLikert(t.plain, config);
    t.type('\n');
    expect(await kept).toEqual({ notObserved: 'Not observed' });
    expect(t.printed()).toContain("n. Not observed / Don't know\nYour answer before: n. Not observed / Don't know. Enter alone keeps it.\n");
    const typed = plainLikert(t.plain, { ...config, currentNotObserved: false });
    t.type(' N \n');
    expect(await typed).toEqual({ notObserved: 'Not observed' });
  });

  it('shows the theme on ?, then asks again; goes back on B', async () => {
    const t = terminal();
    const answer = plainLikert(t.plain, { ...view, text: 'I listen.', labels: ['Rarely', 'Often'], min: 1 });
    t.type('?\nB\n');
    expect(await answer).toEqual({ back: true });
    expect(t.printed()).toContain('(b back, s skip, ? about the theme): Hearing what partners say.\nYour answer');
  });

  it('fails, as a prompt does, when the run is stopped or the input ends, once the lines already read are taken', async () => {
    const t = terminal();
    t.type('2\n');
    await new Promise((resolve) => setImmediate(resolve));
    t.controller.abort('SIGINT');
    expect(await plainLikert(t.plain, { ...view, text: 'I listen.', labels: ['Rarely', 'Often'], min: 1 })).toEqual({ answer: 2 });
    await expect(plainLikert(t.plain, { ...view, text: 'I listen.', labels: ['Rarely', 'Often'], min: 1 })).rejects.toMatchObject({ name: 'AbortPromptError' });

    const ended = terminal();
    const answer = plainConfirm(ended.plain, 'Carry on?', messagesFor('en'));
    ended.end();
    await expect(answer).rejects.toMatchObject({ name: 'AbortPromptError' });
  });
});

describe('plainText', () => {
  it('keeps the answer given before on Enter alone, skips on s, and takes any other line as the answer', async () => {
    const t = terminal();
    const config = { ...view, text: 'What would help?', current: 'More time' };
    const kept = plainText(t.plain, config);
    await new Promise((resolve) => setImmediate(resolve));
    t.type('\n');
    expect(await kept).toEqual({ answer: 'More time' });
    expect(t.printed()).toContain('Your answer before: More time. Enter alone keeps it.\nYour answer, in your own words (Enter alone keeps your answer; b back, s skip, ? about the theme): ');
    const skipped = plainText(t.plain, config);
    t.type('s\n');
    expect(await skipped).toEqual({ skip: true });
    const given = plainText(t.plain, { ...view, text: 'What would help?' });
    t.type('  A partner to ask  \n');
    expect(await given).toEqual({ answer: 'A partner to ask' });
  });
});
