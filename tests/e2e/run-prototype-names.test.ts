import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

// The item "constructor" was taken as answered before it was asked (the run began at 2/6) and,
// as a free-text item left empty, ended the run with "text.replace is not a function".
const yaml = readFileSync(fixture('prototype/prototype-names.yaml'), 'utf8');

const data = ptyDataFolder('syslead-run-prototype-');

function start(questionnaire: string): PtySession {
  const file = join(data.home, 'prototype-names.yaml');
  writeFileSync(file, questionnaire);
  const session = new PtySession(['run', file], { SYSLEAD_HOME: data.home });
  data.track(session);
  return session;
}
const saved = () => {
  const dir = join(data.home, 'results', 'prototype-names');
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
    await session.choose('Done');
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
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(saved().map((r) => r.answers)).toEqual([{ constructor: null, prototype: 3, tostring: 2, valueof: 'Notes' }]);
  });
});
