import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, STARTED } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const SMALL = fixture('run-small.yaml');
const OBSERVER = fixture('run-observer.yaml');
const CTRL_D = '\u0004';

const data = ptyDataFolder('syslead-run-plain-');

function start(args: string[], env: Record<string, string> = {}): PtySession {
  const session = new PtySession(['run', ...args], { SYSLEAD_HOME: data.home, ...env });
  data.track(session);
  return session;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const inProgress = (id: string) => readJson(join(data.home, 'in-progress', `${id}.json`));
function result(id: string): Record<string, unknown> {
  const dir = join(data.home, 'results', id);
  // The result; a report saved at the end lies beside it.
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
  expect(files).toHaveLength(1);
  return readJson(join(dir, files[0]!));
}

/**
 * What in the output is not plain text, character by character: an escape or any other control
 * character but the terminal's line end \r\n (so no \r that returns to redraw a line), and box
 * drawing (U+2500-U+257F). Each as its offset and code, so that a failure shows where.
 */
function notPlain(output: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < output.length; i++) {
    const code = output.codePointAt(i)!;
    const lineEnd = output[i] === '\n' || (output[i] === '\r' && output[i + 1] === '\n');
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if ((control && !lineEnd) || (code >= 0x2500 && code <= 0x257f)) found.push(`${i}: U+${code.toString(16).padStart(4, '0')}`);
  }
  return found;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Sends a line as typed (the terminal echoes it), then waits for what it brings. */
const answer = (session: PtySession, line: string, expected: string | RegExp) => session.press(`${line}${KEY.enter}`, expected);

describe('syslead run --plain', () => {
  it('prints each question once as plain lines, takes answers as lines, and writes no escape sequence at all', async () => {
    const session = start([SMALL, '--plain']);
    await session.waitFor('Answer each question by typing the number of your answer and pressing Enter. Type b to go back, s to skip, ? to hear about the theme.');
    await answer(
      session,
      '',
      'Question 1 of 6. Theme: Listening.\nI listen before I speak in partnership meetings.\n1. Strongly disagree\n2. Disagree\n3. Agree\n4. Strongly agree\nYour answer, 1 to 4 (s skip, ? about the theme):',
    );
    // A line that is no answer gets one line saying what is, and the question is asked again.
    await answer(session, '7', 'Type a number from 1 to 4, s to skip, ? about the theme, then press Enter.');
    await answer(session, 'b', 'This is the first question: there is nothing to go back to.');
    await answer(session, '?', 'Hearing what partners and the people who use services say.\nYour answer, 1 to 4');
    await answer(session, '3', 'Question 2 of 6. Theme: Listening.');
    expect(inProgress('run-small')).toMatchObject({ answers: { l1: 3 } });
    // b goes back, the answer given before said; Enter alone keeps it.
    await answer(session, 'b', 'Your answer before: 3. Agree. Enter alone keeps it.');
    await answer(session, '', /Question 2 of 6[\s\S]*Question 2 of 6/);
    // The scale starts at 0: 1 is its first point, as the key 1 is in a normal run.
    await answer(session, '1', 'Question 3 of 6. Theme: Listening.\nHow important is Listening to your role?');
    await answer(session, '3', 'Question 4 of 6');
    await answer(session, 's', 'Question 5 of 6. Theme: Sharing.\nWhat would help you share more?');
    await answer(session, 'Time with partners', 'Question 6 of 6');
    session.write(`2${KEY.enter}`);
    // The end: the summary, then a numbered choice read as a line, as every question was.
    await session.choose('Save the report as HTML', { plain: true });
    await session.waitFor(/The report is saved in (\S+\.html)\./);
    const html = /The report is saved in (\S+\.html)\./.exec(session.screen().replace(/\n/g, ''))![1]!;
    expect(readFileSync(html, 'utf8')).toContain('<!doctype html>');
    await session.choose('Read the full report', { plain: true });
    await session.waitFor('LISTENING');
    await session.choose('Done', { plain: true });
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('Your answers are saved in');
    await session.waitFor('Next steps:');
    expect(result('run-small')).toMatchObject({ answers: { l1: 3, l2: 0, s1: null, 's-notes': 'Time with partners' }, importance: { listening: 3, sharing: 2 } });

    expect(count(session.raw, 'Press Enter to start.')).toBe(1);
    expect(count(session.raw, 'Question 1 of 6.')).toBe(2);
    expect(count(session.raw, 'Question 5 of 6.')).toBe(1);
    // The report on stdout comes without colour, hyperlinks or box drawing too: its rules are ASCII.
    expect(notPlain(session.raw)).toEqual([]);
    expect(session.raw).toMatch(/\r\n-{40,}\r\nLISTENING\r\n/);
    // After the last question, the summary first: the report's heading, then the choice.
    const afterQuestions = session.raw.slice(session.raw.lastIndexOf('Question 6 of 6'));
    expect(afterQuestions).toMatch(/\r\nA small run\r\nrole: Self · completed [\s\S]*What next\?/);
  });

  it('is the way with TERM=dumb: stopped by Ctrl-C it says how to resume, and resumes at the next question', async () => {
    const dumb = { TERM: 'dumb' };
    const first = start([SMALL], dumb);
    await first.waitFor('Press Enter to start.');
    await answer(first, '', 'Question 1 of 6.');
    await answer(first, '4', 'Question 2 of 6.');
    await answer(first, '2', 'Question 3 of 6.');
    first.write(KEY.ctrlC);
    expect(await first.exit()).toMatchObject({ exitCode: 130 });
    await first.waitFor('Your answers so far (2 of 6 questions) are saved');
    await first.waitFor(`To carry on where you left off: ${STARTED} run ${SMALL} --resume`);
    expect(inProgress('run-small')).toMatchObject({ answers: { l1: 4, l2: 1 } });
    expect(notPlain(first.raw)).toEqual([]);

    // Without --resume, the offer to carry on is a line too.
    const second = start([SMALL], dumb);
    await second.waitFor('2 of 6 questions done. Carry on where you left off? Type y or n, then Enter (Enter alone: yes):');
    await answer(second, 'maybe', 'Type y for yes or n for no, then press Enter.');
    await answer(second, 'y', 'Question 3 of 6. Theme: Listening.');
    await answer(second, 'b', 'Your answer before: 2. Sometimes. Enter alone keeps it.');
    // Ctrl-D, the end of the input, stops as Ctrl-C does.
    second.write(CTRL_D);
    expect(await second.exit()).toMatchObject({ exitCode: 130 });
    await second.waitFor('Your answers so far (2 of 6 questions) are saved');
    expect(notPlain(second.raw)).toEqual([]);
    expect(second.screen()).not.toContain('Press Enter to start.');
  });

  it('loses nothing when the terminal itself is closed', async () => {
    const session = start([SMALL, '--plain']);
    await session.waitFor('Press Enter to start.');
    await answer(session, '', 'Question 1 of 6.');
    await answer(session, '2', 'Question 2 of 6.');
    session.closeTerminal();
    const exit = await session.exit();
    // By SIGINT's default action, as a normal run after a hangup (see run.test.ts).
    expect(exit).toMatchObject({ signal: 2 });
    expect(inProgress('run-small')).toMatchObject({ answers: { l1: 2 } });
    expect(existsSync(join(data.home, 'in-progress', 'run-small.lock'))).toBe(false);
  });

  it('redraws as usual with TERM=dumb and --no-plain', async () => {
    const session = start([SMALL, '--no-plain'], { TERM: 'dumb' });
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, '1/6  Listening');
    expect(session.raw).toContain('\u001b');
    session.write(KEY.ctrlC);
    expect(await session.exit()).toMatchObject({ exitCode: 130 });
  });

  it('drops lines typed ahead of a free-text question, and says so', async () => {
    const session = start([SMALL, '--plain']);
    await session.waitFor('Press Enter to start.');
    await answer(session, '', 'Question 1 of 6.');
    // Three answers and a stray 4 in one read: the 4 comes before the free-text question shows.
    session.write(`1${KEY.enter}1${KEY.enter}1${KEY.enter}4${KEY.enter}4${KEY.enter}`);
    await session.waitFor('Question 5 of 6. Theme: Sharing.\nWhat would help you share more?\nWhat you typed before this question appeared was not kept: type the answer here.');
    expect(inProgress('run-small')).toMatchObject({ answers: { l1: 1, l2: 0, s1: 4 }, importance: { listening: 1 } });
    await answer(session, 'More time', 'Question 6 of 6');
    expect(inProgress('run-small').answers).toMatchObject({ 's-notes': 'More time' });
  });
});

