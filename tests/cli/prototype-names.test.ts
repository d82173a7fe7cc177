import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, withoutQuestionnaireWarnings } from '../helpers/cli.js';

// A questionnaire whose theme, facet, item, scale, band and resource ids are "constructor" and
// "prototype", and whose labels are toString, hasOwnProperty, valueOf, __defineGetter__ and
// __proto__; answers and CSV columns named the same. Every command reads it like any other.
const DIR = fixture('prototype');
const dir = mkdtempSync(join(tmpdir(), 'syslead-prototype-'));
const home = mkdtempSync(join(tmpdir(), 'syslead-prototype-home-'));
/** What a command says; but for validate, less the questionnaire's own warnings (themes of few items, reflections missing), which it says once, first. */
const cli = async (args: string[]) => {
  if (args[0] === 'validate') return runCli(args, { env: { SYSLEAD_HOME: home, TZ: 'UTC' } });
  const r = await runCli([...args, '--questionnaires', DIR], { env: { SYSLEAD_HOME: home, TZ: 'UTC' } });
  return { ...r, stderr: withoutQuestionnaireWarnings(r.stderr, join(DIR, 'prototype-names.yaml')) };
};
const FORMATS = ['text', 'json', 'md', 'html'];

/** An answer file: constructor 1-5 (its label), prototype reverse-keyed, tostring on the other scale. */
function answerFile(name: string, constructorAnswer: string, team: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `questionnaire: prototype-names
version: 1
respondent: ${name}
completed: 2026-11-25T10:00:00Z
attributes: { hasOwnProperty: ${team}, toString: x, valueOf: y, __defineGetter__: z, constructor: w }
answers: { constructor: ${constructorAnswer}, prototype: 2, tostring: prototype, valueof: A note }
importance: { constructor: constructor, valueof: isPrototypeOf }
`,
  );
  return file;
}
const files = ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'].map((label, i) => answerFile(`person-${i}`, label, i < 2 ? 'North' : 'South'));
const csv = join(dir, 'export.csv');
writeFileSync(csv, 'Name,hasOwnProperty,constructor,prototype,tostring,valueof,importance:constructor\nAna,North,__proto__,1,constructor,,prototype\nBo,North,valueOf,3,isPrototypeOf,A note,constructor\n');

describe('a questionnaire whose ids are names that Object.prototype has', () => {
  it('validates and is listed', async () => {
    expect(await cli(['validate', join(DIR, 'prototype-names.yaml')])).toMatchObject({ code: 0 });
    expect((await cli(['list'])).stdout).toContain('prototype-names');
  });

  it('scores every item, "constructor" included, in every format', async () => {
    const r = await cli(['score', '--format', 'json', files[0]!]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(r.stdout) as { items: { id: string; answer: number | null }[]; texts: Record<string, string>; themes: { id: string; importance: number | null }[] };
    expect(result.items.map((i) => [i.id, i.answer])).toEqual([
      ['constructor', 1],
      ['prototype', 2],
      ['tostring', 2],
    ]);
    expect(result.texts).toEqual({ valueof: 'A note' });
    expect(result.themes.map((t) => [t.id, t.importance])).toEqual([
      ['constructor', 1],
      ['valueof', 3],
    ]);
    for (const format of FORMATS) expect(await cli(['score', '--format', format, ...files])).toMatchObject({ code: 0, stderr: '' });
  });

  it('reports answer files and a CSV grouped by an attribute "hasOwnProperty", in every format', async () => {
    const r = await cli(['report', '--format', 'json', '--group-by', 'hasOwnProperty', '--min-group', '3', ...files, csv]);
    expect(r).toMatchObject({ code: 0 });
    const report = JSON.parse(r.stdout) as { respondents: { scored: number }; groups: { name: string; n: number }[]; themes: { id: string; n: number }[] };
    expect(report.respondents.scored).toBe(6);
    expect(report.groups.map((g) => [g.name, g.n])).toEqual([['North', 4]]);
    // The two respondents of the hidden group are left out of the whole cohort's figures too, as
    // the rest would otherwise give them back by subtraction.
    expect(report.themes.map((t) => [t.id, t.n])).toEqual([
      ['constructor', 4],
      ['valueof', 4],
    ]);
    for (const format of [...FORMATS, 'csv']) {
      for (const extra of [[], ['--per-respondent']]) {
        expect(await cli(['report', '--format', format, '--group-by', 'hasOwnProperty', ...extra, ...files, csv])).toMatchObject({ code: 0 });
      }
    }
  });

  it('lists and compares saved results', async () => {
    const results = join(home, 'results', 'prototype-names');
    mkdirSync(results, { recursive: true });
    const saved = ['2026-10-01T09-00-00Z', '2026-11-25T10-30-00Z'].map((stamp, i) => {
      const file = join(results, `${stamp}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          questionnaire: 'prototype-names',
          version: 1,
          role: 'self',
          completed: stamp.replace(/T(\d\d)-(\d\d)-/, 'T$1:$2:'),
          answers: { constructor: i ? 'valueOf' : 'toString', prototype: 3, tostring: 2 },
        }),
      );
      return file;
    });
    const history = await cli(['history', '--json']);
    expect(history).toMatchObject({ code: 0, stderr: '' });
    expect(history.stdout).toContain('"constructor"');
    const compare = await cli(['compare', '--format', 'json', ...saved]);
    expect(compare).toMatchObject({ code: 0, stderr: '' });
    expect(compare.stdout).toContain('"constructor"');
    for (const format of FORMATS) expect(await cli(['compare', '--format', format, ...saved])).toMatchObject({ code: 0 });
  });
});
