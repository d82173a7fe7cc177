import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pty from '@lydell/node-pty';
import { BIN, ROOT, fixture } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

// The quick built-in form: its first questions share a 5-point scale, so each of 3, 4, 1, 2 answers one.
const QUESTIONNAIRE = 'systems-leadership-quick';
const PROMPT_EXIT_MS = 3_000;

const data = ptyDataFolder('syslead-interrupt-');

const inProgressFile = () => join(data.home, 'in-progress', `${QUESTIONNAIRE}.json`);
const savedAnswers = () => Object.values((JSON.parse(readFileSync(inProgressFile(), 'utf8')) as { answers: Record<string, unknown> }).answers);

async function atFirstQuestion(): Promise<PtySession> {
  const session = new PtySession(['run', QUESTIONNAIRE], { SYSLEAD_HOME: data.home });
  data.track(session);
  await session.waitFor('Press Enter to start.');
  await session.press(KEY.enter, /1\/\d+ /);
  return session;
}

/** Ctrl-C must end the run at once, whatever it arrives with, and keep every answer typed before it. */
async function expectStoppedWithFourAnswers(session: PtySession): Promise<void> {
  const sent = Date.now();
  expect(await session.exit(PROMPT_EXIT_MS)).toMatchObject({ exitCode: 130 });
  expect(Date.now() - sent).toBeLessThan(PROMPT_EXIT_MS);
  await session.waitFor('Your answers so far (4 of');
  expect(savedAnswers()).toEqual([3, 4, 1, 2]);
  expect(existsSync(join(data.home, 'in-progress', `${QUESTIONNAIRE}.lock`))).toBe(false);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Ctrl-C during a run, however close to the answer keys', () => {
  it.each([1, 2, 3])('applies and saves the answers typed in the same read as Ctrl-C, then exits 130 (try %i)', async () => {
    const session = await atFirstQuestion();
    session.write(`3412${KEY.ctrlC}`);
    await expectStoppedWithFourAnswers(session);
  });

  it.each([0, 10, 30, 50, 30, 10])('applies and saves the answers typed %i ms before Ctrl-C, then exits 130', async (delayMs) => {
    const session = await atFirstQuestion();
    session.write('3412');
    await sleep(delayMs);
    session.write(KEY.ctrlC);
    await expectStoppedWithFourAnswers(session);
  });

  it('exits 130 when Ctrl-C comes while the answer before it is being saved, key by key', async () => {
    const session = await atFirstQuestion();
    for (const key of '341') {
      session.write(key);
      await sleep(5);
    }
    session.write('2');
    await sleep(2);
    session.write(KEY.ctrlC);
    await expectStoppedWithFourAnswers(session);
  });
});

describe('Ctrl-C typed with the last answer', () => {
  it('stops before the result is saved, every answer in the run in progress, and --resume saves the result', async () => {
    const smallHome = { SYSLEAD_HOME: data.home };
    const first = new PtySession(['run', fixture('run-small.yaml')], smallHome);
    data.track(first);
    await first.waitFor('Press Enter to start.');
    await first.press(KEY.enter, '1/6  Listening');
    // A free-text answer takes only what is typed once it shows (keys typed ahead stop there).
    await first.press('3134', 'What would help you share more?');
    first.write(`Time with partners${KEY.enter}2${KEY.ctrlC}`);
    expect(await first.exit(PROMPT_EXIT_MS)).toMatchObject({ exitCode: 130 });
    await first.waitFor('Your answers so far (6 of 6 questions) are saved');
    const inProgress = JSON.parse(readFileSync(join(data.home, 'in-progress', 'run-small.json'), 'utf8')) as object;
    expect(inProgress).toMatchObject({ answers: { l1: 3, l2: 0, s1: 4, 's-notes': 'Time with partners' }, importance: { listening: 3, sharing: 2 } });
    expect(existsSync(join(data.home, 'results'))).toBe(false);

    const second = new PtySession(['run', fixture('run-small.yaml'), '--resume'], smallHome);
    data.track(second);
    await second.choose('Done');
    expect(await second.exit()).toMatchObject({ exitCode: 0 });
    await second.waitFor('Your answers are saved in');
    expect(existsSync(join(data.home, 'in-progress', 'run-small.json'))).toBe(false);
  });
});

describe('Ctrl-Z during a run', () => {
  // Job control needs a shell: a program that is the leader of its own session (as PtySession runs
  // it) cannot be stopped by Ctrl-Z at all.
  it.runIf(process.platform !== 'win32')('suspends the run to the shell, and after fg the keys, Ctrl-C too, work as before', async () => {
    const shell = pty.spawn('bash', ['--norc', '--noprofile', '-i'], {
      cols: 120,
      rows: 40,
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', SYSLEAD_HOME: data.home, PS1: 'PROMPT$ ' },
    });
    let screen = '';
    shell.onData((data) => (screen += data));
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 10_000;
      while (!screen.includes(text)) {
        if (Date.now() > deadline) throw new Error(`the terminal never showed ${text}:\n${screen}`);
        await sleep(20);
      }
    };
    try {
      await waitFor('PROMPT$');
      shell.write(`node ${BIN} run ${fixture('run-small.yaml')}\r`);
      await waitFor('Press Enter to start.');
      shell.write(KEY.enter);
      await waitFor('1/6');
      shell.write('\u001a');
      await waitFor('Stopped');
      screen = '';
      shell.write('fg\r');
      // The shell names the job it brings back.
      await waitFor('run-small.yaml');
      shell.write('3');
      await waitFor('2/6');
      shell.write(KEY.ctrlC);
      await waitFor('Your answers so far (1 of 6 questions) are saved');
    } finally {
      shell.kill();
    }
  });
});
