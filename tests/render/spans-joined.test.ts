import { describe, expect, it } from 'vitest';
import { spansJoined } from '../../src/render/bilingual.js';

describe('spansJoined: markup in two languages on one line', () => {
  it('puts each part in its own span lang, joined by " / "', () => {
    expect(
      spansJoined([
        { tag: 'cy', html: 'Crynodeb' },
        { tag: 'en', html: 'Summary' },
      ]),
    ).toBe('<span lang="cy">Crynodeb</span> / <span lang="en">Summary</span>');
  });

  it('joins by " // " when a part holds " / " itself, as every bilingual report does', () => {
    expect(
      spansJoined([
        { tag: 'cy', html: 'Thema / agwedd' },
        { tag: 'en', html: 'Theme / facet' },
      ]),
    ).toBe('<span lang="cy">Thema / agwedd</span> // <span lang="en">Theme / facet</span>');
  });

  it('escapes the tag, never the markup it is given', () => {
    expect(spansJoined([{ tag: 'x"y', html: '<b>a</b>' }])).toBe('<span lang="x&quot;y"><b>a</b></span>');
  });
});
