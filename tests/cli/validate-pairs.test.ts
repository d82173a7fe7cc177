/**
 * pairs_with (issue 21): validate checks an observer form against the self form it names, as the
 * content tests check the built-in pair, for any questionnaire.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const env = { SYSLEAD_NO_CACHE: '1' };
const OBSERVER = readFileSync(join(ROOT, 'questionnaires/systems-leadership-observer.yaml'), 'utf8');
const PAIRS = join(ROOT, 'tests/fixtures/broken/pairs');
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-pairs-'));
/** The built-in observer form with item mt1 reverse-keyed, as an editor might by mistake, and the line that says so. */
function miskeyed(): { text: string; line: number } {
  const lines = OBSERVER.split('\n');
  const at = lines.findIndex((l) => /^ *- id: mt1$/.test(l));
  expect(at).toBeGreaterThan(0);
  lines.splice(at + 1, 0, `${lines[at]!.replace('- id: mt1', '  keyed: minus')}`);
  return { text: lines.join('\n'), line: at + 2 };
}

describe('validate with pairs_with', () => {
  it('passes the built-in observer form, which pairs with the built-in self form', async () => {
    expect(OBSERVER).toMatch(/^pairs_with: systems-leadership$/m);
    const r = await runCli(['validate', 'questionnaires/systems-leadership-observer.yaml'], { env });
    expect(r.stderr).toBe('✓ questionnaires/systems-leadership-observer.yaml is valid (3 themes, 36 scored items)\n');
    expect(r.code).toBe(0);
  });

  it('finds the built-in self form from anywhere, and reports a changed keying at its line', async () => {
    const file = join(tempDir(), 'observer.yaml');
    const { text, line } = miskeyed();
    writeFileSync(file, text);
    const r = await runCli(['validate', file], { env });
    expect(r.stderr).toBe(`${file}:${line}:20: error: item "mt1": it is keyed "minus" here but "plus" there ("systems-leadership" and this form must agree, or their scores cannot be compared)\n`);
    expect(r.code).toBe(1);
  });

  it('reads the form from stdin, and gives the differences in --json too', async () => {
    const { text, line } = miskeyed();
    const r = await runCli(['validate', '--json', '-'], { env, input: text });
    expect(JSON.parse(r.stdout)).toEqual([{ file: '<stdin>', line, column: 20, severity: 'error', message: expect.stringMatching(/^item "mt1": it is keyed "minus" here/) }]);
    expect(r.code).toBe(1);
  });

  it('finds the self form in a --questionnaires folder when it is not beside the observer form', async () => {
    const dir = tempDir();
    const file = join(dir, 'observer.yaml');
    writeFileSync(file, readFileSync(join(PAIRS, 'coach-observer.yaml')));
    const missing = await runCli(['validate', file], { env });
    expect(missing.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:13: error: pairs_with: no questionnaire has the id "coach-self"`));
    expect(missing.code).toBe(1);
    const found = await runCli(['validate', '--questionnaires', PAIRS, file], { env });
    expect(found.stderr).toBe(`✓ ${file} is valid (2 themes, 6 scored items)\n`);
    expect(found.code).toBe(0);
  });

  it('names a self form that is not valid as the reason, at pairs_with', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'coach-self.yaml'), readFileSync(join(PAIRS, 'coach-self.yaml'), 'utf8').replace('minutes: 1', 'minutes: many'));
    writeFileSync(join(dir, 'observer.yaml'), readFileSync(join(PAIRS, 'coach-observer.yaml')));
    const r = await runCli(['validate', join(dir, 'observer.yaml')], { env });
    expect(r.stderr).toBe(
      `${join(dir, 'observer.yaml')}:3:13: error: pairs_with: "coach-self" is not a valid questionnaire: ${join(dir, 'coach-self.yaml')}: the questionnaire is not valid (see "syslead validate ${join(dir, 'coach-self.yaml')}")\n`,
    );
    expect(r.code).toBe(1);
  });
});
