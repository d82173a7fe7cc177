/**
 * The run's first screens on the Welsh drafts of the full and observer forms: the form's texts and
 * syslead's own words in Welsh, and none of the English form's texts.
 */
import { describe, expect, it } from 'vitest';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const data = ptyDataFolder('syslead-run-welsh-forms-');

function start(args: string[]): PtySession {
  const session = new PtySession(['run', ...args], { SYSLEAD_HOME: data.home, NO_COLOR: '1' });
  data.track(session);
  return session;
}

const flat = (screen: string) => screen.replace(/\s+/g, ' ');
/** Texts of the English forms and of syslead's English screens that a Welsh run must not show. */
const ENGLISH = [
  'Systems leadership: a self-assessment',
  'Systems leadership: feedback from colleagues and partners',
  'A reflective self-assessment',
  'For colleagues and partners',
  'Shared values',
  'When I face a difficult decision',
  'They make difficult decisions',
  'Rarely',
  'Sometimes',
  'Almost always',
  'Not observed',
  'Press Enter to start',
  'Keys:',
  'How do you work with',
  'Their line manager',
];
const expectNoEnglish = (screen: string) => {
  for (const text of ENGLISH) expect(flat(screen), text).not.toContain(text);
};

describe('syslead run on the Welsh full and observer forms', () => {
  it('shows the full form in Welsh: its intro, counts, keys, the first statements and the scale', async () => {
    const session = start(['systems-leadership.cy']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    const intro = flat(session.screen());
    expect(intro).toContain('Arweinyddiaeth systemau: hunanasesiad');
    expect(intro).toContain("Hunanasesiad myfyriol ar gyfer pobl sy'n arwain ar draws ffiniau sefydliadol");
    expect(intro).toContain("42 cwestiwn: 36 datganiad i'w graddio, 3 chwestiwn am bwysigrwydd a 3 chwestiwn agored, un ar y tro: tua 12 munud.");
    expect(intro).toContain('Bysellau: 1-5 ateb');
    expectNoEnglish(session.screen());
    await session.press(KEY.enter, '1/42  Gwerthoedd a rennir');
    await session.waitFor("Pan fyddaf yn wynebu penderfyniad anodd, rwy'n ei bwyso a'i fesur yn erbyn y gwerthoedd sydd gennyf.");
    await session.waitFor(/ {2}1 {2}Anaml\n {2}2 {2}Weithiau\n {2}3 {2}Yn aml\n {2}4 {2}Fel arfer\n {2}5 {2}Bron bob amser\n/);
    // The second statement is the quick form's sv2, in the quick form's words.
    await session.press('4', '2/42  Gwerthoedd a rennir');
    await session.waitFor("Rwy'n dweud yn onest wrth bartneriaid beth y gall a beth na all fy sefydliad ei gynnig.");
    expectNoEnglish(session.screen());
    session.kill('SIGTERM');
  });

  it('shows the observer form in Welsh: who the feedback is about, the relation, and statements in the third person', async () => {
    const session = start(['systems-leadership-observer.cy']);
    await session.waitFor('Pwyswch Enter i ddechrau.');
    const intro = flat(session.screen());
    expect(intro).toContain('Arweinyddiaeth systemau: adborth gan gydweithwyr a phartneriaid');
    expect(intro).toContain("39 cwestiwn: 36 datganiad i'w graddio a 3 chwestiwn agored");
    expect(intro).toContain('n heb ei arsylwi');
    expectNoEnglish(session.screen());
    await session.press(KEY.enter, "Am bwy mae'r adborth hwn? Eu henw:");
    await session.press('Sam Patel', 'Sam Patel');
    await session.press(KEY.enter, "Sut ydych chi'n gweithio gyda Sam Patel?");
    await session.waitFor('Eu rheolwr llinell');
    await session.press('2', '1/39  Gwerthoedd a rennir');
    await session.waitFor("Maen nhw'n gwneud penderfyniadau anodd yn unol â'r gwerthoedd maen nhw'n dweud sydd ganddyn nhw.");
    await session.waitFor(/n {2}Heb ei arsylwi/);
    expectNoEnglish(session.screen());
    session.kill('SIGTERM');
  });
});
