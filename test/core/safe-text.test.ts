import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/core/safe-text.js';

describe('safeText', () => {
  it('neutralises CSI, OSC (hyperlinks, clipboard), C1 controls and a lone ESC', () => {
    const hostile = [
      '\u001b[2J\u001b[H', // clear screen, cursor home
      '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', // OSC 8 forged link
      '\u001b]52;c;ZXZpbA==\u0007', // OSC 52 set clipboard
      '\u009b31m', // C1 CSI
      '\u009d0;title\u009c', // C1 OSC ... ST
      'lone \u001b here',
      'bell\u0007 backspace\u0008 delete\u007f',
    ].join('|');
    const out = safeText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out).toContain('\\u001b[2J');
    expect(out).toContain('click');
  });

  it('keeps ordinary text, accents and emoji as they are', () => {
    expect(safeText('Café – “quoted” 👍 ünïcode')).toBe('Café – “quoted” 👍 ünïcode');
  });

  it('turns line breaks into spaces unless asked to keep them', () => {
    expect(safeText('a\nb\tc\r')).toBe('a b c ');
    expect(safeText('a\nb\tc', { keepNewlines: true })).toBe('a\nb\tc');
  });

  it('neutralises bidirectional overrides that could disguise text', () => {
    expect(safeText('abc\u202edcba')).toBe('abc\\u202edcba');
  });
});
