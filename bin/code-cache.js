// Runs the CommonJS copies of the bundle's chunks (dist/bundle/*.cjs) through vm.Script with V8's
// code cache kept in the user's cache folder, for Node 20, which has no module.enableCompileCache():
// without it, every start parses and compiles the functions the command calls again. Each chunk has
// a cache file of its own, so that a command reads only those of the chunks it loads. A cache file
// starts with a line of JSON saying what it was made from (the format, syslead's version, the chunk's
// size and time, and the commands it has seen), then V8's data. It is used only when all of that
// matches and V8 accepts it; anything else (no file, an unreadable or corrupt one, another version's)
// is ignored, and the chunk runs as without a cache. It is written, atomically, at the exit of a run
// whose command it has not seen, so that it ends up holding the functions of every command used; a
// folder that cannot be written is left alone.
'use strict';
const { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, isBuiltin } = require('node:module');
const { homedir } = require('node:os');
const { basename, dirname, isAbsolute, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

const FORMAT = 1;
/** Commands a cache remembers at most: the first word is anything typed, typos included. */
const MAX_COMMANDS = 40;

/**
 * The folder of the code cache: code/ in syslead's cache folder, which is $SYSLEAD_CACHE_DIR, else
 * $XDG_CACHE_HOME/syslead, else the platform's (as src/io/validation-cache.ts finds it with
 * env-paths); none with SYSLEAD_NO_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1.
 */
function codeCacheFolder(env, platform = process.platform, home = homedir()) {
  if (env.SYSLEAD_NO_CACHE === '1' || env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  if (env.SYSLEAD_CACHE_DIR) return join(resolve(env.SYSLEAD_CACHE_DIR), 'code');
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'syslead', 'code');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'syslead', 'code');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'syslead', 'Cache', 'code');
  return join(home, '.cache', 'syslead', 'code');
}

/**
 * The first word of the arguments that is no option, nor the value of --lang, the one option with a
 * value that may come before it (main.ts reads it anywhere): the command, as far as the cache tells
 * them apart. Nothing after `--`.
 */
function commandOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return args[i + 1] ?? '';
    if (args[i] === '--lang') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return '';
}

/** The cache's header and V8's data, or undefined when the file is missing, unreadable or not one of ours for `made`. */
function readCache(file, made) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  if (end === -1) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8'));
    const same = header.format === made.format && header.version === made.version && header.bundle === made.bundle && Array.isArray(header.commands);
    return same ? { commands: header.commands.filter((c) => typeof c === 'string'), data: bytes.subarray(end + 1) } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file renamed over it, so that a reader never sees half of one; any failure leaves it unwritten. */
function writeCache(file, header, data) {
  const temporary = join(dirname(file), `.${process.pid}-${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]));
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // No folder to remove it from (a file stands where the folder would be).
    }
  }
}

/**
 * `make()` with V8 checking the checksum of a code cache it reads (a flag on by default in debug
 * builds alone): a file damaged on disk is then rejected rather than run. On only meanwhile, and so
 * also while a cache is made, since V8 accepts a cache only under the flags it was made with: any
 * flag left changed would also make Node compile its own modules loaded later (net, readline,
 * fs/promises) without the code cache built into it, 3-5 ms of every start.
 */
function checkingChecksums(make) {
  setFlagsFromString('--verify-snapshot-checksum');
  try {
    return make();
  } finally {
    setFlagsFromString('--no-verify-snapshot-checksum');
  }
}

/**
 * Runs the CommonJS chunk `entry` (as Node would run it as a module) for syslead `version`, and every
 * chunk it requires (./name.cjs, beside it) the same way, each with its own code cache in `folder`
 * when there is one (undefined: none), so that a command reads and deserialises the code of only the
 * chunks it loads. With $SYSLEAD_IMPORT_LOG, the URL of every chunk and Node module required is
 * appended to that file, as tests/helpers/record-imports.mjs records the ES modules of Node 22.
 */
function runCached(entry, version, folder, args) {
  const command = commandOf(args);
  const base = dirname(entry);
  const nodeRequire = createRequire(entry);
  const log = process.env.SYSLEAD_IMPORT_LOG;
  const modules = new Map();
  /** The caches to write at exit: of chunks whose cache was not used, or has not seen this command. */
  const stale = [];

  function load(file) {
    const known = modules.get(file);
    if (known !== undefined) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    if (log) appendFileSync(log, `${pathToFileURL(file).href}\n`);
    const { size, mtimeMs } = statSync(file);
    const made = { format: FORMAT, version, bundle: `${size}-${mtimeMs}` };
    // One file per chunk, Node version and architecture: V8 rejects another's data.
    const cacheFile = folder === undefined ? undefined : join(folder, `${basename(file, '.cjs')}-${process.version}-${process.arch}.cache`);
    const cache = cacheFile === undefined ? undefined : readCache(cacheFile, made);
    // The hashbang becomes a comment, on the same line, so that stacks give the chunk's own lines.
    const source = readFileSync(file, 'utf8').replace(/^#!/, '//');
    const script = checkingChecksums(
      () =>
        new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
          filename: file,
          lineOffset: -1,
          cachedData: cache?.data,
        }),
    );
    const accepted = cache !== undefined && script.cachedDataRejected === false;
    if (cacheFile !== undefined && !(accepted && cache.commands.includes(command))) {
      stale.push({ file, accepted, cacheFile, script, header: { ...made, commands: [...new Set([...(accepted ? cache.commands : []), command])].slice(-MAX_COMMANDS) } });
    }
    script.runInThisContext()(module.exports, chunkRequire, module, file, base);
    return module.exports;
  }

  function chunkRequire(request) {
    if (request.startsWith('./') && request.endsWith('.cjs')) return load(join(base, request));
    if (log) appendFileSync(log, `${isBuiltin(request) ? request.replace(/^(node:)?/, 'node:') : pathToFileURL(nodeRequire.resolve(request)).href}\n`);
    return nodeRequire(request);
  }
  chunkRequire.resolve = nodeRequire.resolve;

  // At exit, so that the data holds the functions this command compiled as it ran.
  process.once('exit', () => {
    for (const { cacheFile, script, header } of stale)
      writeCache(
        cacheFile,
        header,
        checkingChecksums(() => script.createCachedData()),
      );
    // The entry's cache not used: a first run, or one of a new build, whose chunks have new names.
    if (folder !== undefined && stale.some((s) => s.file === entry && !s.accepted)) removeOthers(folder, base);
  });
  load(entry);
}

/**
 * Removes from the cache folder the caches of chunks that `bundleFolder` no longer has (a build
 * names its chunks by their content), so that the folder never holds more than one build's chunks,
 * of each Node version. Anything it cannot read or remove is left.
 */
function removeOthers(folder, bundleFolder) {
  try {
    const chunks = new Set(
      readdirSync(bundleFolder)
        .filter((name) => name.endsWith('.cjs'))
        .map((name) => basename(name, '.cjs')),
    );
    for (const name of readdirSync(folder)) {
      const chunk = /^(.+)-v\d+\.\d+\.\d+-\w+\.cache$/.exec(name)?.[1];
      if (chunk !== undefined && !chunks.has(chunk)) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A folder gone or unreadable: nothing to tidy.
  }
}

module.exports = { codeCacheFolder, commandOf, runCached };
