import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, STARTED, withoutQuestionnaireWarnings } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const QUESTIONNAIRE = fixture('run-small.yaml');
const COLOUR = /\u001b\[[0-9;]*m/;

const data = ptyDataFolder('syslead-run-');

function start(args: string[], env: Record<string, string> = {}): PtySession {
  const session = new PtySession(['run', QUESTIONNAIRE, ...args], { SYSLEAD_HOME: data.home, ...env });
  data.track(session);
  return session;
}

const lockGone = () => !existsSync(join(data.home, 'in-progress', 'run-small.lock'));
const inProgress = () => JSON.parse(readFileSync(join(data.home, 'in-progress', 'run-small.json'), 'utf8')) as { answers: Record<string, unknown>; importance?: Record<string, unknown> };
const results = () => {
  const dir = join(data.home, 'results', 'run-small');
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
};

/** From the intro to the first question. */
async function begin(session: PtySession): Promise<void> {
  await session.waitFor('Press Enter to start.');
  await session.press(KEY.enter, '1/6  Listening');
}

describe('syslead run in a terminal', () => {
  it('removes the temporary files that a run killed while saving left in the data folder', async () => {
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const left = [join(data.home, 'in-progress', `.run-small.json.syslead-tmp-${dead}-7`), join(data.home, 'results', 'run-small', `.2026-11-25T10-30-00Z.json.syslead-tmp-${dead}-9`)];
    for (const file of left) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '{"questionnaire": "run-sm');
    }
    const session = start([]);
    await begin(session);
    expect(left.filter(existsSync)).toEqual([]);
    session.write(KEY.ctrlC);
    expect(await session.exit()).toMatchObject({ exitCode: 130 });
  });

  it('takes a whole run to a saved result that syslead score reads', async () => {
    const session = start([]);
    await session.waitFor('A small run');
    // run-small.yaml: l1, l2 and s1 rated, s-notes free text, importance for both themes.
    await session.waitFor('6 questions: 3 statements to rate, 2 questions on importance and 1 free-text prompt, one at a time');
    await begin(session);
    await session.waitFor(/1 {2}Strongly disagree\n.*2 {2}Disagree\n.*3 {2}Agree\n.*4 {2}Strongly agree/);
    await session.press('3', '2/6  Listening');
    await session.waitFor('I change my plans after hearing from people who use services.');
    // The second item's scale starts at 0: key 1 is its first point, 0.
    await session.press('1', 'How important is Listening to your role?');
    await session.press('3', '4/6  Sharing');
    await session.press('s', 'What would help you share more?');
    await session.press('Time with partners', '› Time with partners');
    await session.press(KEY.enter, 'How important is Sharing to your role?');
    session.write('2');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('Your answers are saved in');
    await session.waitFor(`See your runs again: ${STARTED} history run-small`);
    await session.waitFor(`Take it again later and see what changed: ${STARTED} compare --questionnaire run-small`);
    // At the end, the summary: the full report is a choice away (run-end.test.ts).
    await session.waitFor('SUMMARY');
    expect(session.raw).toMatch(COLOUR);

    const saved = results();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    expect(JSON.parse(readFileSync(saved[0]!, 'utf8'))).toEqual({
      questionnaire: 'run-small',
      version: 1,
      report_languages: ['en'],
      role: 'self',
      started: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      completed: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      answers: { l1: 3, l2: 0, s1: null, 's-notes': 'Time with partners' },
      importance: { listening: 3, sharing: 2 },
    });
    expect(existsSync(join(data.home, 'in-progress', 'run-small.json'))).toBe(false);

    const scored = await runCli(['score', '--format', 'json', '--questionnaire', QUESTIONNAIRE, saved[0]!]);
    // Nothing but run-small's own warnings (themes of one and two items), once.
    expect(withoutQuestionnaireWarnings(scored.stderr, QUESTIONNAIRE)).toBe('');
    expect(JSON.parse(scored.stdout)).toMatchObject({ questionnaire: { id: 'run-small' }, texts: { 's-notes': 'Time with partners' } });
  });

  it('goes back with b or Backspace to the previous question, its answer preselected, and saves the new answer', async () => {
    const session = start([]);
    await begin(session);
    await session.press('2', '2/6');
    await session.press('b', '1/6');
    await session.waitFor(/❯ 2 {2}Disagree {2}← your answer/);
    await session.press('4', '2/6');
    await session.press(KEY.backspace, /❯ 4 {2}Strongly agree {2}← your answer/);
    await session.press(KEY.up, /❯ 3 {2}Agree/);
    await session.press(KEY.enter, '2/6');
    expect(inProgress().answers).toEqual({ l1: 3 });
    await session.press(KEY.down, /❯ 1 {2}Never/);
    await session.press(KEY.enter, '3/6');
    expect(inProgress().answers).toEqual({ l1: 3, l2: 0 });
  });

  it('loses nothing on Ctrl-C: it says how to resume, exits 130, and --resume carries on at the next question', async () => {
    const first = start([]);
    await begin(first);
    await first.press('3', '2/6');
    await first.press('2', '3/6');
    first.write(KEY.ctrlC);
    expect(await first.exit()).toMatchObject({ exitCode: 130 });
    await first.waitFor('Your answers so far (2 of 6 questions) are saved');
    await first.waitFor(`${STARTED} run ${QUESTIONNAIRE} --resume`);
    expect(inProgress().answers).toEqual({ l1: 3, l2: 1 });

    const second = start(['--resume']);
    await second.waitFor('3/6  Listening');
    await second.waitFor('How important is Listening to your role?');
    await second.press('1', '4/6');
    await second.press('4', '5/6');
    await second.press(KEY.enter, '6/6');
    second.write('s');
    await second.choose('Done');
    expect(await second.exit()).toMatchObject({ exitCode: 0 });
    const [result] = results();
    expect(JSON.parse(readFileSync(result!, 'utf8'))).toMatchObject({
      answers: { l1: 3, l2: 1, s1: 4, 's-notes': null },
      importance: { listening: 1, sharing: null },
    });
  });

  // After a hangup the run ends by SIGINT's default action (a normal exit would make Node abort when
  // it cannot reset the terminal): a shell reports that as 130, node-pty as signal 2.
  it.each([
    ['SIGTERM', { exitCode: 130 }],
    ['SIGHUP', { signal: 2 }],
  ] as const)('loses nothing on %s, and offers to resume on the next run', async (signal, exit) => {
    const first = start([]);
    await begin(first);
    await first.press('4', '2/6');
    first.kill(signal);
    expect(await first.exit()).toMatchObject(exit);
    expect(inProgress().answers).toEqual({ l1: 4 });
    expect(lockGone()).toBe(true);

    const second = start([]);
    await second.waitFor('A small run: you have a run in progress (started');
    await second.waitFor('1 of 6 questions done. Carry on where you left off?');
    await second.press(KEY.enter, '2/6  Listening');
    await second.press('b', /❯ 4 {2}Strongly agree {2}← your answer/);
  });

  it('loses nothing when the terminal itself is closed', async () => {
    const session = start([]);
    await begin(session);
    await session.press('2', '2/6');
    await session.press('3', '3/6');
    session.closeTerminal();
    expect(await session.exit()).toMatchObject({ signal: 2 });
    expect(inProgress().answers).toEqual({ l1: 2, l2: 2 });
    expect(lockGone()).toBe(true);
  });

  it('carries keys typed ahead over to the next ratings: what one read holds answers as many questions', async () => {
    const session = start([]);
    await session.waitFor('Press Enter to start.');
    // Each write reaches the program as one read, as a paste or fast typing does.
    await session.press(`${KEY.enter}13`, '3/6  Listening');
    await session.press('24', 'What would help you share more?');
    expect(inProgress()).toMatchObject({ answers: { l1: 1, l2: 2, s1: 4 }, importance: { listening: 2 } });
    await session.press('Time with partners', '› Time with partners');
    session.write(`${KEY.enter}3`);
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(JSON.parse(readFileSync(results()[0]!, 'utf8'))).toMatchObject({
      answers: { l1: 1, l2: 2, s1: 4, 's-notes': 'Time with partners' },
      importance: { listening: 2, sharing: 3 },
    });
  });

  it('stops keys typed ahead at a free-text question: digits meant for the ratings never become its answer', async () => {
    const session = start([]);
    await session.waitFor('Press Enter to start.');
    // The last 4 and the text come in the same read as the ratings' answers, before the free-text question shows.
    await session.press(`${KEY.enter}132444 more`, 'What would help you share more?');
    await session.waitFor('What you typed before this question appeared was not kept: type the answer here.');
    expect(session.screen()).toMatch(/^›$/m);
    expect(inProgress()).toMatchObject({ answers: { l1: 1, l2: 2, s1: 4 }, importance: { listening: 2 } });
    // What is typed once the question shows is its answer, and the note goes with the first key.
    await session.press('Time', '› Time');
    expect(session.screen()).not.toContain('was not kept');
    await session.press(KEY.enter, 'How important is Sharing to your role?');
    expect(inProgress().answers).toMatchObject({ 's-notes': 'Time' });
  });

  it('sets the earlier answers aside, never deleting them, when the person starts again', async () => {
    const first = start([]);
    await begin(first);
    await first.press('4', '2/6');
    first.write(KEY.ctrlC);
    await first.exit();

    const second = start([]);
    await second.waitFor('Carry on where you left off? (Y/n)');
    await second.press('n', 'Carry on where you left off? (Y/n) n');
    await second.press(KEY.enter, 'Your earlier answers are kept in');
    await begin(second);
    const aside = readdirSync(join(data.home, 'in-progress')).filter((name) => name.includes('set-aside'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(data.home, 'in-progress', aside[0]!), 'utf8')).answers).toEqual({ l1: 4 });
  });

  it('also writes the report to --out in the format of its extension, and refuses an existing file before the first question', async () => {
    const out = join(data.home, 'report.md');
    const session = start(['--out', out]);
    await begin(session);
    for (const [key, next] of [
      ['1', '2/6'],
      ['1', '3/6'],
      ['1', '4/6'],
      ['1', '5/6'],
      [KEY.enter, '6/6'],
    ] as const)
      await session.press(key, next);
    session.write('1');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor(`The report is in ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);

    const again = start(['--out', out]);
    expect(await again.exit()).toMatchObject({ exitCode: 1 });
    await again.waitFor(`${out} already exists: add --force to replace it`);
    expect(again.screen()).not.toContain('Press Enter to start.');
  });

  it('writes an HTML report to --out x.html', async () => {
    const out = join(data.home, 'report.html');
    const session = start(['--out', out]);
    await begin(session);
    for (const [key, next] of [
      ['4', '2/6'],
      ['3', '3/6'],
      ['2', '4/6'],
      ['4', '5/6'],
      [KEY.enter, '6/6'],
    ] as const)
      await session.press(key, next);
    session.write('3');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<h1>A small run</h1>');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
  });

  it('uses no colour with NO_COLOR', async () => {
    const session = start([], { NO_COLOR: '1' });
    await begin(session);
    await session.press('?', 'Hearing what partners and the people who use services say.');
    await session.press('1', '2/6');
    session.write(KEY.ctrlC);
    await session.exit();
    expect(session.raw).toContain('1/6  Listening');
    expect(session.raw).not.toMatch(COLOUR);
  });

  it('refuses --no-input at once, even in a terminal', async () => {
    const session = start(['--no-input']);
    expect(await session.exit()).toMatchObject({ exitCode: 2 });
    await session.waitFor(`${STARTED} score`);
  });
});

describe('bare syslead', () => {
  it('takes the built-in self-assessment when a person types it at a terminal', async () => {
    const session = new PtySession([], { SYSLEAD_HOME: data.home });
    data.track(session);
    await session.waitFor('Press Enter to start.');
    await session.waitFor(`${STARTED} run systems-leadership --resume`);
    session.write(KEY.ctrlC);
    expect(await session.exit()).toMatchObject({ exitCode: 130 });
    await session.waitFor('Stopped before the first answer: nothing was saved.');
  });

  it('shows the help anywhere else', async () => {
    const result = await runCli([], { env: { SYSLEAD_HOME: data.home } });
    expect(result.stdout + result.stderr).toContain('Usage: syslead [options] [command]');
    expect(existsSync(join(data.home, 'in-progress'))).toBe(false);
  });
});

describe('syslead run without a terminal', () => {
  it('refuses at once when stdin is a pipe, pointing to syslead score, and never waits for input', async () => {
    const began = Date.now();
    const result = await runCli(['run', QUESTIONNAIRE], { env: { SYSLEAD_HOME: data.home }, input: '3\n3\n3\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/stdin is not a terminal: syslead run asks its questions in a terminal\. For scripted use, .*syslead score ANSWERS\.yaml/);
    expect(result.stdout).toBe('');
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(existsSync(join(data.home, 'in-progress'))).toBe(false);
  });
});
