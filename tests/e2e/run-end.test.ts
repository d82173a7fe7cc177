import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, STARTED } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const SMALL = fixture('run-small.yaml');
const data = ptyDataFolder('syslead-run-end-');

function start(args: string[], env: Record<string, string> = {}): PtySession {
  const session = new PtySession(['run', SMALL, ...args], { SYSLEAD_HOME: data.home, ...env });
  data.track(session);
  return session;
}

/** run-small.yaml from the intro to its last answer: l1 Agree, l2 its first point, s1 skipped, a note, importance 3 and 2. */
async function answerAll(session: PtySession): Promise<void> {
  await session.waitFor('Press Enter to start.');
  await session.press(KEY.enter, '1/6  Listening');
  await session.press('3', '2/6  Listening');
  await session.press('1', 'How important is Listening to your role?');
  await session.press('3', '4/6  Sharing');
  await session.press('s', 'What would help you share more?');
  await session.press('Time with partners', '› Time with partners');
  await session.press(KEY.enter, 'How important is Sharing to your role?');
  session.write('2');
}

const resultsDir = () => join(data.home, 'results', 'run-small');
const resultStamp = () =>
  readdirSync(resultsDir())
    .find((name) => name.endsWith('.json'))!
    .replace(/\.json$/, '');

describe('the end of syslead run at a terminal', () => {
  it('shows the summary last, not the full report, then the choice; done gives the next steps as the run was started', async () => {
    const session = start([], { SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.waitFor('What next?');
    const screen = session.screen();
    expect(screen).toContain('SUMMARY');
    // Sharing's one rated statement was skipped: Listening alone is scored, and is the priority.
    expect(screen).toMatch(/Sharing\s+no score/);
    expect(screen).toContain('Development priorities (important to the role, scoring lowest):');
    expect(screen).toMatch(/1\. Listening \(\d+%/);
    expect(screen).toMatch(/1\s+Read the full report\n.*2\s+Save the report as HTML\n.*3\s+Done/);
    // No browser, so no PDF; the full report's themes are not printed.
    expect(screen).not.toContain('Save the report as PDF');
    expect(screen).not.toContain('LISTENING');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor(`See your runs again: ${STARTED} history run-small`);
    await session.waitFor(`Take it again later and see what changed: ${STARTED} compare --questionnaire run-small`);
    await session.waitFor(`Share it with a coach or a colleague: run "${STARTED} score`);
    expect(session.screen()).not.toContain('LISTENING');
  });

  it('reads the full report through $PAGER, then offers the choice again', async () => {
    const marker = join(data.home, 'paged.txt');
    const pager = join(data.home, 'pager.sh');
    writeFileSync(pager, `#!/bin/sh\ncat > "${marker}"\necho PAGER-RAN\n`);
    chmodSync(pager, 0o755);
    const session = start([], { PAGER: pager, SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.choose('Read the full report');
    await session.waitFor('PAGER-RAN');
    const paged = readFileSync(marker, 'utf8');
    expect(paged).toContain('LISTENING');
    expect(paged).toContain('SHARING');
    expect(paged).toContain('Time with partners');
    // Back at the choice, the keys are the run's again.
    await session.waitFor(/PAGER-RAN[\s\S]*What next\?[\s\S]*Done/);
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(session.screen()).not.toContain('LISTENING');
  });

  it('reads it through less -R when PAGER is unset and less is on PATH: q goes back to the choice', async () => {
    const less = ['/usr/bin/less', '/bin/less'].find(existsSync);
    if (!less) return void expect.soft(less, 'no less on this machine: the default pager is untested').toBeDefined();
    const session = start([], { SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.choose('Read the full report');
    await session.waitFor('LISTENING');
    await session.press('q', /LISTENING[\s\S]*What next\?[\s\S]*Done/);
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('Next steps:');
  });

  it('is not stopped by a Ctrl-C meant for the pager, which the terminal sends to the whole process group', async () => {
    const pager = join(data.home, 'pager.sh');
    // As a Ctrl-C in less: SIGINT to every process of the terminal's foreground group, the pager surviving it.
    writeFileSync(pager, `#!/bin/sh\ntrap '' INT\ncat > /dev/null\nkill -INT 0\necho PAGER-RAN\n`);
    chmodSync(pager, 0o755);
    const session = start([], { PAGER: pager, SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.choose('Read the full report');
    await session.waitFor(/PAGER-RAN[\s\S]*What next\?[\s\S]*Done/);
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('Next steps:');
  });

  it('offers a PDF when a browser is found, and saves it beside the result', async () => {
    const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
    if (!browser) return void expect.soft(browser, 'no browser on this machine: the PDF choice is untested').toBeDefined();
    const session = start([], { SYSLEAD_BROWSER: browser });
    await answerAll(session);
    await session.waitFor(/1\s+Read the full report\n.*2\s+Save the report as HTML\n.*3\s+Save the report as PDF\n.*4\s+Done/);
    await session.choose('Save the report as PDF');
    await session.waitFor(/The report is saved in \S+\.pdf\./, 60_000);
    const expected = join(resultsDir(), `run-small-${resultStamp()}.pdf`);
    expect(readFileSync(expected).subarray(0, 5).toString()).toBe('%PDF-');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor(`Share it with a coach or a colleague: ${expected}`);
  }, 90_000);

  it('saves the report as HTML beside the result, prints its path, and names it among the next steps', async () => {
    const session = start([], { SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.choose('Save the report as HTML');
    await session.waitFor(/The report is saved in (\S+\.html)\./);
    const printed = /The report is saved in (\S+\.html)\./.exec(session.screen().replace(/\n/g, ''))![1]!;
    const expected = join(resultsDir(), `run-small-${resultStamp()}.html`);
    expect(printed).toBe(expected);
    const html = readFileSync(expected, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Time with partners');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor(`Share it with a coach or a colleague: ${expected}`);
    // The report is no result: history still lists one run.
    expect(readdirSync(resultsDir()).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });

  it('says so when the report cannot be saved, and offers the choice again', async () => {
    const session = start([], { SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    await session.waitFor('What next?');
    // A folder where the report would go: it cannot be written (as root, a read-only folder could be).
    const target = join(resultsDir(), `run-small-${resultStamp()}.html`);
    mkdirSync(target);
    await session.choose('Save the report as HTML');
    await session.waitFor(`Cannot save the report in ${target}:`);
    await session.waitFor(/Cannot save the report[\s\S]*What next\?[\s\S]*Done/);
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor(`Share it with a coach or a colleague: run "${STARTED} score`);
  });

  it('with --format prints the whole report as before, and asks nothing more', async () => {
    const session = start(['--format', 'text'], { SYSLEAD_BROWSER: '/nonexistent' });
    await answerAll(session);
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('LISTENING');
    await session.waitFor(`See past runs with "${STARTED} history run-small"`);
    expect(session.raw).not.toContain('What next?');
  });

  it('with --plain ends on the summary and the same choice, read as lines, with no box drawing', async () => {
    const session = start(['--plain']);
    await session.waitFor('Press Enter to start.');
    for (const [line, next] of [
      ['', 'Question 1 of 6.'],
      ['3', 'Question 2 of 6.'],
      ['1', 'Question 3 of 6.'],
      ['3', 'Question 4 of 6.'],
      ['s', 'Question 5 of 6.'],
      ['Time with partners', 'Question 6 of 6.'],
    ] as const) {
      await session.press(`${line}${KEY.enter}`, next);
    }
    session.write(`2${KEY.enter}`);
    // The full report is printed, never paged, in plain mode.
    await session.choose('Read the full report', { plain: true });
    await session.waitFor('LISTENING');
    await session.choose('Done', { plain: true });
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    await session.waitFor('Next steps:');
    expect([...session.raw].filter((c) => c.codePointAt(0)! >= 0x2500 && c.codePointAt(0)! <= 0x257f)).toEqual([]);
    expect(session.raw).toContain('-'.repeat(40));
    expect(existsSync(resultsDir())).toBe(true);
  });
});
