import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { runSteps } from '../../src/core/run/steps.js';
import { applyAction, newRunState, type RunState } from '../../src/core/run/state.js';
import { dataDir, fileTimestamp } from '../../src/io/data-dir.js';
import { writeAtomically } from '../../src/io/atomic.js';
import { RunStore, questionnairesWithResults, resultFiles } from '../../src/io/run-store.js';
import { fixture } from '../helpers/cli.js';

const questionnaire = loadQuestionnaire(readFileSync(fixture('run-small.yaml'), 'utf8'), 'run-small.yaml').questionnaire!;
const steps = runSteps(questionnaire);
const STARTED = '2026-11-25T10:00:00Z';

let home: string;
let store: RunStore;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'syslead-store-'));
  store = new RunStore(home, questionnaire, steps);
});

/** A state after answering (or skipping, with null) the first questions in order. */
function answered(...values: (number | string | null)[]): RunState {
  let state = newRunState(questionnaire, STARTED);
  values.forEach((value, i) => (state = applyAction(steps, state, i, value === null ? { skip: true } : { answer: value }).state));
  return state;
}

describe('dataDir', () => {
  it("is $SYSLEAD_HOME, else $XDG_DATA_HOME/syslead, else the platform's data folder", () => {
    expect(dataDir({ SYSLEAD_HOME: '/a/home', XDG_DATA_HOME: '/xdg' })).toBe('/a/home');
    expect(dataDir({ XDG_DATA_HOME: '/xdg' })).toBe('/xdg/syslead');
    // A relative XDG_DATA_HOME is invalid by the XDG spec and ignored.
    expect(dataDir({ XDG_DATA_HOME: 'relative' })).not.toContain('relative');
    if (process.platform === 'linux' && !process.env.XDG_DATA_HOME) expect(dataDir({})).toBe(join(homedir(), '.local', 'share', 'syslead'));
  });

  it('names files by time in a form every file system takes', () => {
    expect(fileTimestamp(new Date('2026-11-25T10:00:00.123Z'))).toBe('2026-11-25T10-00-00Z');
  });
});

describe('RunStore', () => {
  it('saves the run in progress readable by its owner alone, and reads it back with its skips', async () => {
    await store.saveInProgress(answered(3, null, 2));
    const file = join(home, 'in-progress', 'run-small.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ questionnaire: 'run-small', version: 1, role: 'self', started: STARTED, answers: { l1: 3, l2: null }, importance: { listening: 2 } });
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(home, 'in-progress')).mode & 0o777).toBe(0o700);
    }
    const back = await store.readInProgress();
    expect(back?.answers.answers).toEqual({ l1: 3 });
    expect(back?.skipped).toEqual(new Set(['item:l2']));
  });

  it('has nothing in progress when there is no file', async () => {
    expect(await store.readInProgress()).toBeUndefined();
  });

  it('refuses, untouched, a run in progress that no longer fits the questionnaire', async () => {
    const file = join(home, 'in-progress', 'run-small.json');
    await store.saveInProgress(answered(3));
    const text = readFileSync(file, 'utf8').replace('"version": 1', '"version": 7');
    writeFileSync(file, text);
    await expect(store.readInProgress()).rejects.toThrow(/version 7 .*Move the file elsewhere to start again; your answers stay in it/s);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('saves a completed run as a result, never over another, and removes the run in progress', async () => {
    const completed = new Date('2026-11-25T10:30:00Z');
    await store.saveInProgress(answered(3));
    const first = await store.saveResult(answered(3, 1), completed);
    const second = await store.saveResult(answered(4, 2), completed);
    await store.removeInProgress();
    expect(first).toBe(join(home, 'results', 'run-small', '2026-11-25T10-30-00Z.json'));
    expect(second).toBe(join(home, 'results', 'run-small', '2026-11-25T10-30-00Z-2.json'));
    expect(JSON.parse(readFileSync(first, 'utf8')).answers).toEqual({ l1: 3, l2: 1 });
    expect(JSON.parse(readFileSync(second, 'utf8')).answers).toEqual({ l1: 4, l2: 2 });
    expect(readdirSync(join(home, 'in-progress'))).toEqual([]);
  });

  it('lists results newest first, a same-second suffix after its plain name', async () => {
    await store.saveResult(answered(1), new Date('2026-11-25T10:30:00Z'));
    await store.saveResult(answered(2), new Date('2026-11-25T10:30:00Z'));
    await store.saveResult(answered(3), new Date('2026-12-01T08:00:00Z'));
    await store.saveResult(answered(4), new Date('2026-01-01T08:00:00Z'));
    const names = (await resultFiles(home, 'run-small')).map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(names).toEqual(['2026-12-01T08-00-00Z.json', '2026-11-25T10-30-00Z-2.json', '2026-11-25T10-30-00Z.json', '2026-01-01T08-00-00Z.json']);
    expect(await questionnairesWithResults(home)).toEqual(['run-small']);
  });

  it('sets a run in progress aside under a new name instead of deleting it', async () => {
    await store.saveInProgress(answered(3));
    const aside = await store.setAsideInProgress(new Date('2026-11-25T11:00:00Z'));
    expect(aside).toBe(join(home, 'in-progress', 'run-small.set-aside-2026-11-25T11-00-00Z.json'));
    expect(JSON.parse(readFileSync(aside, 'utf8')).answers).toEqual({ l1: 3 });
    expect(await store.readInProgress()).toBeUndefined();
  });
});

describe('RunStore on a disk that fails', () => {
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  /** Writes as usual, except under results/: the disk is full by the time the run is complete. */
  const fullForResults: typeof writeAtomically = (file, text, mode) => (file.startsWith(join(home, 'results')) ? Promise.reject(full()) : writeAtomically(file, text, mode));

  it('leaves no file in results when the result cannot be written, and the run in progress as it was', async () => {
    const failing = new RunStore(home, questionnaire, steps, fullForResults);
    await failing.saveInProgress(answered(3, 1));
    const inProgress = readFileSync(join(home, 'in-progress', 'run-small.json'), 'utf8');
    await expect(failing.saveResult(answered(3, 1), new Date('2026-11-25T10:30:00Z'))).rejects.toThrow(/cannot save .*2026-11-25T10-30-00Z\.json: /);
    expect(readdirSync(join(home, 'results', 'run-small'))).toEqual([]);
    expect(await resultFiles(home, 'run-small')).toEqual([]);
    expect(readFileSync(join(home, 'in-progress', 'run-small.json'), 'utf8')).toBe(inProgress);
  });

  it('keeps the last run in progress saved when the next save fails', async () => {
    let fail = false;
    const failing = new RunStore(home, questionnaire, steps, (file, text, mode) => (fail ? Promise.reject(full()) : writeAtomically(file, text, mode)));
    await failing.saveInProgress(answered(3));
    fail = true;
    await expect(failing.saveInProgress(answered(3, 1))).rejects.toThrow(/cannot save .*run-small\.json: /);
    expect((await failing.readInProgress())?.answers.answers).toEqual({ l1: 3 });
  });
});
