/** The run's screens in Welsh: the Welsh draft of the quick form speaks Welsh, --lang chooses, and the answers score as in English. */
import { describe, expect, it } from 'vitest';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const data = ptyDataFolder('syslead-run-welsh-');

function start(args: string[], env: Record<string, string> = {}): PtySession {
  const session = new PtySession(['run', ...args], { SYSLEAD_HOME: data.home, ...env });
  data.track(session);
  return session;
}

describe('syslead run in Welsh', () => {
  it("speaks Welsh on the Welsh form's screens: the intro, the counts in Welsh plural forms, the keys and the messages", async () => {
    const session = start(['systems-leadership-quick.cy']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    const intro = session.screen().replace(/\s+/g, ' ');
    // 17 questions, 13 statements, 3 on importance, 1 free-text prompt: Welsh's "other", "other", "few" and "one" forms.
    expect(intro).toContain("17 cwestiwn: 13 datganiad i'w graddio, 3 chwestiwn am bwysigrwydd a 1 cwestiwn agored, un ar y tro: tua 5 munud.");
    expect(intro).toContain('Bysellau:');
    expect(intro).toContain('Mae eich atebion yn aros ar y cyfrifiadur hwn');
    await session.press(KEY.enter, '1/17');
    const question = session.screen();
    expect(question).toMatch(/1-5 ateb\s+↑↓ Enter dewis\s+s hepgor\s+\? am y thema/);
    await session.press('b', "Dyma'r cwestiwn cyntaf: does dim i fynd yn ôl ato.");
    await session.press(KEY.enter, 'Pwyswch rif o 1 i 5, neu s i hepgor.');
    session.kill('SIGTERM');
  });

  it('speaks English with --lang en, and Welsh for an English form with --lang cy or SYSLEAD_LANG=cy', async () => {
    const english = start(['systems-leadership-quick.cy', '--lang', 'en']);
    await english.waitFor('Press Enter to start.');
    expect(english.screen()).toContain('17 questions: 13 statements to rate, 3 questions on importance and 1 free-text prompt');
    english.kill('SIGTERM');
    const welsh = start(['systems-leadership-quick'], { SYSLEAD_LANG: 'cy_GB.UTF-8' });
    await welsh.waitFor('Pwyswch Enter i ddechrau.');
    welsh.kill('SIGTERM');
  });

  it('says when --lang names a language it has no words for, and goes on in the next it knows', async () => {
    const session = start(['systems-leadership-quick.cy', '--lang', 'fr']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    // Said in the language it goes on in, so the person reading the screen can read the note.
    expect(session.screen()).toContain("nid oes gan syslead eiriau ar gyfer --lang fr (mae'n siarad en, cy)");
    session.kill('SIGTERM');
  });

  it('speaks Welsh in --plain too, for a screen reader: each question as lines, and what is accepted', async () => {
    const session = start(['systems-leadership-quick.cy', '--plain']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    expect(session.screen()).toContain('Atebwch bob cwestiwn drwy deipio rhif eich ateb a phwyso Enter.');
    await session.press(KEY.enter, 'Cwestiwn 1 o 17. Thema: Gwerthoedd a rennir.');
    await session.waitFor('Eich ateb, 1 i 5 (s hepgor, ? am y thema): ');
    await session.press(`9${KEY.enter}`, 'Teipiwch rif o 1 i 5, s i hepgor, ? am y thema, yna pwyswch Enter.');
    session.kill('SIGTERM');
  });

  it('says in Welsh what was saved when stopped, and offers to carry on in Welsh', async () => {
    const first = start(['systems-leadership-quick.cy']);
    await first.press(KEY.enter, '1/17');
    await first.press('3', '2/17');
    await first.press('4', '3/17');
    first.write(KEY.ctrlC);
    expect(await first.exit()).toMatchObject({ exitCode: 130 });
    expect(first.screen().replace(/\s+/g, ' ')).toMatch(/Wedi stopio\. Mae eich atebion hyd yma \(2 o 17 cwestiwn\) wedi eu cadw yn .*I barhau o'r man lle gwnaethoch chi adael:/);
    const again = start(['systems-leadership-quick.cy']);
    await again.waitFor('mae gennych rediad ar y gweill');
    expect(again.screen().replace(/\s+/g, ' ')).toContain("2 o 17 cwestiwn wedi eu hateb. Parhau o'r man lle gwnaethoch chi adael?");
    again.kill('SIGTERM');
  });
});
