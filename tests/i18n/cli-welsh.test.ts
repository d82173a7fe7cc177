import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { langInArguments, main, reportFailure } from '../../src/cli/main.js';
import { CLI_EN } from '../../src/core/i18n/en/cli.js';
import { speakIn } from '../../src/core/i18n/voice.js';
import { EXIT, ExitError } from '../../src/errors.js';
import { BIN, ROOT, runBinary, runCli, scriptIO } from '../helpers/cli.js';

/**
 * Every English text of the cli part longer than one word, less its {places}: each piece between
 * places that still holds two words. None may be in what syslead says in Welsh.
 */
const ENGLISH = Object.values(CLI_EN)
  .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
  .flatMap((text) => text.split(/\{[^}]*\}/))
  .map((piece) => piece.replace(/\s+/g, ' ').trim())
  .filter((piece) => /\p{L}{2,}\S*\s+\S*\p{L}{2,}/u.test(piece));

/** The English texts of the cli part found in `text`, read as words: the help's wrapping and padding as one space. */
const englishIn = (text: string) => {
  const words = text.replace(/\s+/g, ' ');
  return [...new Set(ENGLISH.filter((piece) => words.includes(piece)))];
};

const COMMANDS = ['run', 'history', 'compare', 'score', 'report', 'evaluate', 'feedback', 'validate', 'preview', 'list', 'form', 'schema'];

afterEach(() => speakIn('en'));

