import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ValidatedQuestionnaire } from '../../src/core/questionnaire/validated.js';
import { cachedValidation, validationCache, type ValidationCache } from '../../src/io/validation-cache.js';
import { ROOT, runCli } from '../helpers/cli.js';

// The file validated is the built-in quick questionnaire (questionnaires/systems-leadership-quick.yaml).
const QUICK = join(ROOT, 'questionnaires/systems-leadership-quick.yaml');
const HOUR_AGO = new Date(Date.now() - 3_600_000);

let dir: string;
let file: string;
let cache: ValidationCache;
let validations: number;

/** What the command would find, counting the validations the cache did not spare. */
const validatedWith = (at: ValidationCache | undefined, name = file): Promise<ValidatedQuestionnaire> =>
  cachedValidation(
    at,
    file,
    name,
    () => readFile(file, 'utf8'),
    async (text) => {
      validations++;
      return validateQuestionnaire(text, name);
    },
  );
const validated = () => validatedWith(cache);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'syslead-validation-cache-'));
  file = join(dir, 'quick.yaml');
  copyFileSync(QUICK, file);
  // Left alone long enough to be kept (a file changed just now is validated every time).
  utimesSync(file, HOUR_AGO, HOUR_AGO);
  cache = { folder: join(dir, 'cache'), version: '1.2.3' };
  validations = 0;
});

describe('the validation cache', () => {
  it('validates a file once, then gives back what validation found without validating it again', async () => {
    const first = await validated();
    expect(first.doc?.id).toBe('systems-leadership-quick');
    expect(await validated()).toEqual(first);
    expect(await validated()).toEqual(validateQuestionnaire(readFileSync(file, 'utf8'), file));
    expect(validations).toBe(1);
    expect(readdirSync(cache.folder)).toHaveLength(1);
  });

  it('misses when the file is modified at another time, grows or shrinks, or is read by another version', async () => {
    await validated();
    const earlier = new Date(HOUR_AGO.getTime() - 60_000);
    utimesSync(file, earlier, earlier);
    await validated();
    expect(validations).toBe(2);

    // The same modification time, one byte more: the title changes, and the cache must not hide it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Systems leadership: a quick self-assessment"', 'title: "Systems leadership: a quick self-assessments"'));
    utimesSync(file, earlier, earlier);
    expect((await validated()).doc?.title).toBe('Systems leadership: a quick self-assessments');
    expect(validations).toBe(3);

    await validatedWith({ ...cache, version: '1.2.4' });
    expect(validations).toBe(4);
    // One entry per file: each new one replaced the one before.
    expect(readdirSync(cache.folder)).toHaveLength(1);
  });

  it('keeps apart the names a file is shown by, as its problems carry the name', async () => {
    await validatedWith(cache, 'quick.yaml');
    await validatedWith(cache, file);
    expect(validations).toBe(2);
    await validatedWith(cache, 'quick.yaml');
    expect(validations).toBe(2);
  });

  it('validates every time a file changed in the last two seconds, which may change again unseen', async () => {
    utimesSync(file, new Date(), new Date());
    await validated();
    await validated();
    expect(validations).toBe(2);
  });

  it('keeps a file that is not valid, with its problems', async () => {
    appendFileSync(file, 'unknown_field: 1\n');
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    const first = await validated();
    expect(first.doc).toBeUndefined();
    expect(first.problems.map((p) => p.message)).toEqual(['unknown field "unknown_field"']);
    expect(await validated()).toEqual(first);
    expect(validations).toBe(1);
  });

  it('ignores an entry that is corrupt, truncated or altered, and writes it anew', async () => {
    const fresh = await validated();
    const [entry] = readdirSync(cache.folder);
    const path = join(cache.folder, entry!);
    const good = readFileSync(path, 'utf8');
    const corruptions = ['', 'not json\n{}', good.slice(0, good.length >> 1), good.replace('"systems-leadership-quick"', '"systems-leadership-quack"'), `${good.split('\n')[0]}\n`, '\u0000\u0001'];
    for (const corrupt of corruptions) {
      writeFileSync(path, corrupt);
      expect(await validated()).toEqual(fresh);
    }
    expect(validations).toBe(1 + corruptions.length);
    expect(readFileSync(path, 'utf8')).toBe(good);
  });

  it('passes over a cache folder that cannot be made or written', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const unwritable = { ...cache, folder: join(dir, 'a-file', 'questionnaires') };
    const fresh = await validatedWith(unwritable);
    expect(await validatedWith(unwritable)).toEqual(fresh);
    expect(validations).toBe(2);
  });

  it('is not used with SYSLEAD_NO_CACHE=1', async () => {
    expect(validationCache({ SYSLEAD_NO_CACHE: '1', SYSLEAD_CACHE_DIR: dir })).toBeUndefined();
    await validatedWith(undefined);
    await validatedWith(undefined);
    expect(validations).toBe(2);
  });
});

describe('the cache folder', () => {
  it('is $SYSLEAD_CACHE_DIR, else $XDG_CACHE_HOME/syslead when absolute, else the platform cache folder', () => {
    expect(validationCache({ SYSLEAD_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' })?.folder).toBe('/c/questionnaires');
    expect(validationCache({ XDG_CACHE_HOME: '/x' })?.folder).toBe('/x/syslead/questionnaires');
    expect(validationCache({ XDG_CACHE_HOME: 'relative' })?.folder).toMatch(/syslead[/\\]?.*questionnaires$/);
    expect(validationCache({ XDG_CACHE_HOME: 'relative' })?.folder).not.toContain('relative');
  });

  it('carries the version of syslead that writes it', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(validationCache({})?.version).toBe(version);
  });
});

describe('syslead validate with the cache', () => {
  it('says the same of a file from the cache as it does fresh, and keeps nothing with SYSLEAD_NO_CACHE=1', async () => {
    // A file with a problem, so that what comes from the cache is more than "valid".
    appendFileSync(file, 'unknown_field: 1\n');
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    const off = await runCli(['validate', file], { env: { SYSLEAD_CACHE_DIR: join(dir, 'cache'), SYSLEAD_NO_CACHE: '1' } });
    expect(existsSync(join(dir, 'cache'))).toBe(false);
    const env = { SYSLEAD_CACHE_DIR: join(dir, 'cache') };
    const fresh = await runCli(['validate', file], { env });
    expect(readdirSync(join(dir, 'cache', 'questionnaires'))).toHaveLength(1);
    const kept = await runCli(['validate', file], { env });
    expect(fresh).toEqual(off);
    expect(kept).toEqual(fresh);
    expect(kept).toMatchObject({ code: 1, stderr: `${file}:${readFileSync(file, 'utf8').split('\n').length - 1}:1: error: unknown field "unknown_field"\n` });
  });
});
