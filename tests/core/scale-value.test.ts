import { describe, expect, it } from 'vitest';
import { parseScaleValue } from '../../src/core/answers/value.js';

const scale = { id: 'f', min: 0, max: 3, labels: ['Never', 'Now and then', 'Often', 'Always'], notApplicable: ["Don't know"] };

describe('parseScaleValue', () => {
  it('takes whole numbers on the scale, numeric text, and labels in any case and spacing', () => {
    expect(parseScaleValue(0, scale)).toEqual({ ok: true, value: 0 });
    expect(parseScaleValue(' 3 ', scale)).toEqual({ ok: true, value: 3 });
    expect(parseScaleValue('  now  AND then ', scale)).toEqual({ ok: true, value: 1 });
    expect(parseScaleValue('always', scale)).toEqual({ ok: true, value: 3 });
  });

  it("read through a translation, takes the source's labels and not-observed answers as the same points and answers, after its own", () => {
    const welsh = { ...scale, labels: ['Byth', 'Weithiau', 'Yn aml', 'Bob amser'], notApplicable: ['Ddim yn gwybod'], sourceLabels: scale.labels, sourceNotApplicable: scale.notApplicable };
    expect(parseScaleValue('yn aml', welsh)).toEqual({ ok: true, value: 2 });
    expect(parseScaleValue('Often', welsh)).toEqual({ ok: true, value: 2 });
    expect(parseScaleValue("don't KNOW", welsh)).toEqual({ ok: true, value: null, notObserved: 'Ddim yn gwybod' });
    expect(parseScaleValue('Often', { ...scale, labels: welsh.labels })).toMatchObject({ ok: false });
  });

  it('treats null, undefined and empty text as missing, never 0', () => {
    for (const raw of [null, undefined, '', '   ']) expect(parseScaleValue(raw, scale)).toEqual({ ok: true, value: null });
  });

  it('reads a "not observed" answer in any case and spacing as no point, with the scale\'s own spelling', () => {
    expect(parseScaleValue("  DON'T   know ", scale)).toEqual({ ok: true, value: null, notObserved: "Don't know" });
  });

  it('refuses values off the scale, fractions and unknown labels with a message naming the scale', () => {
    expect(parseScaleValue(4, scale)).toEqual({ ok: false, message: '4 is off the scale: use a whole number from 0 to 3' });
    expect(parseScaleValue(-1, scale)).toMatchObject({ ok: false });
    expect(parseScaleValue(1.5, scale)).toMatchObject({ ok: false });
    expect(parseScaleValue('Sometimes', scale)).toEqual({
      ok: false,
      message: '"Sometimes" is not on the scale: use 0 to 3 or one of "Never", "Now and then", "Often", "Always", "Don\'t know"',
    });
    expect(parseScaleValue(true, scale)).toMatchObject({ ok: false });
  });

  it('reads text on a scale whose labels are numbers by one rule, refusing what could be read two ways', () => {
    // Labels "1" to "5" on points 0 to 4: "1" is the label of 0 and also the point 1.
    const shifted = { id: 's', min: 0, max: 4, labels: ['1', '2', '3', '4', '5'], notApplicable: [] };
    expect(parseScaleValue('0', shifted)).toEqual({ ok: true, value: 0 });
    expect(parseScaleValue('5', shifted)).toEqual({ ok: true, value: 4 });
    for (const text of ['1', ' 2 ', '3.0', '4']) {
      expect(parseScaleValue(text, shifted)).toMatchObject({ ok: false, message: expect.stringContaining('is ambiguous on this scale') });
    }
    expect(parseScaleValue('1', shifted)).toEqual({
      ok: false,
      message: '"1" is ambiguous on this scale: it is the label of point 0 and also the point 1 (of 0 to 4); the questionnaire\'s labels should be words, or the numbers of their own points',
    });
    // Labels "0" to "4" on points 1 to 5.
    const below = { id: 'b', min: 1, max: 5, labels: ['0', '1', '2', '3', '4'], notApplicable: [] };
    expect(parseScaleValue('0', below)).toEqual({ ok: true, value: 1 });
    expect(parseScaleValue('5', below)).toEqual({ ok: true, value: 5 });
    expect(parseScaleValue('3', below)).toMatchObject({ ok: false });
    // Labels that are their own points read as either, alike, whatever the spelling of the number.
    const own = { id: 'o', min: 1, max: 5, labels: ['1', '2', '3', '4', '5'], notApplicable: [] };
    for (const text of ['1', '1.0', '+1', ' 1 ']) expect(parseScaleValue(text, own)).toEqual({ ok: true, value: 1 });
    // A number, as an answer file holds it, is always a point.
    expect(parseScaleValue(1, shifted)).toEqual({ ok: true, value: 1 });
  });
});