describe('the help in Welsh', () => {
  it('is checked for English by pieces that find it in the English help', async () => {
    expect(ENGLISH.length).toBeGreaterThan(150);
    const english = await runCli(['report', '--help']);
    expect(englishIn(english.stdout).length).toBeGreaterThan(20);
  });

  it('is said when $SYSLEAD_LANG is cy: headings, descriptions, the help command, the examples heading', async () => {
    const r = await runCli(['--help'], { env: { SYSLEAD_LANG: 'cy' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const words of [
      'Defnydd: syslead [opsiynau] [gorchymyn]',
      '  run [opsiynau] [questionnaire]',
      'Opsiynau:',
      'Gorchmynion:',
      'Enghreifftiau:',
      "argraffu'r fersiwn",
      'dangos cymorth ar gyfer gorchymyn',
      'Hunanasesiad ar feddylfryd arweinyddiaeth systemau',
    ])
      expect(r.stdout).toContain(words);
    expect(r.stdout).toContain('  $ syslead report --format html --out cohort.html forms-export.csv'); // examples are commands, as typed
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('is said when the locale is Welsh, and in English when it is not', async () => {
    expect((await runCli(['--help'], { env: { LANG: 'cy_GB.UTF-8' } })).stdout).toContain('Gorchmynion:');
    const english = await runCli(['--help'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(english.stdout).toContain('Commands:');
    expect(english.stdout).toContain('display help for command');
  });

  it.each(COMMANDS)('of %s is said with --lang cy after --help, every option and bracket in Welsh', async (command) => {
    const r = await runCli([command, '--help', '--lang', 'cy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Defnydd: syslead ${command} `));
    expect(r.stdout).not.toContain('[options]');
    expect(r.stdout).toContain('Opsiynau:');
    expect(r.stdout).not.toMatch(/\((?:default|choices):/);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('of report says its choices and defaults in Welsh', async () => {
    const r = await runCli(['report', '--help', '--lang=cy']);
    expect(r.stdout).toContain('Ymresymiadau:');
    expect(r.stdout).toMatch(/dewisiadau:\s+"text", "md", "json", "csv", "html", "pdf",\s+rhagosodiad: "text"/);
    expect(r.stdout).toContain('(rhagosodiad: 3)');
  });

  it('of help COMMAND is said in Welsh too', async () => {
    const r = await runCli(['help', 'report', '--lang', 'cy']);
    expect(r.stdout).toMatch(/^Defnydd: syslead report /);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('of translate and its subcommands follows $SYSLEAD_LANG: their --lang is the language translated into', async () => {
    for (const args of [
      ['translate', '--help'],
      ['translate', 'export', '--help'],
      ['translate', 'import', '--help'],
    ]) {
      const r = await runCli(args, { env: { SYSLEAD_LANG: 'cy' } });
      expect(r.stdout, args.join(' ')).toContain('Defnydd:');
      expect(englishIn(r.stdout), args.join(' ')).toEqual([]);
    }
    expect((await runCli(['translate', 'export', '--help', '--lang', 'cy'])).stdout).toContain('Usage:');
  });
});

describe('usage errors in Welsh', () => {
  it.each([
    [['report', '--bogus', 'a.csv'], "error: opsiwn anhysbys '--bogus'"],
    [['report'], "error: mae angen yr ymresymiad 'inputs'"],
    [['report', '--format', 'xx', 'a.csv'], "error: mae'r gwerth 'xx' i'r opsiwn '-f, --format <format>' yn annilys. Y dewisiadau a ganiateir yw text, md, json, csv, html, pdf."],
    [['report', '--min-group', 'x', 'a.csv'], "error: mae'r gwerth 'x' i'r opsiwn '--min-group <n>' yn annilys. disgwylid rhif cyfan o 1 o leiaf"],
    [['feedback', '--margin', '-1', 'a.csv'], 'disgwylid nifer o bwyntiau canran (0 neu fwy)'],
    [['evaluate', 'a', 'b'], "error: mae angen yr opsiwn '--match-by <column>'"],
    [['list', 'extra'], "error: gormod o ymresymiadau i 'list'. Disgwylid 0 ymresymiad ond cafwyd 1."],
    [['report', 'a.csv', '--out'], "error: does dim gwerth i'r opsiwn '-o, --out <file>'"],
    [['repot'], "error: gorchymyn anhysbys 'repot'\n(Ai report oedd dan sylw?)"],
  ])('%j: exit 2, said in Welsh, then where to find the usage', async (args, said) => {
    const r = await runCli([args[0]!, '--lang', 'cy', ...args.slice(1)]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(said);
    expect(r.stderr.endsWith("(rhedwch gyda --help i weld sut i'w ddefnyddio)\n")).toBe(true);
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('are in English without Welsh, as before', async () => {
    const r = await runCli(['report', '--bogus', 'a.csv']);
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr: "error: unknown option '--bogus'\n(run with --help for usage)\n" });
  });

  it('keep the values they quote made safe', async () => {
    const r = await runCli(['report', '--format', 'x\u001b[31m', 'a.csv', '--lang', 'cy']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain("error: mae'r gwerth 'x");
  });
});

describe('the top-level catch in Welsh', () => {
  it('says an internal error and that it is a bug', () => {
    speakIn('cy');
    let text = '';
    expect(reportFailure(new TypeError('boom'), (t) => (text += t), {})).toBe(EXIT.failure);
    expect(text).toBe('syslead: internal error: boom\nNam yn syslead yw hwn. Rhedwch eto gyda SYSLEAD_DEBUG=1 i weld y manylion, a rhowch wybod amdano, os gwelwch yn dda.\n');
    // The marker "internal error:" stays in English in every language, as "error:" does (scripts grep for it).
    expect(englishIn(text.replace('syslead: internal error: ', ''))).toEqual([]);
  });

  it('says an error that has no place', () => {
    speakIn('cy');
    let text = '';
    expect(reportFailure(new ExitError('dim', { exitCode: EXIT.usage }), (t) => (text += t), {})).toBe(EXIT.usage);
    expect(text).toBe('syslead: error: dim\n');
  });
});

describe('--lang read before commander parses', () => {
  it('is the last given, before "--", and never that of translate', () => {
    expect(langInArguments(['report', '--lang', 'cy', 'a.csv'])).toBe('cy');
    expect(langInArguments(['report', '--lang=en', '--lang', 'cy'])).toBe('cy');
    expect(langInArguments(['report', '--', '--lang', 'cy'])).toBeUndefined();
    expect(langInArguments(['translate', 'export', 'q', '--lang', 'cy'])).toBeUndefined();
    expect(langInArguments(['report', '--lang'])).toBeUndefined();
  });

  it('leaves the next command in English', async () => {
    await runCli(['--help', '--lang', 'cy']);
    expect((await runCli(['--help'])).stdout).toContain('Commands:');
  });
});

/** What commander prints in-process for `syslead ...args` with `env`, on a pipe. */
async function commanderPrints(args: string[], env: Record<string, string>): Promise<string> {
  const { io, stdout } = scriptIO({ env });
  expect(await main(['node', BIN, ...args], io)).toBe(0);
  return stdout.text;
}

/** A log of the modules the binary loads (tests/helpers/record-imports.mjs), as tests/cli/fast-answers.test.ts keeps it. */
function importLog(): { log: string; env: Record<string, string> } {
  const log = join(mkdtempSync(join(tmpdir(), 'syslead-fast-cy-')), 'imports.log');
  writeFileSync(log, '');
  return { log, env: { NODE_OPTIONS: `--import=${ROOT}tests/helpers/record-imports.mjs`, SYSLEAD_IMPORT_LOG: log } };
}

describe('the installed command in Welsh', () => {
  it.each([
    [['--help'], { SYSLEAD_LANG: 'cy' }],
    [['-h'], { LC_ALL: 'cy_GB.UTF-8' }],
    [['--version'], { SYSLEAD_LANG: 'cy-GB' }],
    [['--help'], { SYSLEAD_LANG: 'fr', LANG: 'cy_GB.UTF-8' }],
  ])('answers %j with %j from the build, byte for byte as commander, without the bundle', async (args, langEnv) => {
    const { log, env } = importLog();
    const r = await runBinary(args, { env: { ...env, ...langEnv } });
    expect(r).toEqual({ code: 0, stdout: await commanderPrints(args, langEnv), stderr: '' });
    if (args[0] !== '--version') expect(r.stdout).toContain('Gorchmynion:');
    expect(readFileSync(log, 'utf8')).toContain('/bin/syslead.js');
    // The entry chunk, or on Node 20 its CommonJS copy.
    expect(readFileSync(log, 'utf8')).not.toMatch(/\/dist\/bundle\/cli\.c?js$/m);
  });

  it('hands --help --lang cy to the bundle, which says it in Welsh', async () => {
    const { log, env } = importLog();
    const r = await runBinary(['report', '--help', '--lang', 'cy'], { env });
    expect(r).toEqual({ code: 0, stdout: await commanderPrints(['report', '--help', '--lang', 'cy'], {}), stderr: '' });
    expect(r.stdout).toContain('Opsiynau:');
    expect(readFileSync(log, 'utf8')).toMatch(/\/dist\/bundle\/cli\.c?js$/m);
  });

  it('says a usage error in Welsh with exit 2', async () => {
    const r = await runBinary(['report', '--bogus'], { env: { SYSLEAD_LANG: 'cy' } });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe("error: opsiwn anhysbys '--bogus'\n(rhedwch gyda --help i weld sut i'w ddefnyddio)\n");
  });
});
