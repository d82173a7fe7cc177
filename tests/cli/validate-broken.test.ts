/**
 * The corpus of broken questionnaires (issue 21): each file in tests/fixtures/broken/ has one
 * mistake, as someone editing the file by hand makes it, and beside it the exact lines `syslead
 * validate` must print for it (NAME.stderr): one problem per cause, in plain words, at its line and
 * column, in the order of the file. A file with several mistakes of different kinds shows that they
 * are found in one pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const DIR = 'tests/fixtures/broken';
/** The corpus, and beside it in pairs/ a self form with observer forms that do and do not pair with it. */
const names = ['', 'pairs/'].flatMap((folder) =>
  readdirSync(join(ROOT, DIR, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${folder}${name.slice(0, -'.yaml'.length)}`),
);

describe('syslead validate on the corpus of broken questionnaires', () => {
  it('has a file for each kind of mistake', () => {
    expect(names.length).toBeGreaterThanOrEqual(35);
  });

  for (const name of names) {
    it(`${name}.yaml: exactly the lines of ${name}.stderr, and exit 1 when one is an error`, async () => {
      const file = `${DIR}/${name}.yaml`;
      const expected = readFileSync(join(ROOT, DIR, `${name}.stderr`), 'utf8');
      const r = await runCli(['validate', file], { env: { SYSLEAD_NO_CACHE: '1' } });
      expect(r.stderr).toBe(expected);
      expect(r.code).toBe(/: error: /.test(expected) ? 1 : 0);
      expect(r.stdout).toBe('');
    });
  }

  it('one tab gives one error, however many lines it makes the parser misread', async () => {
    const r = await runCli(['validate', '--json', `${DIR}/tab-indent.yaml`], { env: { SYSLEAD_NO_CACHE: '1' } });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: `${DIR}/tab-indent.yaml`,
        line: 15,
        column: 1,
        severity: 'error',
        message: 'this line is indented with a tab: YAML needs spaces. Replace the tab with spaces (most editors can be set to insert spaces for the Tab key)',
      },
    ]);
  });
});
