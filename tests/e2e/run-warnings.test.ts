/** syslead run says its questionnaire's warnings (the Welsh draft's) before the first screen, in the run's language. */
import { describe, expect, it } from 'vitest';
import { PtySession, ptyDataFolder } from '../helpers/pty.js';

const data = ptyDataFolder('syslead-run-warnings-');

function start(args: string[]): PtySession {
  const session = new PtySession(['run', ...args], { SYSLEAD_HOME: data.home });
  data.track(session);
  return session;
}

/** What the program wrote, without escape sequences, with runs of spaces made one. */
const written = (session: PtySession) => session.raw.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Z0-9]/g, '').replace(/\s+/g, ' ');

describe('syslead run and its questionnaire warnings', () => {
  it('the Welsh draft, without --lang: its warning once, in Welsh, the word warning in English', async () => {
    const session = start(['systems-leadership-quick.cy']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    const text = written(session);
    expect(text).toMatch(/systems-leadership-quick\.cy\.yaml:\d+:1: warning: cyfieithiad drafft: i'w adolygu gan siaradwr cy-GB cyn ei ddefnyddio/);
    expect(text.split('cyfieithiad drafft').length - 1).toBe(1);
    expect(text).not.toContain('a draft translation');
    session.kill('SIGTERM');
  });

  it('--lang en: in English', async () => {
    const session = start(['systems-leadership-quick.cy', '--lang', 'en']);
    await session.waitFor('Press Enter to start');
    expect(written(session)).toMatch(/systems-leadership-quick\.cy\.yaml:\d+:1: warning: a draft translation: to be reviewed by a speaker of cy-GB before use/);
    session.kill('SIGTERM');
  });

  it('an English form with no warning: none', async () => {
    const session = start(['systems-leadership-quick']);
    await session.waitFor('Press Enter to start');
    expect(written(session)).not.toContain('warning:');
    session.kill('SIGTERM');
  });
});
