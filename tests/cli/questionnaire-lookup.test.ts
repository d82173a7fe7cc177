import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { fixture, ROOT, runBinary, runCli, withoutQuestionnaireWarnings } from '../helpers/cli.js';

const builtInText = readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8');
const builtIn = loadQuestionnaire(builtInText, 'systems-leadership.yaml').questionnaire!;
const items = builtIn.items.filter((i): i is ScoredItem => i.kind === 'likert');
const themeIds = builtIn.themes.map((theme) => theme.id);
/** Every answer differs from its neighbour, so reverse keying changes the scores. */
const answerOf = (i: number) => 1 + (i % 5);
/** The same answers, with every theme's importance (3), in an answer file and a CSV row. */
const answerFile = `questionnaire: systems-leadership\nversion: 1\nanswers:\n${items.map((item, i) => `  ${item.id}: ${answerOf(i)}`).join('\n')}\nimportance:\n${themeIds.map((id) => `  ${id}: 3`).join('\n')}\n`;
const csvRow = `${[...items.map((item) => item.id), ...themeIds.map((id) => `importance:${id}`)].join(',')}\n${[...items.map((_, i) => answerOf(i)), ...themeIds.map(() => 3)].join(',')}\n`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'syslead-lookup-'));
}

function write(dir: string, name: string, content: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

/** The theme percents of each result `score --format json` printed; `forms`: questionnaire files whose own warnings are said, once, first. */
async function themePercents(args: string[], options: Parameters<typeof runCli>[1] = {}, forms: string[] = []): Promise<number[][]> {
  const said = await runCli(['score', '--format', 'json', ...args], options);
  const r = forms.length > 0 ? { ...said, stderr: withoutQuestionnaireWarnings(said.stderr, ...forms) } : said;
  // A CSV file's rows are accounted for on stderr.
  expect(r).toMatchObject({ code: 0, stderr: expect.stringMatching(/^(syslead: \S+\.csv: 1 row: 1 scored, 0 skipped\n)?$/) });
  return [JSON.parse(r.stdout) as { themes: { percent: number }[] }].flat().map((result) => result.themes.map((t) => t.percent));
}

describe('a questionnaire id names one questionnaire in every command', () => {
  it('finds a copy in --questionnaires by its id whatever its file name, for an answer file as for a CSV row, in any input order', async () => {
    const dir = tempDir();
    // The copy scores differently from the built-in: no item is reverse-keyed.
    const copies = write(join(dir, 'copies'), 'my-copy.yaml', builtInText.replaceAll('keyed: minus', 'keyed: plus'));
    const answers = write(dir, 'answers.yaml', answerFile);
    const row = write(dir, 'row.csv', csvRow);
    const folder = join(dir, 'copies');

    // The copy's themes are all keyed alike: it says so, once per command.
    const [byAnswerFile] = await themePercents(['--questionnaires', folder, answers], {}, [copies]);
    const [byCsvRow] = await themePercents(['--questionnaires', folder, row], {}, [copies]);
    const [byBuiltIn] = await themePercents([answers]);
    expect(byCsvRow).toEqual(byAnswerFile);
    expect(byAnswerFile).not.toEqual(byBuiltIn);
    expect(await themePercents([answers], { env: { SYSLEAD_QUESTIONNAIRES: folder } }, [copies])).toEqual([byAnswerFile]);

    const report = async (inputs: string[]) => {
      const r = await runCli(['report', '--format', 'json', '--questionnaires', folder, ...inputs]);
      return { ...r, stderr: withoutQuestionnaireWarnings(r.stderr, copies) };
    };
    const [answerFirst, rowFirst] = await Promise.all([report([answers, row]), report([row, answers])]);
    expect(answerFirst).toMatchObject({ code: 0, stderr: `syslead: ${row}: 1 row: 1 scored, 0 skipped\nsyslead: in all 2 respondents: 2 scored, 0 skipped\n` });
    expect(rowFirst.stdout).toBe(answerFirst.stdout);
    expect(JSON.parse(answerFirst.stdout)).toMatchObject({ scored: 2, otherForms: [] });

    const list = await runCli(['list', '--json', '--questionnaires', folder]);
    expect((JSON.parse(list.stdout) as { id: string; file: string }[]).find((q) => q.id === 'systems-leadership')?.file).toBe(copies);
  });

  it('never reads a bare name as a file in the current folder: a name is a path only with a separator or a .yaml, .yml or .json ending', async () => {
    const cwd = tempDir();
    write(cwd, 'systems-leadership', builtInText.replace(/^title: .*$/m, 'title: Not the built-in'));
    const answers = write(cwd, 'answers.yaml', answerFile);
    const title = async (args: string[]) => {
      const r = await runBinary(['score', '--format', 'json', ...args], { cwd });
      return r.code === 0 ? (JSON.parse(r.stdout) as { questionnaire: { title: string } }).questionnaire.title : r.stderr;
    };
    expect(await title([answers])).toBe('Systems leadership: a self-assessment');
    expect(await title(['--questionnaire', 'systems-leadership', answers])).toBe('Systems leadership: a self-assessment');
    expect(await title(['--questionnaire', './systems-leadership', answers])).toBe('Not the built-in');

    write(cwd, 'leading', 'id: leading\n');
    const unknown = await runBinary(['score', '--questionnaire', 'leading', answers], { cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown questionnaire "leading"');
    expect(unknown.stderr).toContain('to read the file "leading" in this folder, write ./leading');
  });

  it('refuses an id that two files of one folder have, naming both, in every command', async () => {
    const dir = tempDir();
    const folder = join(dir, 'q');
    const first = write(folder, 'a.yaml', readFileSync(fixture('minimal.yaml'), 'utf8'));
    const second = write(folder, 'b.yaml', readFileSync(fixture('minimal.yaml'), 'utf8').replace('title: Minimal', 'title: Another'));
    const message = `${second}:1:5: error: questionnaire id "minimal" is also the id of ${first}, in the same folder: give each questionnaire its own id`;
    const answers = write(dir, 'answers.yaml', 'questionnaire: minimal\nversion: 1\nanswers: { a1: 1, a2: 2, a3: 3 }\n');
    const row = write(dir, 'row.csv', 'a1,a2,a3\n1,2,3\n');

    for (const args of [
      ['score', answers],
      ['score', row],
      ['report', answers, row],
      ['score', '--questionnaire', 'minimal', answers],
    ]) {
      const r = await runCli([...args, '--questionnaires', folder]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
    }
    const list = await runCli(['list', '--json', '--questionnaires', folder]);
    expect(list.stderr).toContain(message);
    expect(list.stderr).toContain(`skipped ${first}: not a valid questionnaire`);
    expect(list.stderr).toContain(`skipped ${second}: not a valid questionnaire`);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((q) => q.id)).not.toContain('minimal');
  });

  it("stops at a broken file named after the id rather than taking a later folder's questionnaire", async () => {
    const dir = tempDir();
    const broken = write(join(dir, 'q'), 'systems-leadership.yaml', 'id: [\n');
    const answers = write(dir, 'answers.yaml', answerFile);
    const r = await runCli(['score', '--questionnaires', join(dir, 'q'), answers]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${broken.replace(/[.]/g, '\\.')}:\\d+:\\d+: error: `, 'm'));
  });
  it('says when a folder of questionnaires is not there, from --questionnaires or $SYSLEAD_QUESTIONNAIRES', async () => {
    const missing = join(tmpdir(), 'syslead-no-such-folder');
    for (const [args, env] of [
      [['list', '--questionnaires', missing], {}],
      [['list'], { SYSLEAD_QUESTIONNAIRES: missing }],
    ] as const) {
      const r = await runCli([...args], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${missing}: error: cannot read folder: no such file or folder`);
    }
  });
  it('stops a CSV, in score and report, when a questionnaire it could answer cannot be read', async () => {
    // A broken file takes the quick form's id by its name: guessing among the rest would read a
    // quick-form export against the full form, with only a warning about missing columns.
    const dir = mkdtempSync(join(tmpdir(), 'syslead-broken-candidate-'));
    const folder = join(dir, 'q');
    mkdirSync(folder);
    writeFileSync(join(folder, 'systems-leadership-quick.yaml'), 'id: [oops\ntitle: x\n');
    const csvFile = join(dir, 'quick.csv');
    writeFileSync(csvFile, 'sv2,sv3,sv4\n3,4,5\n');
    for (const command of ['score', 'report']) {
      const r = await runCli([command, '--format', 'json', '--questionnaires', folder, csvFile]);
      expect(r.code, command).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('cannot choose the questionnaire a CSV answers while "systems-leadership-quick" cannot be read');
    }
    expect((await runCli(['report', '--format', 'json', '--questionnaires', folder, '--questionnaire', 'systems-leadership', csvFile])).code).toBe(0);
  });
});
