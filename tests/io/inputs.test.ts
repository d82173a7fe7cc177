import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputEvent } from '../../src/io/inputs.js';
import { fixture } from '../helpers/cli.js';
import { namedFilesOnly, scratchFolder } from '../helpers/inputs.js';
import { survey } from '../csv/survey.js';

const { root, write } = scratchFolder('syslead-inputs-');
const { sources, ...quiet } = namedFilesOnly([fixture('score')]);

/** Each event in one line: what it is, where from, and its problems or message. */
async function events(inputs: string[], options: Parameters<typeof readInputs>[1] = { sources, ...quiet }): Promise<string[]> {
  const out: string[] = [];
  const where = (s: { file: string; line?: number }) => `${s.file.replace(root, '')}${s.line === undefined ? '' : `@${s.line}`}`;
  const problems = (e: InputEvent & { problems: { line: number; column: number; severity: string }[] }) => e.problems.map((p) => ` ${p.severity} ${p.line}:${p.column}`).join('');
  await readInputs(inputs, options, (e) => {
    if (e.kind === 'respondent') out.push(`respondent ${e.respondent.answers.respondent ?? '-'} ${e.respondent.questionnaire.id} ${where(e.respondent.source)}${problems(e)}`);
    // What became of a table's rows is tested in row-accounting.test.ts.
    else if (e.kind === 'table') return;
    else if (e.kind === 'unreadable') out.push(`unreadable ${where(e.source)}: ${e.message.replace(root, '')}`);
    else out.push(`${e.kind} ${where(e.source)}${problems(e)}`);
  });
  return out;
}

describe('reading inputs: answer files, folders and survey exports', () => {
  it('tells survey exports from answer files by their extension, else by their content', async () => {
    const answers = 'questionnaire: leading\nversion: 2\nrespondent: Eve\nanswers: { v1: 3, v3: 3 }\n';
    const csv = 'Name,v1,v2,v3,b1,t1,t2\nCy,3,3,3,1,1,1\n';
    const files = [write('by-name.CSV', csv), write('by-content', csv), write('by-content.txt', answers), write('csv-named.yaml', csv)];
    const found = await events(files);
    // The leading form asks importance, which these exports do not hold: a warning on each.
    expect(found.slice(0, 5)).toEqual([
      'problems /by-name.CSV@1 warning 1:1',
      'respondent Cy leading /by-name.CSV@2',
      'problems /by-content@1 warning 1:1',
      'respondent Cy leading /by-content@2',
      'respondent Eve leading /by-content.txt',
    ]);
    // The extension has the last word: a CSV named .yaml is read as an answer file, and fails as one.
    expect(found[5]).toMatch(/^skipped \/csv-named\.yaml error 1:1$/);
  });

  it('reads a folder as its answer and CSV files, in order of name, and each answer file against the questionnaire it names', async () => {
    const dir = join(root, 'cohort');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b.yaml'), 'questionnaire: leading\nversion: 2\nrespondent: Bea\nanswers: { v1: 3, v3: 3 }\n');
    writeFileSync(join(dir, 'a.json'), '{"questionnaire": "leading", "version": 2, "respondent": "Abe", "answers": {"v1": 9}}');
    writeFileSync(join(dir, 'c.csv'), 'Name,v1,v2,v3,b1,t1,t2\nCy,3,3,3,1,1,1\n');
    writeFileSync(join(dir, '.d.yaml'), 'not: answers\n');
    writeFileSync(join(dir, 'notes.txt'), 'not answers');
    expect(await events([dir])).toEqual(['skipped /cohort/a.json error 1:83', 'respondent Bea leading /cohort/b.yaml', 'problems /cohort/c.csv@1 warning 1:1', 'respondent Cy leading /cohort/c.csv@2']);
  });

  it('reads a CSV file against the questionnaire its header matches, or the default', async () => {
    const leading = write('leading.csv', 'Name,I start from what matters to the people who use services.,v2\nAsha,4,2\n');
    const builtIn = write('built-in.csv', 'Name,Nothing we know\nAsha,4\n');
    const found = await events([leading, builtIn]);
    // Items without a column, and no importance column.
    expect(found[0]).toBe('problems /leading.csv@1 warning 1:1 warning 1:1');
    expect(found[1]).toBe('respondent Asha leading /leading.csv@2');
    // Without one item column no row can be read: the file cannot be, rather than leaving its rows out unsaid.
    expect(found[2]).toMatch(/^unreadable \/built-in\.csv: \/built-in\.csv:1:1: error: no column matches an item of questionnaire "systems-leadership"/);
  });

  it('reads each CSV row as a respondent, with its line, and skips bad rows with their problems', async () => {
    const csv = write('rows.csv', 'Name,sv1,sv2,oc1\nAsha,4,2,3\nBen,9,2,3\n\nCal,,,1\n');
    expect(await events([csv], { questionnaire: survey, sources, ...quiet })).toEqual([
      'problems /rows.csv@1 warning 1:1 warning 1:1',
      'respondent Asha survey /rows.csv@2',
      'skipped /rows.csv@3 error 3:2',
      'respondent Cal survey /rows.csv@5',
    ]);
  });

  it('says what stops a CSV file: no header, no rows after it, no item column, a quote never closed', async () => {
    const empty = write('empty.csv', '');
    const headerOnly = write('header-only.csv', 'Name,sv1,sv2\r\n\r\n');
    const noItems = write('no-items.csv', 'Name,Team\nAsha,North\n');
    const unclosed = write('unclosed.csv', 'Name,sv1,sv2,oc1,oc2,sv-notes,importance:shared-values,importance:outcomes\nAsha,4,2,3,3,"never closed\n');
    expect(await events([empty, headerOnly, noItems, unclosed], { questionnaire: survey, sources, ...quiet })).toEqual([
      'problems /empty.csv@1 error 1:1',
      'problems /header-only.csv@1 warning 1:1 warning 1:1',
      'problems /header-only.csv@1 error 1:1',
      'unreadable /no-items.csv: /no-items.csv:1:1: error: no column matches an item of questionnaire "survey" (the headers are "Name", "Team"): name columns by item id (e.g. "sv1") or by the item\'s text, or say which column holds which item with --map FILE',
      'unreadable /unclosed.csv: /unclosed.csv:2:6: error: a quote opens this cell and is never closed: this row cannot be read',
    ]);
  });

  it('keeps reading after an input that cannot be read', async () => {
    const missing = join(root, 'missing.csv');
    const emptyDir = join(root, 'nothing-here');
    mkdirSync(emptyDir);
    const good = write('good.yaml', 'questionnaire: leading\nversion: 2\nrespondent: Dee\nanswers: { v1: 3, v3: 3 }\n');
    expect(await events([missing, emptyDir, join(root, 'missing.yaml'), good])).toEqual([
      'unreadable /missing.csv: /missing.csv: error: cannot read: no such file or folder',
      'unreadable /nothing-here: /nothing-here: error: the folder has no answer files (.yaml, .yml, .json), CSV files (.csv, .tsv), workbooks (.xlsx) or zips (.zip)',
      'unreadable /missing.yaml: /missing.yaml: error: cannot read: no such file or folder',
      'respondent Dee leading /good.yaml',
    ]);
  });

  it('places a questionnaire that cannot be found at the line of the answer file that names it', async () => {
    const file = write('unknown.yaml', '# answers\nquestionnaire: nowhere\nversion: 1\nanswers: {}\n');
    expect(await events([file])).toEqual([`unreadable /unknown.yaml: /unknown.yaml:2:16: error: unknown questionnaire "nowhere": run "syslead list" to see the available ones, or give a path to a YAML file`]);
  });
});
