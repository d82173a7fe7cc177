import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const OBSERVER = fixture('run-observer.yaml');
const SELF = fixture('run-small.yaml');

const data = ptyDataFolder('syslead-run-observer-');

function start(args: string[]): PtySession {
  const session = new PtySession(['run', ...args], { SYSLEAD_HOME: data.home, NO_COLOR: '1' });
  data.track(session);
  return session;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const inProgress = (id: string) => readJson(join(data.home, 'in-progress', `${id}.json`));
function result(): Record<string, unknown> {
  const dir = join(data.home, 'results', 'run-observer');
  const files = existsSync(dir) ? readdirSync(dir) : [];
  expect(files).toHaveLength(1);
  return readJson(join(dir, files[0]!));
}

describe('syslead run on an observer form', () => {
  it('asks, after the intro, whom the feedback is about and how the rater works with them, and saves both', async () => {
    const session = start([OBSERVER]);
    await session.waitFor('answer from what you have seen the person do');
    await session.press(KEY.enter, 'Whom is this feedback about? Their name:');
    // A name is required.
    await session.press(KEY.enter, 'give the name of the person the feedback is about');
    await session.press('  Sam Patel ', 'Sam Patel');
    await session.press(KEY.enter, 'How do you work with Sam Patel? You are:');
    // The same list as a rating's: numbered, a number answers.
    await session.waitFor(
      / {2}1 {2}Their line manager\n {2}2 {2}A peer in the same organisation\n {2}3 {2}Someone who reports to them\n {2}4 {2}A partner in another organisation\n {2}5 {2}Other\n\n1-5 answer {2}↑↓ Enter choose/,
    );
    await session.press('3', '1/2  Listening');
    await session.press('3', '2/2  Listening');
    expect(inProgress('run-observer')).toMatchObject({ role: 'direct-report', subject: 'Sam Patel', answers: { l1: 3 } });
    session.write('4');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(result()).toMatchObject({ questionnaire: 'run-observer', role: 'direct-report', subject: 'Sam Patel', answers: { l1: 3, l2: 4 } });
  });

  it('takes n for "not observed", saves it as the text, and shows it as the answer on the way back', async () => {
    const session = start([OBSERVER, '--role', 'peer', '--subject', 'Sam Patel']);
    await session.waitFor('press n (not observed) for what you have not had the chance to see');
    await session.press(KEY.enter, /n {2}Not observed/);
    await session.press('n', '2/2  Listening');
    expect(inProgress('run-observer')).toMatchObject({ answers: { l1: 'Not observed' } });
    await session.press('b', /❯ n {2}Not observed {2}← your answer/);
    await session.press(KEY.enter, '2/2  Listening');
    session.write('4');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(result()).toMatchObject({ answers: { l1: 'Not observed', l2: 4 } });
  });

  it('takes the relation by the arrows and Enter too, and refuses Enter with nothing chosen and numbers off the list', async () => {
    const session = start([OBSERVER, '--subject', 'Sam Patel']);
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, 'How do you work with Sam Patel? You are:');
    await session.press(KEY.enter, 'Press a number from 1 to 5.');
    await session.press('7', 'Choose 1 to 5.');
    await session.press(KEY.down, '❯ 1  Their line manager');
    await session.press(KEY.down, '❯ 2  A peer in the same organisation');
    await session.press(KEY.enter, '1/2  Listening');
    await session.waitFor('How do you work with Sam Patel? You are: A peer in the same organisation');
    await session.press('2', '2/2  Listening');
    expect(inProgress('run-observer')).toMatchObject({ role: 'peer', subject: 'Sam Patel', answers: { l1: 2 } });
  });

  it('keeps keys typed ahead at the intro out of the name: it takes only what is typed once it is asked', async () => {
    const session = start([OBSERVER, '--role', 'partner']);
    await session.waitFor('Press Enter to start.');
    await session.press(`${KEY.enter}4${KEY.enter}`, 'Whom is this feedback about? Their name:');
    await session.waitFor('What you typed before this question appeared was not kept: type the answer here.');
    await session.press(`Sam Patel${KEY.enter}`, '1/2  Listening');
    await session.press('1', '2/2');
    expect(inProgress('run-observer')).toMatchObject({ role: 'partner', subject: 'Sam Patel', answers: { l1: 1 } });
  });

  it('asks neither with --role and --subject, and a resumed run keeps them without asking again', async () => {
    const first = start([OBSERVER, '--role', 'peer', '--subject', 'Sam Patel']);
    await first.waitFor('Press Enter to start.');
    await first.press(KEY.enter, '1/2  Listening');
    await first.press('2', '2/2');
    first.write(KEY.ctrlC);
    expect(await first.exit()).toMatchObject({ exitCode: 130 });
    expect(first.screen()).not.toContain('Whom is this feedback about?');
    expect(first.screen()).not.toContain('How do you work with');

    const second = start([OBSERVER]);
    await second.waitFor('you have a run in progress (feedback on Sam Patel, started');
    await second.press(KEY.enter, '2/2  Listening');
    second.write('1');
    await second.choose('Done');
    expect(await second.exit()).toMatchObject({ exitCode: 0 });
    expect(second.screen()).not.toContain('Whom is this feedback about?');
    expect(result()).toMatchObject({ role: 'peer', subject: 'Sam Patel', answers: { l1: 2, l2: 1 } });
  });

  it('refuses --role self on an observer form, and --role other than self on a self-assessment, before the intro', async () => {
    for (const [args, message] of [
      [[OBSERVER, '--role', 'self'], '--role self: run-observer is an observer form'],
      [[SELF, '--role', 'peer'], '--role peer: run-small is a self-assessment'],
      [[OBSERVER, '--role', 'boss'], "argument 'boss' is invalid. Allowed choices are self, manager, peer, direct-report, partner, other."],
      [[OBSERVER, '--subject', ' '], '--subject: give the name of the person the feedback is about'],
    ] as const) {
      const session = start([...args]);
      expect(await session.exit()).toMatchObject({ exitCode: 2 });
      await session.waitFor(message);
      expect(session.screen()).not.toContain('Press Enter to start.');
    }
    expect(existsSync(join(data.home, 'in-progress'))).toBe(false);
  });
});

describe('syslead run on a self-assessment', () => {
  it('is always answered as self, and saves --subject when given', async () => {
    const session = start([SELF, '--subject', 'Alex Morgan']);
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, '1/6  Listening');
    await session.press('3', '2/6');
    expect(session.screen()).not.toContain('Whom is this feedback about?');
    expect(inProgress('run-small')).toMatchObject({ role: 'self', subject: 'Alex Morgan', answers: { l1: 3 } });
  });
});
