import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

/** Reports written before `score --out-dir` was made faster, read by a person (see the README beside them). */
const golden = fixture('score/golden');
const FORMATS = ['text', 'md', 'json', 'html'] as const;

describe('syslead score --out-dir: the same bytes as before it was made faster', () => {
  // The html files were refreshed when issue 18 rewrote the print stylesheet (only the @media print block changed).
  it.each(FORMATS)('writes every %s report as it did at de0908c', async (format) => {
    const out = join(mkdtempSync(join(tmpdir(), 'syslead-golden-')), format);
    const result = await runCli(['score', '--questionnaire', fixture('score/leading.yaml'), join(golden, 'cohort.csv'), '--out-dir', out, '--format', format]);
    // Alex Li answered one item: no theme scores, so the row is skipped and the run is partial.
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('cohort.csv:5:1: error: no theme can be scored');
    const expected = readdirSync(join(golden, format)).sort();
    expect(expected).toHaveLength(2);
    expect(
      readdirSync(out)
        .filter((name) => !name.startsWith('index.'))
        .sort(),
    ).toEqual(expected);
    for (const name of expected) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(golden, format, name), 'utf8'));
  });
});
