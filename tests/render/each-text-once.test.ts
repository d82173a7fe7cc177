import { describe, expect, it } from 'vitest';
import { eachTextOnce } from '../../src/render/bilingual.js';

describe('texts made in each language, each once', () => {
  it('keeps the first of texts alike, whatever their tags, and every text that differs, in order', () => {
    expect(
      eachTextOnce([
        { text: '75%', tag: 'cy-GB' },
        { text: '75%', tag: 'en-GB' },
      ]),
    ).toEqual([{ text: '75%', tag: 'cy-GB' }]);
    expect(
      eachTextOnce([
        { text: 'Cryfderau', tag: 'cy-GB' },
        { text: 'Strengths', tag: 'en-GB' },
      ]),
    ).toEqual([
      { text: 'Cryfderau', tag: 'cy-GB' },
      { text: 'Strengths', tag: 'en-GB' },
    ]);
    expect(eachTextOnce([])).toEqual([]);
  });
});
