import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { KEY, PtySession } from '../helpers/pty.js';

// The item "constructor" was taken as answered before it was asked (the run began at 2/6) and,
// as a free-text item left empty, ended the run with "text.replace is not a function".
const yaml = readFileSync(fixture('prototype/prototype-names.yaml'), 'utf8');

let home: string;
const sessions: PtySession[] = [];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'syslead-run-prototype-'));
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
  rmSync(home, { recursive: true, force: true });
});

function start(questionnaire: string): PtySession {
  const file = join(home, 'prototype-names.yaml');
  writeFileSync(file, questionnaire);
  const session = new PtySession(['run', file], { SYSLEAD_HOME: home });
  sessions.push(session);
  return session;
}
const saved = () => {
  const dir = join(home, 'results', 'prototype-names');
  return readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { answers: Record<string, unknown> });
};

describe('syslead run with an item "constructor"', () => {
  it('asks it first, as a rating, and saves its answer', async () => {
    const session = start(yaml);
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, '1/6  Constructor theme');
    await session.waitFor('First item.');
    await session.press('2', '2/6');
    await session.press('3', '3/6');
    await session.press('1', '4/6');
    await session.press('2', '5/6');
    await session.press(KEY.enter, '6/6');
    session.write('3');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(saved().map((r) => r.answers)).toEqual([{ constructor: 2, prototype: 3, tostring: 2, valueof: null }]);
  });

  it('asks it first, as free text, and skips it when left empty', async () => {
    const session = start(yaml.replace('{ id: constructor, text: First item. }', '{ id: constructor, type: text, text: First item. }'));
    await session.waitFor('Press Enter to start.');
    await session.press(KEY.enter, '1/6  Constructor theme');
    await session.waitFor('First item.');
    await session.press(KEY.enter, '2/6');
    await session.press('3', '3/6');
    await session.press('1', '4/6');
    await session.press('2', '5/6');
    await session.press('Notes', '› Notes');
    await session.press(KEY.enter, '6/6');
    session.write('3');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(saved().map((r) => r.answers)).toEqual([{ constructor: null, prototype: 3, tostring: 2, valueof: 'Notes' }]);
  });
});
