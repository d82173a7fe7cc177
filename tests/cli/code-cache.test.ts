import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationCache } from '../../src/io/validation-cache.js';
import { BIN, ROOT } from '../helpers/cli.js';

// bin/code-cache.js is CommonJS (bin/package.json), as the installed command is.
const { codeCacheFolder, commandOf } = createRequire(import.meta.url)(`${ROOT}bin/code-cache.js`) as {
  codeCacheFolder: (env: Record<string, string | undefined>, platform?: string, home?: string) => string | undefined;
  commandOf: (args: string[]) => string;
};

/** The cache file of the chunk `name` (bundle.cjs: bundle). */
const cacheFile = (name: string) => `${name}-${process.version}-${process.arch}.cache`;
const CACHE_FILE = cacheFile('bundle');

/** A bundle of a few lines that prints its arguments (after node's, run by `node -e`) and the line its stack gives for line 3. */
function fakeBundle(dir: string): string {
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, "#!/usr/bin/env node\n'use strict';\nconst where = new Error('here').stack.split('\\n')[1];\nconsole.log(JSON.stringify({ args: process.argv.slice(1), where }));\n");
  return file;
}

/** Runs `bundle` through runCached as syslead `version`, with the code cache in `folder`, in a process of its own. */
function runFake(bundle: string, version: string, folder: string, args: string[]) {
  const script = `require(${JSON.stringify(`${ROOT}bin/code-cache.js`)}).runCached(${JSON.stringify(bundle)}, ${JSON.stringify(version)}, ${JSON.stringify(folder)}, ${JSON.stringify(args)})`;
  const r = spawnSync(process.execPath, ['-e', script, '--', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { args: string[]; where: string };
}

const headerOf = (file: string) => JSON.parse(readFileSync(file).subarray(0, readFileSync(file).indexOf(10)).toString('utf8'));

describe('the code cache of bin/code-cache.js', () => {
  it('is written at the first run of a command, kept for its next, and grows by each new command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    const folder = join(dir, 'cache', 'code');
    expect(runFake(bundle, '1.2.3', folder, ['list']).args).toEqual(['list']);
    const file = join(folder, CACHE_FILE);
    const { size, mtimeMs } = statSync(bundle);
    expect(headerOf(file)).toEqual({ format: 1, version: '1.2.3', bundle: `${size}-${mtimeMs}`, commands: ['list'] });
    const written = readFileSync(file);
    runFake(bundle, '1.2.3', folder, ['list', '--format', 'json']);
    expect(readFileSync(file).equals(written)).toBe(true); // a command seen: not written again
    runFake(bundle, '1.2.3', folder, ['score', 'a.yaml']);
    expect(headerOf(file).commands).toEqual(['list', 'score']);
    // Only the cache itself is left: the temporary file was renamed over it.
    expect(readdirSync(folder)).toEqual([CACHE_FILE]);
  });

  it('keeps a cache per chunk, of the chunks a run required, and logs them with the Node modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = join(dir, 'bundle.cjs');
    // The entry requires its part only for `two`, as cli.cjs requires a command's chunk.
    writeFileSync(
      bundle,
      "'use strict';\nconst two = process.argv[1] === 'two' ? require('./part.cjs').two : undefined;\nrequire('node:os');\nconsole.log(JSON.stringify({ args: process.argv.slice(1), where: String(two) }));\n",
    );
    writeFileSync(join(dir, 'part.cjs'), "'use strict';\nexports.two = 2;\n");
    const folder = join(dir, 'code');
    expect(runFake(bundle, '1.2.3', folder, ['one']).where).toBe('undefined');
    expect(readdirSync(folder)).toEqual([CACHE_FILE]);
    const log = join(dir, 'imports.log');
    const script = `require(${JSON.stringify(`${ROOT}bin/code-cache.js`)}).runCached(${JSON.stringify(bundle)}, '1.2.3', ${JSON.stringify(folder)}, ['two'])`;
    const r = spawnSync(process.execPath, ['-e', script, '--', 'two'], { encoding: 'utf8', env: { ...process.env, SYSLEAD_IMPORT_LOG: log } });
    expect(JSON.parse(r.stdout).where).toBe('2');
    expect(readdirSync(folder).sort()).toEqual([CACHE_FILE, cacheFile('part')]);
    expect(headerOf(join(folder, CACHE_FILE)).commands).toEqual(['one', 'two']);
    expect(headerOf(join(folder, cacheFile('part'))).commands).toEqual(['two']);
    expect(readFileSync(log, 'utf8')).toBe(`file://${bundle}\nfile://${join(dir, 'part.cjs')}\nnode:os\n`);
  });

  it("removes the caches of chunks the build no longer has when the entry's cache is not used, and keeps the others", () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    const folder = join(dir, 'code');
    mkdirSync(folder);
    // A chunk of an older build, of this Node and another; a file that is no cache of a chunk.
    const gone = [cacheFile('chunk-OLD'), 'chunk-OLD-v18.0.0-arm64.cache'];
    for (const name of [...gone, 'notes.txt']) writeFileSync(join(folder, name), 'x');
    runFake(bundle, '1.2.3', folder, ['list']);
    expect(readdirSync(folder).sort()).toEqual([CACHE_FILE, 'notes.txt']);
    // With the entry's cache used, the folder is not looked through.
    writeFileSync(join(folder, gone[0]!), 'x');
    runFake(bundle, '1.2.3', folder, ['score']);
    expect(readdirSync(folder).sort()).toEqual([CACHE_FILE, gone[0], 'notes.txt'].sort());
  });

  it('ignores a cache of another syslead version, or of another build of the bundle, and replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    const folder = join(dir, 'code');
    runFake(bundle, '1.2.3', folder, ['list']);
    const file = join(folder, CACHE_FILE);
    // A run of the command the cache has seen writes it again only when it was not used.
    expect(runFake(bundle, '1.2.4', folder, ['list']).args).toEqual(['list']);
    expect(headerOf(file).version).toBe('1.2.4');
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}// rebuilt\n`);
    runFake(bundle, '1.2.4', folder, ['list']);
    expect(headerOf(file).bundle).toBe(`${statSync(bundle).size}-${statSync(bundle).mtimeMs}`);
  });

  it('ignores a corrupt or damaged cache, runs the command all the same, and writes a good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    const folder = join(dir, 'code');
    const file = join(folder, CACHE_FILE);
    mkdirSync(folder);
    const { size, mtimeMs } = statSync(bundle);
    // The third's header matches, so that it is V8 that turns its data down.
    for (const bad of ['', 'not a header', `{"format":1,"version":"1.2.3","bundle":"${size}-${mtimeMs}","commands":["list"]}\nnot V8's data`]) {
      writeFileSync(file, bad);
      expect(runFake(bundle, '1.2.3', folder, ['list']).args).toEqual(['list']);
      expect(headerOf(file).commands).toEqual(['list']);
    }
    // One bit of V8's data flipped, under a header that matches: V8's checksum rejects it.
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 40]! ^= 1;
    writeFileSync(file, damaged);
    expect(runFake(bundle, '1.2.3', folder, ['list']).args).toEqual(['list']);
    // Written again (it was not used), and good: the next run uses it and leaves it alone.
    const rewritten = readFileSync(file);
    expect(rewritten.equals(damaged)).toBe(false);
    runFake(bundle, '1.2.3', folder, ['list']);
    expect(readFileSync(file).equals(rewritten)).toBe(true);
  });

  it('writes nothing to a folder that cannot be made, and the command still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    // A file where the folder would be: no mkdir makes it, even for root.
    writeFileSync(join(dir, 'cache'), '');
    expect(runFake(bundle, '1.2.3', join(dir, 'cache', 'code'), ['list']).args).toEqual(['list']);
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'cache']);
    expect(readFileSync(join(dir, 'cache'), 'utf8')).toBe('');
  });

  it("gives stacks the bundle's own file and lines", () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const bundle = fakeBundle(dir);
    expect(runFake(bundle, '1.2.3', join(dir, 'code'), ['list']).where).toContain(`${bundle}:3:`);
    // From the cache as well.
    expect(runFake(bundle, '1.2.3', join(dir, 'code'), ['list']).where).toContain(`${bundle}:3:`);
  });

  it("lives in code/ of syslead's cache folder, none with SYSLEAD_NO_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1", () => {
    expect(codeCacheFolder({ SYSLEAD_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }, 'linux', '/h')).toBe('/c/code');
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/x' }, 'linux', '/h')).toBe('/x/syslead/code');
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', '/h')).toBe('/h/.cache/syslead/code');
    expect(codeCacheFolder({}, 'darwin', '/h')).toBe('/h/Library/Caches/syslead/code');
    expect(codeCacheFolder({ LOCALAPPDATA: '/l' }, 'win32', '/h')).toBe(join('/l', 'syslead', 'Cache', 'code'));
    expect(codeCacheFolder({ SYSLEAD_CACHE_DIR: '/c', SYSLEAD_NO_CACHE: '1' }, 'linux', '/h')).toBeUndefined();
    expect(codeCacheFolder({ SYSLEAD_CACHE_DIR: '/c', NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', '/h')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('is the folder the rest of syslead caches in, as src/io/validation-cache.ts finds it', () => {
    // The copy in bin/ is CommonJS and runs before the bundle (env-paths is an ES module): the two must not drift.
    for (const env of [{ SYSLEAD_CACHE_DIR: '/c' }, { XDG_CACHE_HOME: '/x' }, { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME }]) {
      expect(codeCacheFolder(env), JSON.stringify(env)).toBe(join(dirname(validationCache(env)!.folder), 'code'));
    }
  });

  it('tells commands apart by the first word that is neither an option nor the value of --lang', () => {
    expect(commandOf(['--lang', 'cy', 'report', 'a.csv'])).toBe('report');
    expect(commandOf(['--no-color', '--lang', 'cy', 'list'])).toBe('list');
    expect(commandOf(['--lang=cy', 'list'])).toBe('list');
    expect(commandOf(['report', '--lang', 'cy'])).toBe('report');
    expect(commandOf(['--lang'])).toBe('');
    expect(commandOf(['--', '--lang'])).toBe('--lang');
    expect(commandOf(['--help'])).toBe('');
  });
});

// Node 22.1 and later run the ESM bundle with Node's own compile cache instead.
describe.runIf(createRequire(import.meta.url)('node:module').enableCompileCache === undefined)('the installed command on Node 20', () => {
  it('runs the CommonJS bundle with a code cache in the cache folder, and without one in a folder it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    const run = (cacheDir: string) => spawnSync(process.execPath, [BIN, 'list'], { env: { PATH: process.env.PATH, HOME: dir, SYSLEAD_CACHE_DIR: cacheDir }, encoding: 'utf8' });
    const first = run(join(dir, 'cache'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('systems-leadership');
    const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;
    expect(headerOf(join(dir, 'cache', 'code', cacheFile('cli')))).toMatchObject({ version, commands: ['list'] });
    // A cache per chunk, of those list loaded alone: none of the chunk of score, say.
    const written = readdirSync(join(dir, 'cache', 'code'));
    expect(written.length).toBeGreaterThan(1);
    const chunks = readdirSync(`${ROOT}dist/bundle`).filter((name) => name.endsWith('.cjs'));
    expect(written.length).toBeLessThan(chunks.length);
    expect(written.some((name) => name.startsWith('score-'))).toBe(false);
    const bytes = (name: string) => readFileSync(join(dir, 'cache', 'code', name));
    const made = new Map(written.map((name) => [name, bytes(name)]));
    const again = run(join(dir, 'cache'));
    expect(again.stdout).toBe(first.stdout);
    // Used as they were, not rejected and made again: the flags V8 compiles under are the same at every start.
    for (const [name, data] of made) expect(bytes(name).equals(data), name).toBe(true);
    writeFileSync(join(dir, 'blocked'), '');
    const blocked = run(join(dir, 'blocked'));
    expect(blocked.status, blocked.stderr).toBe(0);
    expect(blocked.stdout).toBe(first.stdout);
    expect(existsSync(join(dir, 'blocked', 'code'))).toBe(false);
  });

  it('keeps the caches score --out-dir read, though it changes a V8 flag while it writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-code-cache-'));
    writeFileSync(join(dir, 'one.yaml'), readFileSync(`${ROOT}tests/fixtures/exports/google-forms/expected/alex-morgan.yaml`, 'utf8'));
    const cache = join(dir, 'cache', 'code');
    const run = (out: string) =>
      spawnSync(process.execPath, [BIN, 'score', 'one.yaml', '--out-dir', out, '--format', 'html'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, SYSLEAD_CACHE_DIR: join(dir, 'cache') }, encoding: 'utf8' });
    expect(run('first').status).toBe(0);
    const made = new Map(readdirSync(cache).map((name) => [name, readFileSync(join(cache, name))]));
    expect(run('second').status).toBe(0);
    expect(readdirSync(cache).sort()).toEqual([...made.keys()].sort());
    for (const [name, data] of made) expect(readFileSync(join(cache, name)).equals(data), name).toBe(true);
  });
});

