import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapScreen } from '../../src/render/wrap.js';

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const style = new Chalk({ level: 1 });
const sentence = 'Your answers stay on this computer, in /home/someone/.local/share/syslead. Each answer is saved as you give it.';

describe('wrapScreen: no wrapped line begins with a space', () => {
  it.each([20, 33, 40, 61, 80])('at %i columns, plain and styled lines, with and without an indent', (columns) => {
    const screen = [sentence, '', `    ${sentence}`, `${style.bold('Keys:')} ${style.bold('1-5')} answer   ${style.bold('b')} back   ${style.dim(sentence)}`].join('\n');
    const lines = wrapScreen(screen, columns).split('\n');
    // The continuations of the indented line keep its four spaces and nothing more.
    const indented = lines.slice(lines.indexOf('') + 1).filter((l) => l.startsWith('    '));
    expect(indented.length).toBeGreaterThan(1);
    for (const line of indented) expect(line[4]).not.toBe(' ');
    for (const line of lines.map(strip)) {
      expect(stringWidth(line)).toBeLessThanOrEqual(columns);
      if (!line.startsWith('    ')) expect(line.startsWith(' ')).toBe(false);
    }
    // Only line breaks (and a cut in a word longer than a line) are made: the characters are the same.
    expect(strip(lines.join('')).replace(/\s/g, '')).toBe(strip(screen).replace(/\s/g, ''));
  });

  it('leaves a screen that fits as it is', () => {
    expect(wrapScreen('a short line\n\n  indented', 80)).toBe('a short line\n\n  indented');
  });

  it('gives @inquirer/core nothing more to wrap, where its wrapping starts a line with a space', async () => {
    const { default: wrapAnsi } = await import('wrap-ansi');
    // @inquirer/core's breakLines: wrap-ansi with { trim: false, hard: true }, each line's end trimmed.
    const breakLines = (s: string, w: number) =>
      s
        .split('\n')
        .flatMap((l) =>
          wrapAnsi(l, w, { trim: false, hard: true })
            .split('\n')
            .map((x) => x.trimEnd()),
        )
        .join('\n');
    expect(
      breakLines(sentence, 40)
        .split('\n')
        .slice(1)
        .some((l) => l.startsWith(' ')),
    ).toBe(true);
    const wrapped = wrapScreen(sentence, 40);
    expect(breakLines(wrapped, 40)).toBe(wrapped);
  });
});
