/** Issue 22: a run in Welsh saves a result that records its language; history names it, score writes it in Welsh again. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const QUESTIONNAIRE = fixture('run-small.yaml');
const data = ptyDataFolder('syslead-results-welsh-run-');

function start(args: string[], env: Record<string, string> = {}): PtySession {
  const session = new PtySession(['run', QUESTIONNAIRE, ...args], { SYSLEAD_HOME: data.home, ...env });
  data.track(session);
  return session;
}

const results = () => {
  const dir = join(data.home, 'results', 'run-small');
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
};

/** At the end screen in Welsh ("Beth nesaf?"), presses the number of the answer with `label`. */
async function chooseInWelsh(session: PtySession, label: string): Promise<void> {
  const pattern = new RegExp(`Beth nesaf\\?\\s*\\n(?:.*\\n)*?\\D*(\\d)\\s+${label}\\s*$`, 'm');
  await session.waitFor(pattern);
  const matches = [...session.screen().matchAll(new RegExp(pattern.source, 'gm'))];
  session.write(matches.at(-1)![1]!);
}

/** run-small.yaml to its end: l1, l2, importance of Listening, s1 skipped, the free text, importance of Sharing. */
async function answerAll(session: PtySession): Promise<void> {
  await session.waitFor('Pwyswch Enter i ddechrau.');
  await session.press(KEY.enter, '1/6');
  await session.press('3', '2/6');
  await session.press('1', '3/6');
  await session.press('3', '4/6');
  await session.press('s', '5/6');
  await session.press('Amser', '› Amser');
  await session.press(KEY.enter, '6/6');
  session.write('2');
}

describe('a run in Welsh, then its result', () => {
  it('records Welsh in the saved result; history names it and score writes it in Welsh without --lang', async () => {
    const session = start(['--lang', 'cy']);
    await answerAll(session);
    await chooseInWelsh(session, 'Wedi gorffen');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });

    const saved = results();
    expect(saved).toHaveLength(1);
    const file = JSON.parse(readFileSync(saved[0]!, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ questionnaire: 'run-small', version: 1, report_languages: ['cy'] });
    // run-small is written in English, not a translation: no language of a translation is recorded.
    expect(file).not.toHaveProperty('language');

    const env = { SYSLEAD_HOME: data.home };
    const english = await runCli(['history', QUESTIONNAIRE, '--lang', 'en'], { env });
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^ {2}\d+ \w+ \d{4}, \d\d:\d\d {2}in Welsh {2}\//m);
    const welsh = await runCli(['history', QUESTIONNAIRE, '--lang', 'cy'], { env });
    expect(welsh.stdout).toMatch(/^ {2}\d+ \w+ \d{4}, \d\d:\d\d {2}yn Gymraeg {2}\//m);
    const json = JSON.parse((await runCli(['history', QUESTIONNAIRE, '--json'], { env })).stdout) as { reportLanguages?: string[] }[];
    expect(json.map((entry) => entry.reportLanguages)).toEqual([['cy']]);

    const scored = await runCli(['score', '--questionnaire', QUESTIONNAIRE, saved[0]!], { env: { ...env, LANG: 'en_GB.UTF-8' } });
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('CRYNODEB');
  });

  it('records English for a run in English', async () => {
    const session = start(['--lang', 'en']);
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, '1/6');
    await session.press('3', '2/6');
    await session.press('1', '3/6');
    await session.press('3', '4/6');
    await session.press('s', '5/6');
    await session.press(KEY.enter, '6/6');
    session.write('2');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    // With the Welsh run's result, which may have been saved in the same second.
    const recorded = results().map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { report_languages?: string[] }).report_languages);
    expect(recorded).toContainEqual(['en']);
  });
});
