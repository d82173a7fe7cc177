import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { fixture, runCli } from '../helpers/cli.js';

const dir = fixture('score');
const sam = fixture('score/sam.yaml');
const alex = fixture('score/alex.json');
const score = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['score', `--questionnaires=${dir}`, ...args], options);
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-score-'));

describe('syslead score (built binary)', () => {
  it('prints a text report on stdout, 80 columns and no colour when not a terminal', async () => {
    const r = await score([sam]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('SUMMARY');
    expect(r.stdout).toContain('Shared values              █████████████▍░░░░░░  66%  Developing');
    expect(r.stdout).toContain('https://example.org/systems-leadership');
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('takes one folder per --questionnaires, so the answer files after it stay answer files', async () => {
    const r = await runCli(['score', '--questionnaires', dir, '--questionnaires', tempDir(), '--format', 'json', sam, alex]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it('finds the questionnaire an answer file names, or takes it from --questionnaire', async () => {
    const byFile = await runCli(['score', '--questionnaire', fixture('score/leading.yaml'), '--format', 'json', sam]);
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.stdout).questionnaire).toEqual({ id: 'leading', version: 2, title: 'Leading across boundaries' });
    const byEnv = await runCli(['score', '--format', 'json', sam], { env: { SYSLEAD_QUESTIONNAIRES: dir } });
    expect(JSON.parse(byEnv.stdout)).toEqual(JSON.parse(byFile.stdout));
  });

  it('reads the questionnaire from stdin with --questionnaire -', async () => {
    const r = await runCli(['score', '--questionnaire', '-', '--format', 'json', sam], { input: readFileSync(fixture('score/leading.yaml'), 'utf8') });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout).questionnaire).toEqual({ id: 'leading', version: 2, title: 'Leading across boundaries' });
  });

  it('gives one JSON object for one file and an array for several', async () => {
    const one = await score(['--format', 'json', sam]);
    const result = JSON.parse(one.stdout);
    expect(result).toMatchObject({ respondent: 'Sam Patel', priorities: ['boundaries', 'values'], texts: { 'v-notes': 'I rate myself higher on values than on trust.' } });
    // values: 100 * (3 + 3 + 2) / 12 at full precision
    expect(result.themes[0].percent).toBe(200 / 3);
    const several = await score(['--format', 'json', sam, alex]);
    expect(several.code).toBe(0);
    expect(JSON.parse(several.stdout).map((x: { respondent: string }) => x.respondent)).toEqual(['Sam Patel', 'Alex Kim']);
  });

  it('reads answers from stdin with "-"', async () => {
    const r = await score(['--format', 'json', '-'], { input: readFileSync(alex, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondent: 'Alex Kim', role: 'peer', subject: 'Sam Patel' });
  });

  it('prints Markdown', async () => {
    const r = await score(['--format', 'md', sam, alex]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Leading across boundaries\n')).toBe(true);
    expect(r.stdout).toContain('\n---\n\n# Leading across boundaries\n');
  });

  it('reports bad answers as FILE:LINE:COL: error on stderr, prints no report and exits 1', async () => {
    const bad = fixture('score/bad-scale.yaml');
    const r = await score([sam, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${bad}:4:7: error: answers.v1: 9 is off the scale: use a whole number from 1 to 5`,
      `${bad}:5:7: error: answers.v2: "Never" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always"`,
      `${bad}:6:3: error: unknown item "vx": questionnaire "leading" has no item with that id`,
    ]);
  });

  it('reports malformed YAML, from stdin too', async () => {
    const r = await score(['-'], { input: 'questionnaire: leading\nanswers: [1,\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:10: error: the \[ that starts here is never closed: add a \] at the end of the list/);
  });

  it('points at the questionnaire line when the questionnaire cannot be found', async () => {
    const r = await score(['-'], { input: 'version: 1\nquestionnaire: nowhere\nanswers: {}\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:16: error: unknown questionnaire "nowhere"/);
  });

  it('refuses answers to another version or questionnaire', async () => {
    const r = await score(['-'], { input: readFileSync(sam, 'utf8').replace('version: 2', 'version: 1') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:10: error: these answers are for version 1 of "leading", but the questionnaire is version 2/);
    const other = await runCli(['score', '--questionnaire', fixture('minimal.yaml'), sam]);
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(`${sam}:1:16: error: these answers are for questionnaire "leading", not "minimal"\n`);
  });

  it('reports a file it cannot read and exits 1', async () => {
    const r = await score(['/nonexistent/answers.yaml']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('/nonexistent/answers.yaml: error: cannot read: no such file or folder');
  });

  it('neutralises escape sequences from answer files in reports and problems', async () => {
    const text = '{"questionnaire":"leading","version":2,"respondent":"Sam \\u001b[2J","answers":{"v1":3,"v2":3,"v-notes":"\\u001b]52;c;eA==\\u0007"}}';
    const plain = await score(['-'], { input: text });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toMatch(/\u001b/);
    expect(plain.stdout).toContain('\\u001b]52;c;eA==\\u0007');
    // Markdown escapes the backslash and bracket as well, so they show as written.
    const md = await score(['--format', 'md', '-'], { input: text });
    expect(md.stdout).not.toMatch(/\u001b/);
    expect(md.stdout).toContain('\\\\u001b\\]52;c;eA==\\\\u0007');
    const bad = await score(['-'], { input: text.replace('"v1":3', '"v1\\u001b[31m":3') });
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/\u001b/);
    expect(bad.stderr).toContain('unknown item "v1\\u001b[31m"');
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['--format', 'docx', sam], ['-', '-']]) {
      const r = await score(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
    }
  });

  it('writes --out atomically, refuses to replace a file without --force', async () => {
    const out = join(tempDir(), 'report.md');
    const first = await score(['--format', 'md', '--out', out, sam]);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toContain('# Leading across boundaries');

    const again = await score(['--format', 'json', '--out', out, alex]);
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: `syslead: error: ${out} already exists: add --force to replace it\n` });
    expect(readFileSync(out, 'utf8')).toContain('# Leading across boundaries');

    const forced = await score(['--format', 'json', '--out', out, '--force', alex]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).respondent).toBe('Alex Kim');
  });

  it('writes --out /dev/stdout into the pipe, with no --force and no file put in its place', async () => {
    const r = await score(['--format', 'md', '--out', '/dev/stdout', sam]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('# Leading across boundaries');
  });

  it('writes no file when the answers have errors', async () => {
    const out = join(tempDir(), 'report.txt');
    const r = await score(['--out', out, fixture('score/bad-scale.yaml')]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('writes plain text to a file even when colour is forced', async () => {
    const out = join(tempDir(), 'report.txt');
    const r = await score(['--out', out, sam], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\u001b/);
  });

  it('colours only when asked and never with NO_COLOR or --no-color', async () => {
    expect((await score([sam], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await score([sam], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b/);
    expect((await runCli(['--no-color', 'score', `--questionnaires=${dir}`, sam], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b/);
    const bad = await score([fixture('score/bad-scale.yaml')], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(bad.stderr).not.toMatch(/\u001b/);
  });

  it('reads a saved answer file against the built-in questionnaire it names, and scores nobody without a theme score', async () => {
    // Only the id is relied on: the built-in questionnaire's content is written elsewhere.
    const answersFile = join(tempDir(), 'empty.yaml');
    const list = JSON.parse((await runCli(['list', '--json'])).stdout) as { id: string; version: number; builtIn: boolean }[];
    const builtIn = list.find((q) => q.id === 'systems-leadership')!;
    writeFileSync(answersFile, `questionnaire: systems-leadership\nversion: ${builtIn.version}\nanswers: {}\n`);
    const r = await runCli(['score', '--format', 'json', answersFile]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`${answersFile}:1:1: error: no theme can be scored: too few of its scored items are answered for any theme to have a score`);
  });
});
