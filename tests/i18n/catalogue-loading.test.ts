import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CY_PARTS } from '../../src/core/i18n/cy.js';
import { EN_PARTS } from '../../src/core/i18n/en.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { loadedFrom } from '../helpers/loaded-modules.js';

/**
 * The built binary loads the Welsh catalogue (a chunk of its own, core/i18n/cy.js) when, and only
 * when, Welsh is spoken: by $SYSLEAD_LANG, --lang (a bilingual report's among them) or the
 * questionnaire's language. The CSV reader takes only the run part, whose words it recognises in
 * every language (core/i18n/form-words.ts).
 */
describe('the Welsh catalogue, loaded only when Welsh is spoken (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-catalogues-'));
  const home = join(dir, 'home');
  const quick = loadQuestionnaire(readFileSync(`${ROOT}questionnaires/systems-leadership-quick.yaml`, 'utf8'), 'systems-leadership-quick.yaml').questionnaire!;
  const ids = quick.items.filter((item) => item.kind === 'likert').map((item) => item.id);
  const csv = join(dir, 'cohort.csv');
  writeFileSync(csv, `${ids.join(',')}\n${ids.map((_, i) => (i % 5) + 1).join(',')}\n${ids.map((_, i) => ((i + 2) % 5) + 1).join(',')}\n`);

  /** What `syslead ...args` printed, and whether it loaded the whole Welsh catalogue or its run part. */
  const run = (args: string[], env: Record<string, string> = {}) => {
    const log = join(dir, 'imports.log');
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: dir, SYSLEAD_HOME: home, SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR, SYSLEAD_IMPORT_LOG: log, ...env },
      encoding: 'utf8',
    });
    expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    const modules = loadedFrom(log).modules.split('\n');
    return { out: r.stdout + r.stderr, welsh: modules.includes('dist/core/i18n/cy.js'), runPart: modules.includes('dist/core/i18n/cy/run.js'), modules };
  };

  it('loads no Welsh for a command in English', () => {
    const list = run(['list']);
    expect(list.modules).toContain('dist/core/i18n/en.js'); // the log works
    expect(list.out).toContain('SOURCE');
    expect({ welsh: list.welsh, runPart: list.runPart }).toEqual({ welsh: false, runPart: false });
    const history = run(['history', 'systems-leadership-quick']);
    expect(history.out).toContain('No saved results');
    expect(history.welsh).toBe(false);
  });

  it('loads only the run part of it for a CSV read in English, whose headers may be Welsh', () => {
    const report = run(['report', csv]);
    expect(report.out).toContain(quick.title);
    expect({ welsh: report.welsh, runPart: report.runPart }).toEqual({ welsh: false, runPart: true });
  });

  it('loads it for $SYSLEAD_LANG=cy and --lang cy', () => {
    for (const [args, env] of [
      [['list'], { SYSLEAD_LANG: 'cy' }],
      [['list', '--lang', 'cy'], {}],
      [['list'], { LANG: 'cy_GB.UTF-8' }],
    ] as const) {
      const list = run([...args], env);
      expect(list.welsh, `${args.join(' ')} ${JSON.stringify(env)}`).toBe(true);
      expect(list.out).toContain('FFYNHONNELL');
      expect(list.out).not.toContain('SOURCE');
    }
  });

  it('loads it for a Welsh questionnaire, whose language is spoken without --lang', () => {
    const history = run(['history', 'systems-leadership-quick.cy']);
    expect(history.welsh).toBe(true);
    expect(history.out).toContain("wedi'u cadw");
    expect(history.out).not.toContain('No saved results');
  });

  it('loads it for two languages (--lang en,cy), the second as the first', () => {
    for (const lang of ['en,cy', 'cy,en']) expect(run(['report', csv, '--lang', lang]).welsh, lang).toBe(true);
    expect(run(['report', csv, '--lang', 'cy,en']).out).toContain('CRYNODEB');
  });

  it('answers --help and --version in Welsh without the bundle', () => {
    for (const arg of ['--help', '--version']) {
      const r = run([arg], { SYSLEAD_LANG: 'cy' });
      expect(r.modules.some((m) => m.startsWith('dist/'))).toBe(false);
    }
    expect(run(['--help'], { SYSLEAD_LANG: 'cy' }).out).toContain('Gorchmynion');
  });
});

describe('the catalogues as say looks a key up in them', () => {
  it('hold every key in the part its first word names, or in run', () => {
    for (const [name, parts] of [
      ['en', EN_PARTS],
      ['cy', CY_PARTS],
    ] as const) {
      for (const [part, messages] of Object.entries(parts)) {
        if (part !== 'run')
          expect(
            Object.keys(messages).filter((key) => !key.startsWith(`${part}.`)),
            `${name} ${part}`,
          ).toEqual([]);
      }
    }
  });
});
