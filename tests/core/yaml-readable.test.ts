import { describe, expect, it } from 'vitest';
import { readablePart } from '../../src/core/yaml-readable.js';

describe('readablePart: the entries a misread line falls in are blanked, their keys dropped', () => {
  it('takes the key of a blanked entry as written: plain, quoted, spaced before its colon, or without a colon', () => {
    // Line 1 is misread; line 2 is not, and is kept.
    expect(readablePart('title : x\nid: y\n', [{ from: 1, to: 1 }])).toEqual({ text: '\nid: y\n', dropped: new Set(['title']) });
    expect(readablePart('"my key" : x\nid: y\n', [{ from: 1, to: 1 }])).toEqual({ text: '\nid: y\n', dropped: new Set(['my key']) });
    expect(readablePart("'k': x\n", [{ from: 1, to: 1 }]).dropped).toEqual(new Set(['k']));
    expect(readablePart('description the text\n', [{ from: 1, to: 1 }]).dropped).toEqual(new Set(['description']));
  });

  it('reads a line of 200,000 spaces with no colon at once (the key pattern gave the spaces back one by one: hours)', () => {
    const line = `a${' '.repeat(200_000)}b`;
    expect(readablePart(`${line}\nid: x\n`, [{ from: 1, to: 1 }])).toEqual({ text: '\nid: x\n', dropped: new Set(['a']) });
  });
});
