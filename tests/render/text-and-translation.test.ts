import { describe, expect, it } from 'vitest';
import { textAndTranslation } from '../../src/render/bilingual.js';

describe('textAndTranslation', () => {
  it('gives a text and its translation, each with its tag', () => {
    expect(textAndTranslation('Gwrando', 'cy-GB', 'Listening', 'en-GB')).toEqual([
      { text: 'Gwrando', tag: 'cy-GB' },
      { text: 'Listening', tag: 'en-GB' },
    ]);
  });

  it('gives the text alone with no translation, the same one, or no language for it', () => {
    expect(textAndTranslation('SL-360', 'cy-GB', 'SL-360', 'en-GB')).toEqual([{ text: 'SL-360', tag: 'cy-GB' }]);
    expect(textAndTranslation('Gwrando', 'cy-GB', undefined, 'en-GB')).toEqual([{ text: 'Gwrando', tag: 'cy-GB' }]);
    expect(textAndTranslation('Gwrando', 'cy-GB', 'Listening', undefined)).toEqual([{ text: 'Gwrando', tag: 'cy-GB' }]);
  });
});
