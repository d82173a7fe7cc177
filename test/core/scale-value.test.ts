import { describe, expect, it } from 'vitest';
import { parseScaleValue } from '../../src/core/answers/value.js';

const scale = { id: 'f', min: 0, max: 3, labels: ['Never', 'Now and then', 'Often', 'Always'] };

describe('parseScaleValue', () => {
  it('takes whole numbers on the scale, numeric text, and labels in any case and spacing', () => {
    expect(parseScaleValue(0, scale)).toEqual({ ok: true, value: 0 });
    expect(parseScaleValue(' 3 ', scale)).toEqual({ ok: true, value: 3 });
    expect(parseScaleValue('  now  AND then ', scale)).toEqual({ ok: true, value: 1 });
    expect(parseScaleValue('always', scale)).toEqual({ ok: true, value: 3 });
  });

  it('treats null, undefined and empty text as missing, never 0', () => {
    for (const raw of [null, undefined, '', '   ']) expect(parseScaleValue(raw, scale)).toEqual({ ok: true, value: null });
  });

  it('refuses values off the scale, fractions and unknown labels with a message naming the scale', () => {
    expect(parseScaleValue(4, scale)).toEqual({ ok: false, message: '4 is off the scale: use a whole number from 0 to 3' });
    expect(parseScaleValue(-1, scale)).toMatchObject({ ok: false });
    expect(parseScaleValue(1.5, scale)).toMatchObject({ ok: false });
    expect(parseScaleValue('Sometimes', scale)).toEqual({
      ok: false,
      message: '"Sometimes" is not on the scale: use 0 to 3 or one of "Never", "Now and then", "Often", "Always"',
    });
    expect(parseScaleValue(true, scale)).toMatchObject({ ok: false });
  });
});
