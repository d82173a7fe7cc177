import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBinary, runCli, scriptIO } from '../helpers/cli.js';
import { entryChunks, loadedFrom } from '../helpers/loaded-modules.js';
import { reportFailure } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { EXIT, ExitError } from '../../src/errors.js';
import { Failure, ProblemError } from '../../src/core/failure.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };

describe('syslead (built binary)', () => {
  it('prints its version on stdout', async () => {
    const r = await runBinary(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints help with every command and examples', async () => {
    const r = await runBinary(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['validate', 'schema', 'list']) expect(r.stdout).toContain(command);
    expect(r.stdout).toContain('Examples:');
  });

  const commands = buildProgram(scriptIO().io).commands.map((c) => c.name());

  it('has every command in its help', async () => {
    const r = await runCli(['--help']);
    for (const command of commands) expect(r.stdout).toContain(`  ${command} `);
  });

  it.each(commands)('has help with examples for %s', async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ syslead /);
  });

  it('exits 2 on usage errors, with the message on stderr', async () => {
    for (const args of [['frobnicate'], ['validate'], ['list', '--bogus'], []]) {
      const r = await runBinary(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  });

  it('loads no YAML, zod, prompt or CSV library for --help and --version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-imports-'));
    // Alone, they are answered without the bundle (tests/cli/fast-answers.test.ts); with --no-color, by commander.
    for (const args of [
      ['--no-color', '--help'],
      ['--no-color', '--version'],
    ]) {
      const log = join(dir, `${args[1]}.log`);
      const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, ...args], {
        env: { ...process.env, SYSLEAD_IMPORT_LOG: log },
      });
      expect(r.status).toBe(0);
      const { chunks, modules: loaded } = loadedFrom(log);
      expect(loaded).toContain('node_modules/commander/'); // the log works
      // Only the entry chunk and those it imports statically: nothing the code loads with import().
      expect(chunks).toEqual(entryChunks());
      expect(loaded).not.toMatch(/node_modules\/(yaml|zod|@inquirer|chalk|wrap-ansi|string-width|playwright-core)\//);
      expect(loaded).not.toMatch(/dist\/(io\/csv\.js|core\/csv\/|core\/questionnaire\/|prompt\/|render\/)/);
    }
  });

  it('loads neither yaml nor zod for list, a built-in validated before, a CSV report, history or a JSON answer file; only yaml for a YAML one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-imports-'));
    // The built-in quick questionnaire, as a file left alone for an hour, so that its first validation is kept.
    mkdirSync(join(dir, 'questionnaires'));
    const questionnaireFile = join(dir, 'questionnaires', 'quick.yaml');
    copyFileSync(`${ROOT}questionnaires/systems-leadership-quick.yaml`, questionnaireFile);
    utimesSync(questionnaireFile, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const quick = loadQuestionnaire(readFileSync(questionnaireFile, 'utf8'), questionnaireFile).questionnaire!;
    const scored = quick.items.filter((item) => item.kind === 'likert');
    writeFileSync(join(dir, 'answers.yaml'), `questionnaire: ${quick.id}\nversion: ${quick.version}\ncompleted: 2026-11-25T10:00:00Z\nanswers:\n${scored.map((item) => `  ${item.id}: 3\n`).join('')}`);
    writeFileSync(join(dir, 'cohort.csv'), `${scored.map((item) => item.id).join(',')}\n${scored.map(() => '4').join(',')}\n`);
    // A saved result, as a run writes one: JSON.
    const saved = { questionnaire: quick.id, version: quick.version, role: 'self', completed: '2026-11-25T10:00:00Z', answers: Object.fromEntries(scored.map((item) => [item.id, 4])) };
    mkdirSync(join(dir, 'home', 'results', quick.id), { recursive: true });
    writeFileSync(join(dir, 'home', 'results', quick.id, '2026-11-25T10-00-00Z.json'), `${JSON.stringify(saved, null, 2)}\n`);
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(saved));
    const env = { ...process.env, SYSLEAD_CACHE_DIR: join(dir, 'cache'), SYSLEAD_HOME: join(dir, 'home') };
    let shown = '';
    let crypto = false;
    let chooser = false;
    const imports = (args: string[]) => {
      const log = join(dir, 'imports.log');
      writeFileSync(log, '');
      const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, ...args], { env: { ...env, SYSLEAD_IMPORT_LOG: log }, encoding: 'utf8' });
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      const loaded = loadedFrom(log).modules;
      expect(loaded).toContain('dist/commands/'); // the log works
      shown = r.stdout;
      // Node's own modules, which loadedFrom leaves out.
      crypto = readFileSync(log, 'utf8').includes('node:crypto');
      chooser = loaded.includes('dist/core/csv/choose-questionnaire.js');
      return { yaml: /node_modules\/yaml\//.test(loaded), zod: /node_modules\/zod\//.test(loaded) };
    };
    const none = { yaml: false, zod: false };
    // The first validation of a file needs both; it is kept for the next.
    expect(imports(['validate', questionnaireFile])).toEqual({ yaml: true, zod: true });
    expect(imports(['validate', questionnaireFile])).toEqual(none);
    expect(crypto).toBe(true); // the cache's entries are found by a hash
    expect(imports(['list'])).toEqual(none);
    expect(crypto).toBe(false);
    expect(imports(['list', '--questionnaires', join(dir, 'questionnaires')])).toEqual(none);
    expect(imports(['report', join(dir, 'cohort.csv')])).toEqual(none);
    expect({ crypto, chooser }).toEqual({ crypto: false, chooser: true });
    expect(imports(['history'])).toEqual(none);
    expect(shown).toContain('1 saved result');
    expect({ crypto, chooser }).toEqual({ crypto: false, chooser: false });
    expect(imports(['score', join(dir, 'answers.json')])).toEqual(none);
    expect(shown).toContain(quick.title);
    expect({ crypto, chooser }).toEqual({ crypto: false, chooser: false });
    expect(imports(['score', join(dir, 'answers.yaml')])).toEqual({ yaml: true, zod: false });
    // An answer file with a mistake is read by zod, which says what is wrong.
    writeFileSync(join(dir, 'wrong.yaml'), `questionnaire: ${quick.id}\nversion: 0\nanswers: {}\n`);
    const log = join(dir, 'wrong.log');
    const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, 'score', join(dir, 'wrong.yaml')], { env: { ...env, SYSLEAD_IMPORT_LOG: log }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('wrong.yaml:2:10: error: version:');
    expect(loadedFrom(log).modules).toMatch(/node_modules\/zod\//);
  });

  it('loads no xlsx or zip reader for --help, --version or a CSV run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-imports-'));
    const csv = join(dir, 'answers.csv');
    writeFileSync(csv, 'Name,sv1,sv2,oc1,oc2\nAsha,4,2,5,4\n');
    const runs = [
      ['--no-color', '--help'],
      ['--no-color', '--version'],
      ['report', '-q', `${ROOT}tests/csv/survey.yaml`, csv],
      ['score', '-q', `${ROOT}tests/csv/survey.yaml`, csv],
    ];
    runs.forEach((args, i) => {
      const log = join(dir, `${i}.log`);
      const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, ...args], {
        env: { ...process.env, SYSLEAD_IMPORT_LOG: log },
      });
      expect(r.status, args.join(' ')).toBe(0);
      const loaded = loadedFrom(log).modules;
      expect(loaded).toContain('node_modules/commander/'); // the log works
      if (i >= 2) expect(loaded).toContain('dist/io/csv.js'); // the CSV was read
      expect(loaded).not.toMatch(/dist\/(io\/archive\.js|io\/zip\.js|core\/xlsx\/)/);
    });
  });

  it('reports an expected failure in one line, without a stack', async () => {
    const r = await runCli(['list', '--questionnaires', `${ROOT}package.json`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${ROOT}package.json: error: cannot read folder: a part of the path is not a folder\n`);
  });
});

describe('reportFailure', () => {
  const capture = (error: unknown, env: Record<string, string> = {}) => {
    let text = '';
    const code = reportFailure(error, (t) => (text += t), env);
    return { code, text };
  };

  it('prints a bug as one line with a hint, and the stack only with SYSLEAD_DEBUG=1', () => {
    const bug = new TypeError('x is undefined');
    const quiet = capture(bug);
    expect(quiet.code).toBe(1);
    expect(quiet.text).toBe('syslead: internal error: x is undefined\nThis is a bug in syslead. Run again with SYSLEAD_DEBUG=1 to see the details, and please report it.\n');
    const debug = capture(bug, { SYSLEAD_DEBUG: '1' });
    expect(debug.text).toContain('TypeError: x is undefined\n    at ');
  });

  it('prints expected failures as they are, with their exit code', () => {
    expect(capture(new ExitError('no such questionnaire', { exitCode: EXIT.usage }))).toEqual({ code: 2, text: 'syslead: error: no such questionnaire\n' });
    expect(capture(new ExitError('f.yaml:1:1: error: bad', { located: true }))).toEqual({ code: 1, text: 'f.yaml:1:1: error: bad\n' });
    expect(capture(new ExitError('', { reported: true }))).toEqual({ code: 1, text: '' });
  });

  it('prints the failures of the layers below the commands by their place, with exit code 1', () => {
    const bad = { file: 'f.yaml', line: 3, column: 5, severity: 'error', message: 'bad \u001b[2J' } as const;
    expect(capture(new Failure('cannot write r.html: the disk is full'))).toEqual({ code: 1, text: 'syslead: error: cannot write r.html: the disk is full\n' });
    expect(capture(new Failure('is a folder, not a file', 'd'))).toEqual({ code: 1, text: 'd: error: is a folder, not a file\n' });
    expect(capture(new ProblemError([bad, { ...bad, line: 4 }], 'f.yaml: the questionnaire is not valid'))).toEqual({
      code: 1,
      text: 'f.yaml:3:5: error: bad \\u001b[2J\nf.yaml:4:5: error: bad \\u001b[2J\nf.yaml: the questionnaire is not valid\n',
    });
  });
});

describe('output to a pipe closed early', () => {
  it('ends quietly, without a stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" score --help | true; "${process.execPath}" "${BIN}" list | true`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});
