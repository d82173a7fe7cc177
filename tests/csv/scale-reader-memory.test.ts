import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScaleValue } from '../../src/core/answers/value.js';
import { scaleReader } from '../../src/core/csv/scale-reader.js';
import { survey } from './survey.js';

/**
 * A scale reader remembers the cells it has read (the first few of each short length compared
 * directly, the rest in a map, past a bound none): whatever order cells come in, and however many
 * share a length, every cell must read as parseScaleValue reads it alone.
 */
const scales = [survey.scales.frequency!, { id: 'odd', min: 0, max: 3, labels: ['2', ' Not  at all ', 'one', 'ONE'], notApplicable: [] }];
// Many distinct cells of one length (more than are compared directly), labels and numbers among them.
const sameLength = Array.from({ length: 20 }, (_, i) => `x${String(i).padStart(2, '0')}`).concat(['one', 'ONE', ' 3 ', '03', '2.0']);
const cell = fc.oneof(fc.constantFrom(...sameLength), fc.constantFrom('', '3', 'often', 'OFTEN', 'almost   always', ' not at all', 'One', '9999999'), fc.string({ maxLength: 4 }));

describe('a scale reader that remembers its cells', () => {
  it('reads every cell of a run as parseScaleValue reads it alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scales), fc.array(cell, { minLength: 1, maxLength: 120 }), (scale, cells) => {
        const read = scaleReader(scale);
        for (const text of [...cells, ...cells]) expect(read(text)).toEqual(parseScaleValue(text, scale));
      }),
    );
  });

  it('reads a cell where it stands in a longer text as parseScaleValue reads it alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scales), fc.array(fc.tuple(fc.string({ maxLength: 3 }), cell, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 120 }), (scale, cells) => {
        const read = scaleReader(scale);
        for (const [before, text, after] of [...cells, ...cells]) expect(read.at(before + text + after, before.length, before.length + text.length)).toEqual(parseScaleValue(text, scale));
      }),
    );
  });

  it('reads alike past the bound of cells remembered', () => {
    const scale = scales[0]!;
    const read = scaleReader(scale);
    const cells = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? `c${i}` : i % 3 === 1 ? 'often' : String(i % 7)));
    for (const text of [...cells, ...cells]) expect(read(text)).toEqual(parseScaleValue(text, scale));
  });
});
