import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';
import { ROOT, runCli } from '../helpers/cli.js';

const builtIn = (id: string) => loadQuestionnaire(readFileSync(join(ROOT, `questionnaires/${id}.yaml`), 'utf8'), `${id}.yaml`).questionnaire!;
const self = builtIn('systems-leadership');
const quick = builtIn('systems-leadership-quick');
const scored = (q: Questionnaire) => q.items.filter((i): i is ScoredItem => i.kind === 'likert');
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
/** The importance questions a form asks, one per theme, as a Forms export heads them. */
const importanceOf = (q: Questionnaire) => (q.importance ? q.themes.map((t) => q.importance!.question.replaceAll('{theme}', t.title)) : []);
/** A Forms-style export: the item texts and importance questions as headers, one row per name, every answer 4. */
const exportOf = (q: Questionnaire, names: string[]) => {
  const headers = [...scored(q).map((i) => i.text), ...importanceOf(q)];
  return `${[['Name', ...headers], ...names.map((name) => [name, ...headers.map(() => '4')])].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
};
const answerFile = (q: Questionnaire) =>
  `questionnaire: ${q.id}\nversion: ${q.version}\nanswers:\n${scored(q)
    .map((i) => `  ${i.id}: 4`)
    .join('\n')}\n`;

const dir = mkdtempSync(join(tmpdir(), 'syslead-inputs-'));
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

interface Form {
  questionnaire: { id: string };
  scored: number;
}

/** What a command read: the questionnaire of each respondent scored, from its JSON output. */
async function readBy(command: 'score' | 'report', inputs: string[], input?: string): Promise<{ code: number | null; stderr: string; questionnaires: string[] }> {
  const r = await runCli([command, '--format', 'json', ...inputs], input === undefined ? {} : { input });
  if (r.code !== 0) return { code: r.code, stderr: r.stderr, questionnaires: [] };
  if (command === 'score') {
    const results = [JSON.parse(r.stdout) as { questionnaire: { id: string } } | { questionnaire: { id: string } }[]].flat();
    return { code: r.code, stderr: r.stderr, questionnaires: results.map((result) => result.questionnaire.id) };
  }
  const report = JSON.parse(r.stdout) as Form & { otherForms: Form[] };
  const forms = [report, ...report.otherForms];
  return { code: r.code, stderr: r.stderr, questionnaires: forms.flatMap((form) => Array<string>(form.scored).fill(form.questionnaire.id)) };
}

describe.each(['score', 'report'] as const)('syslead %s reads inputs as the other command does', (command) => {
  it('reads a quick-form export as the quick form, though the full form has every one of its items', async () => {
    const file = write('quick-export.csv', exportOf(quick, ['Asha', 'Ben']));
    expect(await readBy(command, [file])).toEqual({ code: 0, stderr: `syslead: ${file}: 2 rows: 2 scored, 0 skipped\n`, questionnaires: ['systems-leadership-quick', 'systems-leadership-quick'] });
  });

  it('reads a CSV from stdin, told by its content', async () => {
    expect(await readBy(command, ['-'], exportOf(self, ['Asha']))).toEqual({ code: 0, stderr: 'syslead: <stdin>: 1 row: 1 scored, 0 skipped\n', questionnaires: ['systems-leadership'] });
  });

  it('reads an answer file from stdin, told by its content', async () => {
    expect(await readBy(command, ['-'], answerFile(quick))).toEqual({ code: 0, stderr: '', questionnaires: ['systems-leadership-quick'] });
  });

  it('tells a file without a known extension by its content', async () => {
    const csv = write('export', exportOf(self, ['Asha']));
    const answers = write('answers.txt', answerFile(quick));
    const read = await readBy(command, [csv, answers]);
    expect(read).toMatchObject({ code: 0, stderr: `syslead: ${csv}: 1 row: 1 scored, 0 skipped\nsyslead: in all 2 respondents: 2 scored, 0 skipped\n` });
    expect(read.questionnaires.sort()).toEqual(['systems-leadership', 'systems-leadership-quick']);
  });

  it('says a CSV file is empty when it has not even a header row', async () => {
    const empty = write('empty.csv', '');
    const read = await readBy(command, [empty]);
    expect(read.code).toBe(1);
    expect(read.stderr).toContain(`${empty}:1:1: error: the file is empty: expected a header row naming the items, then one row per respondent`);
  });
});

describe('an input that cannot be read at all', () => {
  const missing = join(dir, 'missing.csv');
  const good = () => write('good.yaml', answerFile(self));

  it('ends syslead report with exit 1, so cohort statistics never silently miss a file', async () => {
    const r = await runCli(['report', '--format', 'json', good(), missing]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`${missing}: error: cannot read: no such file or folder`);
  });

  it('is reported by syslead score --out-dir, which writes the others and exits 1', async () => {
    const out = join(dir, 'reports');
    const r = await runCli(['score', '--format', 'md', '--out-dir', out, good(), missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${missing}: error: cannot read: no such file or folder`);
    expect(readdirSync(out).sort()).toEqual(['good.md', 'index.md']);
  });
});
