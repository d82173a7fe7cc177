import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { ExitError } from '../../src/errors.js';
import { failureLines } from '../../src/core/failure.js';
import { readInputEvents, type ReadEvent } from '../../src/io/input-pipeline.js';
import { fixture } from '../helpers/cli.js';
import { namedFilesOnly, scratchFolder } from '../helpers/inputs.js';

const { root, write } = scratchFolder('syslead-pipeline-');
const { sources, ...quiet } = namedFilesOnly([fixture('score')]);
const HEADER = 'Name,v1,v2,v3,b1,t1,t2';

async function read(inputs: string[]): Promise<{ events: ReadEvent[]; accounting: Awaited<ReturnType<typeof readInputEvents>> }> {
  const events: ReadEvent[] = [];
  const accounting = await readInputEvents(inputs, { sources, ...quiet }, (event) => events.push(event));
  return { events, accounting };
}

describe('the input pipeline: every respondent read is scored or skipped, and said so', () => {
  it('accounts for answer files and rows alike: read = scored + skipped, with the reasons', async () => {
    const dir = join(root, 'cohort');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.yaml'), 'questionnaire: leading\nversion: 2\nrespondent: Bea\nanswers: { v1: 3, v3: 3 }\n');
    writeFileSync(join(dir, 'b-bad.json'), '{"questionnaire": "leading", "version": 2, "answers": {"v1": 9}}');
    writeFileSync(join(dir, 'c-unknown.yaml'), 'questionnaire: nowhere\nversion: 1\nanswers: {}\n');
    writeFileSync(join(dir, 'd-rows.csv'), `${HEADER}\nCy,3,3,3,1,1,1\nDi,9,3,3,1,1,1\n,,,,,,\nEd,3,3,3,1,1,1\n`);
    const { events, accounting } = await read([dir]);
    // The table's header problems first: the leading form asks importance, which it has no column for.
    // The row of empty cells is a row: skipped, with no answers.
    expect(events.flatMap((e) => (e.kind === 'progress' ? [] : [e.kind]))).toEqual(['answers', 'skipped', 'unknown-questionnaire', 'problems', 'row', 'skipped', 'skipped', 'row', 'table']);
    expect(accounting).toEqual({ read: 7, scored: 3, skipped: 4, reasons: { 'answer file with errors': 1, 'unknown questionnaire': 1, 'answer not on the scale': 1, 'no answers': 1 } });
  });

  it('skips an answer file that gives no theme a score, as a row, with the reason', async () => {
    // leading's themes: values (v1, v2, v3: 2 answers needed), boundaries (b1, t1, t2: 2 needed).
    const file = write('thin.yaml', 'questionnaire: leading\nversion: 2\nanswers: { v1: 3, b1: 1 }\n');
    const { events, accounting } = await read([file]);
    expect(events).toMatchObject([{ kind: 'skipped', source: { file }, problems: [{ line: 1, column: 1, severity: 'error', message: expect.stringContaining('no theme can be scored') }] }]);
    expect(accounting).toEqual({ read: 1, scored: 0, skipped: 1, reasons: { 'no theme scored': 1 } });
  });

  it('hands each row over with its line, its values (refilled for the next) and an AnswerSet to keep', async () => {
    const file = write('rows.csv', `${HEADER}\nCy,3,3,3,1,1,1\nDi,4,,2,1,1,1\n`);
    const seen: { line: number; first: number; answers: AnswerSet }[] = [];
    const values = new Set<Float64Array>();
    await readInputEvents([file], { sources, ...quiet }, (event) => {
      if (event.kind !== 'row') return;
      values.add(event.row.values);
      seen.push({ line: event.source.line, first: event.row.values[0]!, answers: event.answers() });
    });
    expect(values.size).toBe(1);
    expect(seen.map(({ line, first, answers }) => [line, first, answers.respondent, answers.answers])).toEqual([
      [2, 3, 'Cy', { v1: 3, v2: 3, v3: 3, b1: 1, t1: 1, t2: 1 }],
      [3, 4, 'Di', { v1: 4, v3: 2, b1: 1, t1: 1, t2: 1 }],
    ]);
  });

  it('tells the progress through a table after each piece: its rows so far, the bytes read and its size', async () => {
    const text = `${HEADER}\n${'Cy,3,3,3,1,1,1\n'.repeat(20_000)}`;
    const { events } = await read([write('large.csv', text)]);
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e.progress] : []));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ file: join(root, 'large.csv'), rows: 20_000, bytesRead: text.length, totalBytes: text.length });
    expect(progress.map((p) => p.rows)).toEqual([...progress.map((p) => p.rows)].sort((a, b) => a - b));
  });

  it('stops where onEvent throws, with its own error, never taken for a file that cannot be read', async () => {
    const file = write('stopped.csv', `${HEADER}\nCy,3,3,3,1,1,1\nDi,3,3,3,1,1,1\n`);
    const stop = new ExitError('stop here');
    const kinds: string[] = [];
    const reading = readInputEvents([file, file], { sources, ...quiet }, (event) => {
      kinds.push(event.kind);
      if (event.kind === 'row') throw stop;
    });
    await expect(reading).rejects.toBe(stop);
    // The header's warning (no importance column), then the row where onEvent stopped.
    expect(kinds).toEqual(['problems', 'row']);
  });

  it('says an input cannot be read, with its error, and reads the next', async () => {
    const { events, accounting } = await read([join(root, 'missing.csv'), write('next.yaml', 'questionnaire: leading\nversion: 2\nanswers: { v1: 3, v3: 3 }\n')]);
    const [unreadable, next] = events;
    expect(unreadable).toMatchObject({ kind: 'unreadable', source: { file: join(root, 'missing.csv') } });
    const error = unreadable?.kind === 'unreadable' ? unreadable.error : undefined;
    expect(error).toMatchObject({ file: join(root, 'missing.csv') });
    expect(failureLines(error!).join('\n')).toBe(`${join(root, 'missing.csv')}: error: cannot read: no such file or folder`);
    expect(next?.kind).toBe('answers');
    expect(accounting).toMatchObject({ read: 1, scored: 1, skipped: 0 });
  });
});
