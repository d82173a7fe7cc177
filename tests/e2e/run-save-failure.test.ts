import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, STARTED } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

// Saves that fail for real, without root's permissions getting in the way: a folder stands where a
// file is to be written, or a file where a folder is to be made, or the program may write no file
// larger than a block of 512 bytes (ulimit -f), so that a larger save fails as on a full disk.
const QUESTIONNAIRE = fixture('run-small.yaml');

const data = ptyDataFolder('syslead-save-failure-');

function start(args: string[], fileSizeLimit?: number): PtySession {
  const session = new PtySession(['run', QUESTIONNAIRE, ...args], { SYSLEAD_HOME: data.home }, fileSizeLimit === undefined ? {} : { fileSizeLimit });
  data.track(session);
  return session;
}

const inProgressFile = () => join(data.home, 'in-progress', 'run-small.json');
const lockGone = () => !existsSync(join(data.home, 'in-progress', 'run-small.lock'));

/** A folder, not empty, where the next save of the run in progress must go: no save can replace it. */
function blockInProgress(): void {
  mkdirSync(join(inProgressFile(), 'blocker'), { recursive: true });
}

async function begin(session: PtySession): Promise<void> {
  await session.waitFor('Press Enter to start.');
  await session.press(KEY.enter, '1/6  Listening');
}

describe('an answer that cannot be saved', () => {
  it('stops the run, saying which answers are saved, which is not, and how to carry on', async () => {
    const session = start([]);
    await begin(session);
    await session.press('3', '2/6');
    await session.press('1', '3/6');
    const saved = readFileSync(inProgressFile(), 'utf8');
    renameSync(inProgressFile(), `${inProgressFile()}.kept`);
    blockInProgress();
    session.write('3');
    expect(await session.exit()).toMatchObject({ exitCode: 1 });
    await session.waitFor(`cannot save ${inProgressFile()}`);
    await session.waitFor(`Your answers so far (2 of 6 questions) are saved in ${inProgressFile()}; the last one you gave is not.`);
    await session.waitFor(`Once that is fixed, carry on where you left off: ${STARTED} run ${QUESTIONNAIRE} --resume`);
    expect(lockGone()).toBe(true);

    // What the run had saved is put back, as it was when the save failed: the run carries on after it.
    rmSync(inProgressFile(), { recursive: true });
    renameSync(`${inProgressFile()}.kept`, inProgressFile());
    expect(readFileSync(inProgressFile(), 'utf8')).toBe(saved);
    const again = start(['--resume']);
    await again.waitFor('3/6  Listening');
  });

  it('says that nothing is saved, and to start again, when the first answer cannot be', async () => {
    const session = start([]);
    await begin(session);
    blockInProgress();
    session.write('3');
    expect(await session.exit()).toMatchObject({ exitCode: 1 });
    await session.waitFor(`cannot save ${inProgressFile()}`);
    await session.waitFor(`None of this run's answers is saved. Once that is fixed, start again: ${STARTED} run ${QUESTIONNAIRE}`);
    expect(session.screen()).not.toContain('--resume\n');
  });
});

describe('a result that cannot be saved', () => {
  it('leaves nothing in results, keeps every answer in the run in progress, says so and how to save the result', async () => {
    // A file where the folder of the results is to be made.
    mkdirSync(join(data.home, 'results'));
    writeFileSync(join(data.home, 'results', 'run-small'), '');
    const session = start([]);
    await begin(session);
    // A free-text answer takes only what is typed once it shows (keys typed ahead stop there).
    await session.press('3134', 'What would help you share more?');
    session.write(`Time with partners${KEY.enter}2`);
    expect(await session.exit()).toMatchObject({ exitCode: 1 });
    await session.waitFor(`Your result is not saved, but your answers are safe in ${inProgressFile()}. Once that is fixed, save the result with: ${STARTED} run ${QUESTIONNAIRE} --resume`);
    expect(JSON.parse(readFileSync(inProgressFile(), 'utf8'))).toMatchObject({ answers: { l1: 3, l2: 0, s1: 4, 's-notes': 'Time with partners' }, importance: { listening: 3, sharing: 2 } });
    expect(lockGone()).toBe(true);

    rmSync(join(data.home, 'results', 'run-small'));
    const again = start(['--resume']);
    await again.choose('Done');
    expect(await again.exit()).toMatchObject({ exitCode: 0 });
    await again.waitFor('Your answers are saved in');
    const results = readdirSync(join(data.home, 'results', 'run-small'));
    expect(results).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(data.home, 'results', 'run-small', results[0]!), 'utf8'))).toMatchObject({ answers: { 's-notes': 'Time with partners' }, importance: { sharing: 2 } });
    expect(existsSync(inProgressFile())).toBe(false);
  });
});

describe('a disk that fills up', () => {
  const BLOCK = 512;

  it.runIf(process.platform !== 'win32')('stops at the answer that does not fit, the ones before it saved', async () => {
    const session = start([], 1);
    await begin(session);
    await session.press('3', '2/6');
    await session.press('1', '3/6');
    await session.press('3', '4/6');
    await session.press('4', '5/6');
    const saved = readFileSync(inProgressFile(), 'utf8');
    session.write(`${'More time with partners. '.repeat(30)}${KEY.enter}`);
    expect(await session.exit()).toMatchObject({ exitCode: 1 });
    await session.waitFor(`cannot save ${inProgressFile()}: the file is too large`);
    await session.waitFor(`Your answers so far (4 of 6 questions) are saved in ${inProgressFile()}; the last one you gave is not.`);
    await session.waitFor(`carry on where you left off: ${STARTED} run ${QUESTIONNAIRE} --resume`);
    expect(readFileSync(inProgressFile(), 'utf8')).toBe(saved);
    expect(lockGone()).toBe(true);
  });

  it.runIf(process.platform !== 'win32')('leaves no empty or partial result when the result does not fit', async () => {
    // A complete run in progress just under a block: its result, which adds the time it was completed, is over.
    const run = (text: string) =>
      `${JSON.stringify({ questionnaire: 'run-small', version: 1, role: 'self', started: '2026-11-25T10:00:00Z', answers: { l1: 3, l2: 1, s1: 4, 's-notes': text }, importance: { listening: 2, sharing: 3 } }, null, 2)}\n`;
    const complete = run('x'.repeat(BLOCK - 8 - run('').length));
    mkdirSync(join(data.home, 'in-progress'));
    writeFileSync(inProgressFile(), complete);
    expect(statSync(inProgressFile()).size).toBeLessThan(BLOCK);
    const session = start(['--resume'], 1);
    expect(await session.exit()).toMatchObject({ exitCode: 1 });
    await session.waitFor('the file is too large');
    await session.waitFor(`Your result is not saved, but your answers are safe in ${inProgressFile()}.`);
    expect(readdirSync(join(data.home, 'results', 'run-small'))).toEqual([]);
    expect(readFileSync(inProgressFile(), 'utf8')).toBe(complete);

    const again = start(['--resume']);
    await again.choose('Done');
    expect(await again.exit()).toMatchObject({ exitCode: 0 });
    expect(readdirSync(join(data.home, 'results', 'run-small'))).toHaveLength(1);
  });
});