describe('syslead run --plain on an observer form', () => {
  it('asks the name and the relation as lines, the relation as a numbered list, and takes n for not observed', async () => {
    const session = start([OBSERVER, '--plain']);
    await session.waitFor('(or n for not observed) and pressing Enter.');
    await answer(session, '', 'Whom is this feedback about? Type their name, then Enter:');
    await answer(session, '  ', 'Please give the name of the person the feedback is about.');
    await answer(
      session,
      'Sam Patel',
      'How do you work with Sam Patel? You are:\n1. Their line manager\n2. A peer in the same organisation\n3. Someone who reports to them\n4. A partner in another organisation\n5. Other\nYour answer, 1 to 5:',
    );
    await answer(session, '9', 'Type a number from 1 to 5, then press Enter.');
    await answer(session, '2', 'Question 1 of 2. Theme: Listening.\nThey listen before they speak in partnership meetings.\n1. Rarely\n2. Sometimes\n3. Often\n4. Almost always\nn. Not observed');
    await answer(session, 'n', 'Question 2 of 2.');
    expect(inProgress('run-observer')).toMatchObject({ role: 'peer', subject: 'Sam Patel', answers: { l1: 'Not observed' } });
    await answer(session, 'b', 'Your answer before: n. Not observed. Enter alone keeps it.');
    await answer(session, '3', 'Question 2 of 2.');
    session.write(`4${KEY.enter}`);
    await session.choose('Done', { plain: true });
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(result('run-observer')).toMatchObject({ role: 'peer', subject: 'Sam Patel', answers: { l1: 3, l2: 4 } });
    expect(notPlain(session.raw)).toEqual([]);
  });
});