describe('the installed command', () => {
  /** Runs the command with a preload that records every V8 flag set, in order, and whether the process then still had its default flags. */
  function runRecording(dir: string, args: string[]): string[] {
    const preload = join(dir, 'preload.cjs');
    const log = join(dir, 'flags.json');
    writeFileSync(
      preload,
      `const v8 = require('node:v8'); const calls = []; const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => { calls.push(flags); return set(flags); };
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, JSON.stringify(calls)));`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, SYSLEAD_CACHE_DIR: join(dir, 'cache') }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(readFileSync(log, 'utf8')) as string[];
  }

  /** The last value each flag was set to: a flag's default is its name alone, --no-NAME, or NAME=0. */
  const lastOfEach = (calls: string[]) => new Map(calls.map((c) => [c.replace(/^--(no-)?/, '').replace(/=.*/, ''), c]));

  it("leaves V8's flags as they were between its code cache's reads and writes, and at exit", () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-flags-'));
    const calls = runRecording(dir, ['list']);
    // Node 20: each chunk's cache read with checksums checked, then the flag off again; Node 22: none.
    const node20 = createRequire(import.meta.url)('node:module').enableCompileCache === undefined;
    expect(calls.length > 0).toBe(node20);
    for (let i = 0; i < calls.length; i += 2) expect(calls.slice(i, i + 2)).toEqual(['--verify-snapshot-checksum', '--no-verify-snapshot-checksum']);
    expect(calls.some((c) => c.startsWith('--heap-growing-percent'))).toBe(false);
  });

  it("lets V8's heap grow to twice what a full collection leaves while score --out-dir writes, and no longer", () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-flags-'));
    writeFileSync(join(dir, 'one.yaml'), readFileSync(`${ROOT}tests/fixtures/exports/google-forms/expected/alex-morgan.yaml`, 'utf8'));
    const calls = runRecording(dir, ['score', 'one.yaml', '--out-dir', 'reports', '--format', 'html']);
    const heap = calls.filter((c) => c.startsWith('--heap-growing-percent'));
    expect(heap).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=0']);
    expect([...lastOfEach(calls).values()].every((c) => c.startsWith('--no-') || c.endsWith('=0'))).toBe(true);
    expect(readdirSync(join(dir, 'reports')).sort()).toContain('index.html');
  });
});
