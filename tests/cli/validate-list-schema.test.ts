import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { jsonSchemas } from '../../src/core/json-schemas.js';

const ESC = '\u001b[';
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-test-'));

function brokenFile(): string {
  const file = join(tempDir(), 'broken.yaml');
  writeFileSync(file, readFileSync(fixture('minimal.yaml'), 'utf8').replace('minutes: 1', 'minutes: 1\ntitel: x').replace('keyed: minus', 'keyed: down'));
  return file;
}

describe('syslead validate', () => {
  it('exits 0 for a valid file and says so on stderr, leaving stdout empty', async () => {
    const r = await runCli(['validate', fixture('minimal.yaml'), 'questionnaires/template.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`✓ ${fixture('minimal.yaml')} is valid (1 themes, 3 scored items)`);
    expect(r.stderr).toContain('2 files checked: 2 valid, 0 invalid');
  });

  it('prints every problem as FILE:LINE:COL: error: MESSAGE on stderr and exits 1', async () => {
    const file = brokenFile();
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${file}:6:1: error: unknown field "titel" (did you mean "title"?)\n` + `${file}:19:50: error: theme 1 (alpha), item 2 (a2), keyed: must be one of "plus", "minus", not the text "down"\n`);
  });

  it('exits 1 when any one of several files is invalid, and checks them all', async () => {
    const r = await runCli(['validate', brokenFile(), fixture('minimal.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 files checked: 1 valid, 1 invalid');
  });

  it('prints problems as a JSON array on stdout with --json', async () => {
    const file = brokenFile();
    const r = await runCli(['validate', '--json', file, fixture('minimal.yaml')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file, line: 6, column: 1, severity: 'error', message: 'unknown field "titel" (did you mean "title"?)' },
      { file, line: 19, column: 50, severity: 'error', message: 'theme 1 (alpha), item 2 (a2), keyed: must be one of "plus", "minus", not the text "down"' },
    ]);
    const ok = await runCli(['validate', '--json', fixture('minimal.yaml')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([]);
  });

  it('reports a missing file clearly, without a stack trace', async () => {
    const r = await runCli(['validate', 'no-such-file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('no-such-file.yaml:1:1: error: cannot read: no such file or folder\n');
  });

  it('refuses a file that is not UTF-8', async () => {
    const file = join(tempDir(), 'latin1.yaml');
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}:1:1: error: the file is not UTF-8 text (save it as UTF-8 and try again)\n`);
  });

  it('reads stdin for "-"', async () => {
    const r = await runCli(['validate', '-'], { input: 'id: x\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:1:1: error: missing required field "version"\n/);
  });

  it('colours only when asked by FORCE_COLOR, never with NO_COLOR or --no-color', async () => {
    const file = brokenFile();
    expect((await runCli(['validate', file])).stderr).not.toContain(ESC);
    expect((await runCli(['validate', file], { env: { FORCE_COLOR: '1' } })).stderr).toContain(ESC);
    expect((await runCli(['validate', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stderr).not.toContain(ESC);
    expect((await runCli(['--no-color', 'validate', file], { env: { FORCE_COLOR: '1' } })).stderr).not.toContain(ESC);
    expect((await runCli(['validate', '--no-color', file], { env: { FORCE_COLOR: '1' } })).stderr).not.toContain(ESC);
  });
});

describe('syslead list', () => {
  it('lists the built-in questionnaires as JSON, without the template', async () => {
    const r = await runCli(['list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; builtIn: boolean; items: number; minutes: number }[];
    expect(list.map((q) => q.id)).toContain('systems-leadership');
    expect(list.map((q) => q.id)).not.toContain('template-example');
    expect(list.every((q) => q.builtIn && q.items > 0 && q.minutes > 0)).toBe(true);
  });

  it('adds folders from --questionnaires and SYSLEAD_QUESTIONNAIRES, skipping invalid files with their problems', async () => {
    const a = tempDir();
    const b = tempDir();
    copyFileSync(fixture('minimal.yaml'), join(a, 'minimal.yaml'));
    writeFileSync(join(b, 'other.yaml'), readFileSync(fixture('minimal.yaml'), 'utf8').replace('id: minimal', 'id: other'));
    writeFileSync(join(b, 'broken.yaml'), 'id: [\n');
    const r = await runCli(['list', '--json', '--questionnaires', a], { env: { SYSLEAD_QUESTIONNAIRES: b } });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; title: string; items: number; minutes: number; file: string; builtIn: boolean }[];
    expect(list.slice(0, 2)).toEqual([
      { id: 'minimal', title: 'Minimal', version: 1, form: 'self', items: 3, statements: 3, textPrompts: 0, importance: 0, questions: 3, minutes: 1, file: join(a, 'minimal.yaml'), builtIn: false },
      { id: 'other', title: 'Minimal', version: 1, form: 'self', items: 3, statements: 3, textPrompts: 0, importance: 0, questions: 3, minutes: 1, file: join(b, 'other.yaml'), builtIn: false },
    ]);
    expect(r.stderr).toContain(`skipped ${join(b, 'broken.yaml')}: not a valid questionnaire`);
  });

  it('names a file that is not UTF-8 once, in a folder of any name (the message is never taken apart)', async () => {
    // A folder name that reads like a message is where taking one apart went wrong.
    const folders = [tempDir(), ...(process.platform === 'win32' ? [] : [join(tempDir(), 'q: error: x')])];
    for (const folder of folders) {
      mkdirSync(folder, { recursive: true });
      const file = join(folder, 'bad.yaml');
      writeFileSync(file, Buffer.from('title: caf\xe9\n', 'latin1'));
      const r = await runCli(['list', '--questionnaires', folder]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`${file}:1:1: error: the file is not UTF-8 text (save it as UTF-8 and try again)\nskipped ${file}: not a valid questionnaire\n`);
      expect((await runCli(['validate', file])).stderr).toBe(`${file}:1:1: error: the file is not UTF-8 text (save it as UTF-8 and try again)\n`);
    }
  });

  it('prints a table on stdout', async () => {
    const r = await runCli(['list', '--questionnaires', join(ROOT, 'tests/fixtures')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID +TITLE +STATEMENTS +QUESTIONS +FREE TEXT +MINUTES +SOURCE$/);
    // minimal.yaml: 3 statements, no importance question, no free text.
    expect(r.stdout).toMatch(/\nminimal +Minimal +3 +3 +0 +1 +\S*tests\/fixtures\/minimal\.yaml\n/);
    expect(r.stdout).toMatch(/\nsystems-leadership +.+ built-in\n/);
  });

  it('counts statements, questions and free-text prompts apart, as the run asks them', async () => {
    const list = JSON.parse((await runCli(['list', '--json'])).stdout) as { id: string; items: number; statements: number; textPrompts: number; importance: number; questions: number }[];
    const byId = new Map(list.map((e) => [e.id, e] as const));
    // systems-leadership.yaml: 36 rated statements and 3 free-text prompts (`type: text`) in its 3
    // themes, each theme with an importance question: 36 + 3 + 3 = 42 questions in a run.
    expect(byId.get('systems-leadership')).toMatchObject({ items: 39, statements: 36, textPrompts: 3, importance: 3, questions: 42 });
    // The quick form: 13 statements, 1 free-text prompt, 3 importance questions: 17.
    expect(byId.get('systems-leadership-quick')).toMatchObject({ items: 14, statements: 13, textPrompts: 1, importance: 3, questions: 17 });
    const table = (await runCli(['list'])).stdout;
    expect(table).toMatch(/\nsystems-leadership +Systems leadership: a self-assessment +36 +42 +3 +12 +built-in\n/);
  });
});

describe('syslead schema', () => {
  it('prints the committed questionnaire JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema/questionnaire.schema.json'), 'utf8')));
  });

  it('names every schema it can print in its help', async () => {
    const help = (await runCli(['schema', '--help'])).stdout;
    for (const name of Object.keys(jsonSchemas)) expect(help).toContain(name);
  });

  it('exits 2 for an unknown schema name', async () => {
    const r = await runCli(['schema', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^syslead: error: unknown schema "nonsense": choose one of questionnaire/);
  });
});
