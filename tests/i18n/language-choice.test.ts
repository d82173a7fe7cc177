import { afterEach, describe, expect, it } from 'vitest';
import { CY } from '../../src/core/i18n/cy.js';
import { speakIn } from '../../src/core/i18n/voice.js';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';

// Issue 22: the language is right everywhere it is chosen.

afterEach(() => speakIn('en'));

/** Every Welsh text, plural forms each. */
const WELSH = Object.entries(CY).flatMap(([key, message]) => (typeof message === 'string' ? [[key, message] as const] : Object.values(message).map((text) => [key, text] as const)));

describe('the markers error:, warning: and note: stay in English in Welsh', () => {
  it('no Welsh text has a Welsh marker (gwall:, rhybudd:, nodyn:) where the English has error:, warning:, note:', () => {
    expect(WELSH.length).toBeGreaterThan(1000);
    expect(WELSH.filter(([, text]) => /(^|syslead: |\n)(gwall|rhybudd|nodyn)( mewnol)?:/iu.test(text))).toEqual([]);
  });

  it('a usage error reads "error: <Welsh>", as commander writes it in English', async () => {
    const r = await runCli(['report', '--bogus', 'a.csv', '--lang', 'cy']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^error: opsiwn anhysbys '--bogus'\n/);
    const english = await runCli(['report', '--bogus', 'a.csv']);
    expect(english.stderr).toMatch(/^error: unknown option '--bogus'\n/);
  });

  it('a failure reads "syslead: error: <Welsh>"', async () => {
    const r = await runCli(['score', '-', '-', '--lang', 'cy']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe('syslead: error: dim ond unwaith y gellir rhoi "-" (stdin)\n');
  });
});
