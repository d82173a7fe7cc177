import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';
import { jsonSchemas } from '../../src/core/json-schemas.js';
import { main } from '../../src/cli/main.js';
import { BIN, ROOT, fixture, scriptIO } from '../helpers/cli.js';

// Every way a shared file could drive a terminal: clear the screen, set the clipboard (OSC 52),
// forge a link (OSC 8), ring the bell, back over text, a C1 CSI (U+009B), a C1 OSC ... ST
// (U+009D ... U+009C), a right-to-left override and a line separator.
const EVIL = [
  '\u001b[2J',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007',
  'bell\u0007',
  'back\u0008\u0008',
  '\u009b31m',
  '\u009d0;title\u009c',
  '\u202egnp.exe',
  'one\u2028two',
].join('');

/**
 * The control characters (C0, DEL, C1), bidi controls and line/paragraph separators left once the
 * line ends an output format writes are taken out. CSV ends lines with CRLF, the others with LF.
 */
const rawControls = (text: string) => [...text.replace(/\r?\n/g, '').matchAll(/[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A YAML double-quoted string with everything outside printable ASCII as an escape, so the file itself is plain. */
const yamlString = (text: string) => `"${[...text].map((c) => (c < ' ' || c > '~' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c === '"' || c === '\\' ? `\\${c}` : c)).join('')}"`;
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const builtIn = (id: string) => loadQuestionnaire(readFileSync(join(ROOT, `questionnaires/${id}.yaml`), 'utf8'), `${id}.yaml`).questionnaire!;
const scoredIds = (q: Questionnaire) => q.items.filter((i): i is ScoredItem => i.kind === 'likert').map((i) => i.id);

interface Output {
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Runs the CLI in-process and keeps stdout and stderr as the bytes a terminal would get. */
async function runBytes(args: string[], env: Record<string, string>): Promise<Output> {
  const { io, stdout, stderr } = scriptIO({ env });
  const code = await main(['node', BIN, ...args], io);
  return { code, stdout: stdout.bytes, stderr: stderr.bytes };
}

/** The bytes as text, checked to be valid UTF-8 (so no stray byte such as a raw 0x9b hides from the check). */
function utf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  expect(Buffer.from(text, 'utf8').equals(bytes), 'output is not valid UTF-8').toBe(true);
  return text;
}

let dir: string;
let home: string;
let questionnaires: string;
let answerFile: string;
let cohortCsv: string;
let laterResult: string;
let earlierResult: string;
let answerFolder: string;
let threeSixty: string[];
let brokenQuestionnaire: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syslead-hostile-formats-'));
  home = join(dir, 'home');
  questionnaires = join(dir, 'q');
  mkdirSync(questionnaires);
  // A hostile questionnaire: its title, a theme, an item, a scale label, a band and a reflection.
  const yaml = readFileSync(fixture('run-small.yaml'), 'utf8')
    .replace('title: A small run', `title: ${yamlString(`Small ${EVIL} run`)}`)
    .replace('title: Listening', `title: ${yamlString(`Listening ${EVIL}`)}`)
    .replace('I listen before I speak in partnership meetings.', yamlString(`I listen ${EVIL} first.`))
    .replace('[Strongly disagree, Disagree, Agree, Strongly agree]', `[${yamlString(`No ${EVIL}`)}, Disagree, Agree, Strongly agree]`)
    .replace('label: High', `label: ${yamlString(`High ${EVIL}`)}`)
    .replace('Listening is a habit.', yamlString(`Habit ${EVIL}`));
  writeFileSync(join(questionnaires, 'run-small.yaml'), yaml);
  // A broken one, whose errors quote a hostile key and a hostile file name.
  brokenQuestionnaire = join(dir, `broken ${EVIL.replace(/\//g, '|')}.yaml`);
  writeFileSync(brokenQuestionnaire, `id: broken\n${yamlString(`key ${EVIL}`)}: 1\n`);

  // A hostile answer file: names, an attribute and a free-text answer.
  const answers = (completed: string, values: Record<string, number | string>, respondent = `Sam ${EVIL}`) => ({
    questionnaire: 'run-small',
    version: 1,
    role: 'self',
    respondent,
    subject: respondent,
    completed,
    attributes: { team: `North ${EVIL}` },
    answers: values,
  });
  answerFile = join(dir, 'sam.json');
  writeFileSync(answerFile, JSON.stringify(answers('2026-11-25T10:00:00Z', { l1: 4, l2: 2, s1: 3, 's-notes': `Notes ${EVIL}` })));
  answerFolder = join(dir, 'answers');
  mkdirSync(answerFolder);
  for (const i of [1, 2, 3, 4]) writeFileSync(join(answerFolder, `p${i}.json`), JSON.stringify(answers('2026-11-25T10:00:00Z', { l1: 1 + (i % 4), l2: i % 3, s1: 1 + ((i + 1) % 4) }, `Person ${i} ${EVIL}`)));

  const results = join(home, 'results', 'run-small');
  mkdirSync(results, { recursive: true });
  earlierResult = join(results, '2026-10-01T09-00-00Z.json');
  laterResult = join(results, '2026-11-25T10-00-00Z.json');
  writeFileSync(earlierResult, JSON.stringify(answers('2026-10-01T09:00:00Z', { l1: 1, l2: 0, s1: 1 })));
  writeFileSync(laterResult, JSON.stringify(answers('2026-11-25T10:00:00Z', { l1: 4, l2: 2, s1: 3 })));

  // A hostile CSV: a header, group values and respondent names.
  cohortCsv = join(dir, 'cohort.csv');
  const header = ['Name', `Team ${EVIL}`, 'l1', 'l2', 's1'];
  const rows = [1, 2, 3, 4, 5, 6].map((i) => [`Person ${i} ${EVIL}`, i <= 3 ? `North ${EVIL}` : `=South ${EVIL}`, 1 + (i % 4), i % 3, 1 + ((i + 1) % 4)]);
  writeFileSync(cohortCsv, `${[header, ...rows].map((r) => r.map((c) => csvCell(String(c))).join(',')).join('\n')}\n`);

  // A 360 of the built-in forms about a subject with a hostile name.
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  const at = (q: Questionnaire, x: number) => Object.fromEntries(scoredIds(q).map((id) => [id, x]));
  writeFileSync(join(dir, '360-self.json'), JSON.stringify({ questionnaire: self.id, version: self.version, respondent: `Sam ${EVIL}`, answers: at(self, 5) }));
  const peers = join(dir, '360-peers.csv');
  const observerIds = scoredIds(observer);
  const peerRows = ['Manager', 'Peer', 'Peer', 'Peer'].map((role, i) => [`Rater ${i} ${EVIL}`, role, `Sam ${EVIL}`, ...observerIds.map(() => '3')]);
  writeFileSync(peers, `${[['Name', 'Relationship', 'subject', ...observerIds], ...peerRows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
  threeSixty = [join(dir, '360-self.json'), peers];
});

/** A command line, and its exit code when not 0. */
type Case = readonly [name: string, args: () => string[], code?: number];

const REPORT_FORMATS = ['text', 'md', 'json', 'csv', 'html'];
const PERSON_FORMATS = ['text', 'md', 'json', 'html'];

/** Commands given the folder of the hostile questionnaire (--questionnaires). */
const withQuestionnaires: Case[] = [
  ...PERSON_FORMATS.map((f): Case => [`score --format ${f}`, () => ['score', '--format', f, answerFile]]),
  ['score --format json, a CSV of several', () => ['score', '--format', 'json', cohortCsv, '--questionnaire', 'run-small']],
  ...REPORT_FORMATS.flatMap((f): Case[] => [
    [`report --format ${f} of a CSV, grouped`, () => ['report', '--format', f, cohortCsv, '--questionnaire', 'run-small', '--group-by', `Team ${EVIL}`, '--min-group', '2']],
    [`report --format ${f} of a CSV, --per-respondent`, () => ['report', '--format', f, cohortCsv, '--questionnaire', 'run-small', '--group-by', `Team ${EVIL}`, '--min-group', '2', '--per-respondent']],
    [`report --format ${f} of answer files grouped by an attribute`, () => ['report', '--format', f, answerFolder, '--group-by', 'team', '--min-group', '2', '--per-respondent']],
    [`report --format ${f}, a 360 view`, () => ['report', '--format', f, ...threeSixty]],
    [`report --format ${f}, a 360 view, --per-respondent`, () => ['report', '--format', f, ...threeSixty, '--per-respondent']],
  ]),
  ...PERSON_FORMATS.map((f): Case => [`feedback --format ${f}`, () => ['feedback', '--format', f, '--subject', `Sam ${EVIL}`, ...threeSixty]]),
  ['history', () => ['history', 'run-small']],
  ['history --json', () => ['history', 'run-small', '--json']],
  ...PERSON_FORMATS.map((f): Case => [`compare --format ${f}`, () => ['compare', '--format', f, earlierResult, laterResult]]),
  ...REPORT_FORMATS.map(
    (f): Case => [`evaluate --format ${f}, --per-respondent`, () => ['evaluate', '--format', f, cohortCsv, cohortCsv, '--match-by', 'Name', '--questionnaire', 'run-small', '--min-group', '2', '--per-respondent']],
  ),
  ['list', () => ['list']],
  ['list --json', () => ['list', '--json']],
  ...['text', 'md', 'html'].map((f): Case => [`preview --format ${f}`, () => ['preview', 'run-small', '--format', f]]),
];
/** Commands that take no questionnaire folder. */
const standalone: Case[] = [
  ['validate', () => ['validate', join(questionnaires, 'run-small.yaml'), brokenQuestionnaire], 1],
  ['validate --json', () => ['validate', '--json', join(questionnaires, 'run-small.yaml'), brokenQuestionnaire], 1],
  ...Object.keys(jsonSchemas).map((name): Case => [`schema ${name}`, () => ['schema', name]]),
  // Arguments commander refuses, as a shell glob over a shared folder can pass a file's name.
  ['an unknown option from a file name', () => ['report', `--${EVIL}.csv`], 2],
  ['an unknown command', () => [`bogus${EVIL}`], 2],
  ['a format that is not one', () => ['report', '--format', `x${EVIL}`, 'a.csv'], 2],
];
const run = (args: string[]) => runBytes([...args, '--questionnaires', questionnaires], { SYSLEAD_HOME: home });

describe('no raw control character reaches the terminal, in any command or format', () => {
  const all = [...withQuestionnaires.map((c) => [c, run] as const), ...standalone.map((c) => [c, (args: string[]) => runBytes(args, {})] as const)];
  for (const [[name, args, code], runner] of all) {
    it(`syslead ${name}`, async () => {
      const r = await runner(args());
      const stdout = utf8(r.stdout);
      const stderr = utf8(r.stderr);
      expect(r.code, stderr).toBe(code ?? 0);
      expect(stdout.length + stderr.length).toBeGreaterThan(0);
      expect(rawControls(stdout)).toEqual([]);
      expect(rawControls(stderr)).toEqual([]);
      // The hostile text is shown, not dropped (JSON is read back below; a schema holds no file's
      // text; a 360 names nobody without --per-respondent).
      if (!/json|schema|a 360 view$/.test(name)) expect(`${stdout}${stderr}`).toContain('\\u001b');
    });
  }
});

describe('JSON output parses back to the hostile text as it was', () => {
  const json = async (args: string[]) => {
    const r = await run(args);
    expect(r.code, r.stderr.toString()).toBe(0);
    return JSON.parse(utf8(r.stdout));
  };

  it('score --format json', async () => {
    const result = await json(['score', '--format', 'json', answerFile]);
    expect(result.respondent).toBe(`Sam ${EVIL}`);
    expect(result.questionnaire.title).toBe(`Small ${EVIL} run`);
    expect(result.texts['s-notes']).toBe(`Notes ${EVIL}`);
  });

  it('report --format json', async () => {
    const report = await json(['report', '--format', 'json', cohortCsv, '--questionnaire', 'run-small', '--group-by', `Team ${EVIL}`, '--min-group', '2', '--per-respondent']);
    expect(report.questionnaire.title).toBe(`Small ${EVIL} run`);
    expect(report.themes[0].title).toBe(`Listening ${EVIL}`);
    expect(report.groupBy.column).toBe(`Team ${EVIL}`);
    expect(report.groups.map((g: { name: string }) => g.name)).toContain(`North ${EVIL}`);
    expect(report.people.map((p: { respondent: string }) => p.respondent)).toContain(`Person 1 ${EVIL}`);
  });

  it('report --format json of answer files, grouped by their attribute', async () => {
    const report = await json(['report', '--format', 'json', answerFolder, '--group-by', 'team', '--min-group', '2']);
    expect(report.groups.map((g: { name: string }) => g.name)).toEqual([`North ${EVIL}`]);
  });

  it('report --format json of a 360', async () => {
    const report = await json(['report', '--format', 'json', ...threeSixty, '--per-respondent']);
    expect(report.subjects.map((s: { name: string }) => s.name)).toEqual([`Sam ${EVIL}`]);
  });

  it('feedback --format json', async () => {
    const report = await json(['feedback', '--format', 'json', '--subject', `Sam ${EVIL}`, ...threeSixty]);
    expect(report.subject).toBe(`Sam ${EVIL}`);
  });

  it('compare --format json, history --json and list --json', async () => {
    expect((await json(['compare', '--format', 'json', earlierResult, laterResult])).questionnaire.title).toBe(`Small ${EVIL} run`);
    expect(JSON.stringify(await json(['history', 'run-small', '--json']))).toContain(JSON.stringify(`Listening ${EVIL}`));
    expect((await json(['list', '--json'])).map((e: { title: string }) => e.title)).toContain(`Small ${EVIL} run`);
  });

  it('validate --json', async () => {
    const r = await runBytes(['validate', '--json', brokenQuestionnaire], {});
    expect(r.code).toBe(1);
    const problems = JSON.parse(utf8(r.stdout)) as { file: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.file)).toEqual(problems.map(() => brokenQuestionnaire));
  });
});

describe('report --format csv', () => {
  const csvLines = async (args: string[]) => {
    const r = await run(['report', '--format', 'csv', ...args]);
    expect(r.code, r.stderr.toString()).toBe(0);
    return utf8(r.stdout).split('\r\n');
  };
  const shown = (text: string) => text.replace(/[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

  it('shows group values without --per-respondent, a formula still kept as text', async () => {
    const lines = await csvLines([cohortCsv, '--questionnaire', 'run-small', '--group-by', `Team ${EVIL}`, '--min-group', '2']);
    expect(lines[0]).not.toContain('respondent');
    expect(lines.filter((l) => l.includes(`,${shown(`North ${EVIL}`)},`))).toHaveLength(3);
    expect(lines.filter((l) => l.includes(`,'${shown(`=South ${EVIL}`)},`))).toHaveLength(3);
  });

  it('shows respondent names with --per-respondent, and attributes of answer files', async () => {
    const fromCsv = await csvLines([cohortCsv, '--questionnaire', 'run-small', '--per-respondent']);
    expect(fromCsv[1]).toContain(`,${shown(`Person 1 ${EVIL}`)},`);
    const fromFiles = await csvLines([answerFolder, '--group-by', 'team', '--min-group', '2', '--per-respondent']);
    expect(fromFiles[1]).toContain(`,${shown(`North ${EVIL}`)},`);
    expect(fromFiles.slice(1, -1).map((l) => l.split(',')[2])).toEqual([1, 2, 3, 4].map((i) => shown(`Person ${i} ${EVIL}`)));
  });
});
