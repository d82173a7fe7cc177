import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { KEY, PtySession } from '../helpers/pty.js';

// Sequences a hostile file could use: clear the screen, set the clipboard (OSC 52), forge a link
// (OSC 8), a C1 CSI, and a lone ESC. None may reach the terminal as it is.
const HOSTILE = ['\u001b[2J', '\u001b]52;c;ZXZpbA==\u0007', '\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007', '\u009b31m', '\u001b'];
const EVIL = HOSTILE.join('');
const leaked = (text: string) => HOSTILE.slice(0, 4).filter((s) => text.includes(s));

/** A YAML double-quoted string that holds every character, C1 controls included, as an escape. */
const yamlString = (text: string) =>
  `"${[...text].map((c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c === '"' || c === '\\' ? `\\${c}` : c)).join('')}"`;

let dir: string;
let home: string;
let answerFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syslead-hostile-'));
  home = join(dir, 'home');
  const yaml = readFileSync(fixture('run-small.yaml'), 'utf8')
    .replace('title: A small run', `title: ${yamlString(`Small ${EVIL} run`)}`)
    .replace('title: Listening', `title: ${yamlString(`Listening ${EVIL}`)}`)
    .replace('I listen before I speak in partnership meetings.', yamlString(`I listen ${EVIL} first.`))
    .replace('Listening is a habit.', yamlString(`Habit ${EVIL}`));
  mkdirSync(join(dir, 'q'));
  writeFileSync(join(dir, 'q', 'run-small.yaml'), yaml);
  const answers = {
    questionnaire: 'run-small',
    version: 1,
    role: 'self',
    respondent: `Sam ${EVIL}`,
    subject: `Sam ${EVIL}`,
    completed: '2026-11-25T10:00:00Z',
    answers: { l1: 4, l2: 2, s1: 3, 's-notes': `Notes ${EVIL}` },
  };
  answerFile = join(dir, 'sam.json');
  writeFileSync(answerFile, JSON.stringify(answers));
  const results = join(home, 'results', 'run-small');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, '2026-10-01T09-00-00Z.json'), JSON.stringify({ ...answers, completed: '2026-10-01T09:00:00Z', answers: { l1: 1, l2: 0, s1: 1 } }));
  writeFileSync(join(results, '2026-11-25T10-00-00Z.json'), JSON.stringify(answers));
  const header = ['Name', `Team ${EVIL}`, 'l1', 'l2', 's1', '__proto__', 'constructor'].map((h) => JSON.stringify(h)).join(',');
  const rows = [1, 2, 3, 4].map((i) => [`Person ${i} ${EVIL}`, `North ${EVIL}`, 1 + (i % 4), i % 3, 1 + ((i + 1) % 4), 'x', 'y'].map((c) => JSON.stringify(String(c))).join(','));
  writeFileSync(join(dir, 'cohort.csv'), `${header}\n${rows.join('\n')}\n`);
});

const cli = (args: string[]) => runCli([...args, '--questionnaires', join(dir, 'q')], { env: { SYSLEAD_HOME: home, TZ: 'UTC' } });

describe('text from files cannot drive the terminal', () => {
  it.each([
    ['score', () => ['score', answerFile]],
    ['score --format md', () => ['score', '--format', 'md', answerFile]],
    ['history', () => ['history', 'run-small']],
    ['compare', () => ['compare', join(home, 'results/run-small/2026-10-01T09-00-00Z.json'), join(home, 'results/run-small/2026-11-25T10-00-00Z.json')]],
    ['report', () => ['report', join(dir, 'cohort.csv'), '--questionnaire', 'run-small', '--group-by', `Team ${EVIL}`, '--min-group', '2', '--per-respondent']],
    ['report --format md', () => ['report', '--format', 'md', join(dir, 'cohort.csv'), '--questionnaire', 'run-small', '--per-respondent']],
  ] as const)('in syslead %s', async (_name, args) => {
    const r = await cli([...args()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(leaked(r.stdout)).toEqual([]);
    expect(leaked(r.stderr)).toEqual([]);
    expect(`${r.stdout}${r.stderr}`).toContain('\\u001b');
  });

  it('in the errors about a broken questionnaire, whatever command reads it', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, `id: broken\n${yamlString(`key ${EVIL}`)}: 1\n`);
    for (const args of [
      ['score', '--questionnaire', broken, answerFile],
      ['run', broken, '--no-input'],
      ['validate', broken],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(/error/);
      expect(leaked(r.stderr), args.join(' ')).toEqual([]);
    }
  });

  it('keeps "__proto__" and "constructor" CSV headers as plain attributes', async () => {
    const r = await cli(['report', '--format', 'csv', join(dir, 'cohort.csv'), '--questionnaire', 'run-small']);
    expect(r.code, r.stderr).toBe(0);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  describe('in syslead run', () => {
    let session: PtySession;
    afterAll(() => session?.dispose());

    it('on the intro, the questions and the report', async () => {
      // The full report is read through the pager at the end: cat, so that it is all in the output.
      session = new PtySession(['run', join(dir, 'q', 'run-small.yaml')], { SYSLEAD_HOME: mkdtempSync(join(tmpdir(), 'syslead-hostile-run-')), PAGER: 'cat' });
      await session.waitFor('Press Enter to start.');
      await session.press(KEY.enter, '1/6');
      await session.waitFor('I listen \\u001b[2J');
      for (const key of ['4', '3', '3', '4']) session.write(key);
      // A free-text question takes only what is typed once it shows.
      await session.waitFor('5/6');
      for (const key of ['s', KEY.enter, '3']) session.write(key);
      await session.choose('Read the full report');
      await session.waitFor('LISTENING');
      await session.choose('Done');
      expect(await session.exit()).toMatchObject({ exitCode: 0 });
      expect(leaked(session.raw)).toEqual([]);
    });

    it('with --plain, where no escape sequence is written at all', async () => {
      session?.dispose();
      session = new PtySession(['run', join(dir, 'q', 'run-small.yaml'), '--plain'], { SYSLEAD_HOME: mkdtempSync(join(tmpdir(), 'syslead-hostile-run-')) });
      await session.waitFor('Press Enter to start.');
      await session.press(KEY.enter, 'Question 1 of 6');
      await session.waitFor('I listen \\u001b[2J');
      session.write(['4', '3', '3', '4'].map((line) => `${line}${KEY.enter}`).join(''));
      await session.waitFor('Question 5 of 6');
      session.write(`s${KEY.enter}3${KEY.enter}`);
      await session.choose('Read the full report', { plain: true });
      await session.waitFor('LISTENING');
      await session.choose('Done', { plain: true });
      expect(await session.exit()).toMatchObject({ exitCode: 0 });
      expect(session.raw).not.toContain('\u001b');
      expect(session.raw).not.toContain('\u009b');
    });
  });
});
