import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { BOUND_MS, runWithinBound } from '../helpers/bounded.js';

/**
 * The command run in this process (one process, not one per case: started eleven times, the
 * binary once passed the bound under load), timed: `killed` when it ran past the bound.
 */
async function runTimed(args: string[]): Promise<{ code: number | null; killed: boolean; ms: number; stdout: string; stderr: string }> {
  const started = performance.now();
  const r = await runCli(args);
  const ms = Math.round(performance.now() - started);
  return { ...r, ms, killed: ms > BOUND_MS };
}

/** The head of a valid questionnaire (id, scales, bands), up to its themes. */
const head = () => {
  const text = readFileSync(fixture('minimal.yaml'), 'utf8');
  return text.slice(0, text.indexOf('themes:'));
};
const theme = (t: number, items: string) => `  - id: th${t}\n    title: T\n    description: d\n    items:${items}`;

let dir: string;
const file = (name: string) => join(dir, name);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syslead-hostile-q-'));
  const items = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => `      - ${item(i)}\n`).join('');
  // 30,000 problems: 6,000 items with five unknown fields, in themes short enough to pass the size caps' checks.
  writeFileSync(file('problems.yaml'), `${head()}themes:\n${Array.from({ length: 40 }, (_, t) => theme(t, `\n${items(150, (i) => `{id: t${t}i${i}, text: T, a: 1, b: 1, c: 1, d: 1, e: 1}`)}`)).join('')}`);
  // 99 aliases (under the limit of 100) of one list of 8,000 items: 800,000 items once expanded.
  writeFileSync(file('aliases.yaml'), `${head()}themes:\n${theme(0, ` &big\n${items(8000, (i) => `{id: i${i}, text: t}`)}`)}${Array.from({ length: 99 }, (_, t) => theme(t + 1, ' *big\n')).join('')}`);
  // Valid but for its size: the statistics of 5,000 items took 2.5 s and 977 MB.
  writeFileSync(file('items5000.yaml'), `${head()}themes:\n${theme(0, `\n${items(5000, (i) => `{id: i${i}, text: Item ${i}}`)}`)}`);
  // A line of 900,000 spaces between two words and no colon: the misread entry's key was found in time quadratic in its spaces.
  writeFileSync(file('spaces.yaml'), `${head()}a${' '.repeat(900_000)}b\n`);
  // 450,000 quoted values in a row, an error at each: each error read the whole line (hours).
  writeFileSync(file('quotes.yaml'), `${head()}themes: ${"' ".repeat(450_000)}\n`);
  // "key: value: " in brackets opens a level of yaml's parser at each key: it recursed past the stack.
  writeFileSync(file('runaway.yaml'), `${head()}themes: [${'a: b: '.repeat(3000)}\n`);
  writeFileSync(file('two.csv'), 'a1,a2,a3\n1,2,3\n4,5,1\n');
  mkdirSync(file('folder'));
  writeFileSync(file('folder/aliases.yaml'), readFileSync(file('aliases.yaml')));
});

describe('a hostile questionnaire under 1 MiB ends within 5 s and a 300 MB heap, with a located error', () => {
  // The head is 12 lines, "themes:" line 13, the first item line 18. Each aliased theme is 4 lines
  // after the 8,000 items: the 12th alias is the first whose copies pass 500,000 values.
  const cases = {
    'problems.yaml': { at: ':18:29: error: unknown field "a"', lines: 101 },
    'aliases.yaml': { at: `:${17 + 8000 + 4 * 12}:12: error: aliases (*name) would make this file 98 times larger than written`, lines: 1 },
    'items5000.yaml': { at: ':18:7: error: theme 1 (th0), items: may have at most 200 items', lines: 1 },
    'spaces.yaml': { at: ':13:1: error: this line has no ": " after its name', lines: 2 },
    'quotes.yaml': { at: ':13:13: error: more text follows the closing quote or bracket of this value', lines: 1 },
    'runaway.yaml': { at: ':13:197: error: nesting is too deep (more than 64 levels)', lines: 1 },
  };
  for (const [name, expected] of Object.entries(cases)) {
    for (const command of [['validate'], ['report', '--questionnaire'], ['score', '--format', 'json', '--questionnaire']]) {
      it(
        `${command[0]}: ${name}`,
        async () => {
          const args = command[0] === 'validate' ? [...command, file(name)] : [...command, file(name), file('two.csv')];
          const r = await runTimed(args);
          expect(r.killed, `still running after ${BOUND_MS} ms`).toBe(false);
          expect(r.stderr).not.toMatch(/\n\s+at |internal error|heap/i);
          expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(new RegExp(`^${escapeRegExp(file(name) + expected.at)}`, 'm'));
          const problemLines = r.stderr.split('\n').filter((line) => new RegExp(`^${escapeRegExp(file(name))}:\\d+:\\d+: `).test(line));
          expect(problemLines).toHaveLength(expected.lines);
        },
        4 * BOUND_MS,
      );
    }
  }

  it(
    'an alias-swollen questionnaire in a --questionnaires folder does not stop list, or report of an unrelated file',
    async () => {
      const list = await runTimed(['list', '--questionnaires', file('folder')]);
      expect(list.killed).toBe(false);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toContain('systems-leadership-quick');
      const report = await runTimed(['report', '--format', 'json', '--questionnaires', file('folder'), '--questionnaire', fixture('minimal.yaml'), file('two.csv')]);
      expect(report.killed).toBe(false);
      expect(report.stderr).not.toMatch(/internal error|heap/i);
      expect(report.code, report.stderr).toBe(0);
    },
    4 * BOUND_MS,
  );

  // The heap's bound needs a process of its own: once per questionnaire, the command that reads it whole.
  for (const name of ['problems.yaml', 'aliases.yaml', 'items5000.yaml', 'spaces.yaml', 'quotes.yaml', 'runaway.yaml']) {
    it(
      `the built binary with a 300 MB heap: score ${name}`,
      async () => {
        const r = await runWithinBound(['score', '--format', 'json', '--questionnaire', file(name), file('two.csv')]);
        expect(r.killed, `still running after ${BOUND_MS} ms`).toBe(false);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error|heap/i);
        expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
        expect(r.stdout).toBe('');
      },
      4 * BOUND_MS,
    );
  }
});
