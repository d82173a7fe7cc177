import { readFile, stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isAbsolute, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { packageVersion } from './package-version.js';
import type { ValidatedQuestionnaire } from '../core/questionnaire/validated.js';
import { writeAtomically } from './atomic.js';
import { makeFolder } from './make-folder.js';
import { speakingNow } from '../core/i18n/voice.js';

/**
 * Questionnaire files validated once are kept, as what validation found, in the user's cache
 * folder, so that later commands read them without the YAML parser and the schema (half of a
 * command's start-up). An entry holds for one file as it was: its absolute path, size, modification
 * time in nanoseconds, inode and change time, read by this version of syslead under this name in
 * its messages, said in one language; any change is a miss. An entry that cannot be read, or does not match its
 * checksum, is a miss too, and a cache folder that cannot be written is passed over: the cache
 * never makes a command fail.
 */
export interface ValidationCache {
  folder: string;
  /** syslead's version: an entry written by another is a miss. */
  version: string;
}

/** Bumped when what an entry holds changes shape or wording, so that one version's builds do not read each other's entries. */
const ENTRY_FORMAT = 7;
/**
 * A file changed within this long before it was read may change again within the clock's
 * resolution without its time changing (and keep its size): it is validated every time until it
 * has been left alone this long, as git treats files as new as its index.
 */
const SETTLED_MS = 2000;

/**
 * The cache folder: $SYSLEAD_CACHE_DIR, else $XDG_CACHE_HOME/syslead, else the platform's usual
 * place (~/.cache/syslead on Linux, ~/Library/Caches/syslead on macOS, %LOCALAPPDATA%\syslead\Cache
 * on Windows); none with SYSLEAD_NO_CACHE=1.
 */
export function validationCache(env: Readonly<Record<string, string | undefined>>): ValidationCache | undefined {
  if (env.SYSLEAD_NO_CACHE === '1') return undefined;
  const version = packageVersion();
  if (env.SYSLEAD_CACHE_DIR) return { folder: join(resolve(env.SYSLEAD_CACHE_DIR), 'questionnaires'), version };
  // The XDG spec says a relative value is invalid and must be ignored.
  const root = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? join(env.XDG_CACHE_HOME, 'syslead') : envPaths('syslead', { suffix: '' }).cache;
  return { folder: join(root, 'questionnaires'), version };
}

/** What an entry is for; compared whole, so that an entry found under a colliding name is still a miss. */
interface EntryKey {
  format: number;
  version: string;
  path: string;
  /** The name problems give the file (see displayName). */
  name: string;
  /** The language its problems were said in: an entry said in another is a miss. */
  language: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
}

/** A file's entry key, or undefined when the file cannot be looked at (it is then read as usual, and fails as usual). */
async function entryKey(cache: ValidationCache, file: string, name: string): Promise<{ key: EntryKey; settled: boolean } | undefined> {
  const facts = await stat(file, { bigint: true }).catch(() => undefined);
  if (!facts?.isFile()) return undefined;
  const key = {
    format: ENTRY_FORMAT,
    version: cache.version,
    path: resolve(file),
    name,
    language: speakingNow(),
    size: String(facts.size),
    mtimeNs: String(facts.mtimeNs),
    ctimeNs: String(facts.ctimeNs),
    ino: String(facts.ino),
  };
  return { key, settled: Date.now() - Number(facts.mtimeNs / 1_000_000n) > SETTLED_MS };
}

/** Hex SHA-256; node:crypto takes about 8 ms to load, so only commands that read the cache load it. */
async function sha256(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}
/** One entry per file and name: a file's new entry replaces its old one, so the cache holds no more files than are read. */
const entryFile = async (cache: ValidationCache, key: EntryKey) => join(cache.folder, `${(await sha256(JSON.stringify([key.path, key.name]))).slice(0, 40)}.json`);

/**
 * An entry is two lines: the key with the checksum of the second line, then what validation found,
 * both JSON.
 */
async function readEntry(cache: ValidationCache, key: EntryKey): Promise<ValidatedQuestionnaire | undefined> {
  try {
    const text = await readFile(await entryFile(cache, key), 'utf8');
    const newline = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, newline)) as { key?: unknown; sha256?: unknown };
    const body = text.slice(newline + 1);
    if (newline < 0 || JSON.stringify(head.key) !== JSON.stringify(key) || head.sha256 !== (await sha256(body))) return undefined;
    return JSON.parse(body) as ValidatedQuestionnaire;
  } catch {
    return undefined;
  }
}

async function writeEntry(cache: ValidationCache, key: EntryKey, validated: ValidatedQuestionnaire): Promise<void> {
  const body = JSON.stringify(validated);
  try {
    await makeFolder(cache.folder, 0o700);
    await writeAtomically(await entryFile(cache, key), `${JSON.stringify({ key, sha256: await sha256(body) })}\n${body}`, 0o600, { flushFolder: false });
  } catch {
    // A cache that cannot be written (a read-only home, a full disk) costs time, never the command.
  }
}

/**
 * What validating `file` finds, from the cache when it holds the file as it is now; else from
 * `validate(text)` with `read()`'s text, kept for next time (valid or not: its problems are what
 * `validate` and `list` show) when the file is settled, and only when JSON gives back the very
 * document validated, so that an entry never differs from a fresh validation, not even in a -0.
 */
export async function cachedValidation(
  cache: ValidationCache | undefined,
  file: string,
  name: string,
  read: () => Promise<string>,
  validate: (text: string) => Promise<ValidatedQuestionnaire>,
): Promise<ValidatedQuestionnaire> {
  const found = cache && (await entryKey(cache, file, name));
  if (found) {
    const kept = await readEntry(cache, found.key);
    if (kept) return kept;
  }
  const validated = await validate(await read());
  if (cache && found?.settled && isDeepStrictEqual(JSON.parse(JSON.stringify(validated)), validated)) await writeEntry(cache, found.key, validated);
  return validated;
}
