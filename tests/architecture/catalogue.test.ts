import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, EN_PARTS } from '../../src/core/i18n/en.js';
import { ROOT } from '../helpers/cli.js';
import { NOT_YET_IN_A_CATALOGUE } from './not-yet-in-a-catalogue.js';
import { isProse, proseIn } from './prose.js';

// Issue 22: every text syslead says to a person comes from a message catalogue. The source is read
// as TypeScript; any string or template holding words (see isProse) outside src/core/i18n fails here,
// with its file and line, unless it is documentation in a schema, a bug's message (new Error), or
// marked `// not said: REASON` on the line before (code or data that only looks like words).
const SRC = join(ROOT, 'src');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('core/i18n/'))
  .sort();
const pending = new Set(Object.values(NOT_YET_IN_A_CATALOGUE).flat());

describe('words for a person', () => {
  it('come from a catalogue in every source file not listed as still to do', () => {
    const found = sources.filter((f) => !pending.has(f)).flatMap((f) => proseIn(join(SRC, f)).map((p) => `src/${f}:${p.line}: ${JSON.stringify(p.text)}`));
    expect(found).toEqual([]);
  });

  it('are still outside a catalogue in every file listed as still to do (a file done leaves the list)', () => {
    const done = [...pending].filter((f) => !sources.includes(f) || proseIn(join(SRC, f)).length === 0);
    expect(done).toEqual([]);
  });

  it('are told from code and data by isProse', () => {
    for (const words of ['Strengths', 'Read next:', 'no score: {} of {} items answered', 'Summary', "the person's answers"]) expect(isProse(words), words).toBe(true);
    for (const code of ['utf8', 'self', '.csv', 'p1-t2', 'aria-labelledby', '{}: {}', '--format', 'M 0 0 L 10 10', 'Content-Type', 'syslead report --format html --out cohort.html forms-export.csv'])
      expect(isProse(code), code).toBe(false);
  });
});

describe('the English catalogue', () => {
  it('holds each key in one part only, named after its part or an earlier use', () => {
    const parts = Object.values(EN_PARTS);
    expect(parts.reduce<number>((n, part) => n + Object.keys(part).length, 0)).toBe(Object.keys(EN).length);
    for (const [name, part] of Object.entries(EN_PARTS)) {
      if (name === 'run') continue; // The run's keys came first, under the names of their screens.
      for (const key of Object.keys(part)) expect(key.startsWith(`${name}.`), key).toBe(true);
    }
  });
});
