import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { PtySession } from '../helpers/pty.js';

const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-batch-'));
const score = (args: string[]) => runCli(['score', '--questionnaire', leading, ...args]);

/**
 * A survey export as Microsoft or Google Forms writes it: the questions' texts as headers (one with
 * a curly apostrophe, as Forms may write it), and Timestamp, Name and Email columns.
 */
const FORMS_HEADER = [
  'Timestamp',
  'Name',
  'Email',
  'I start from what matters to the people who use services.',
  'I let my organisation’s interests come first.',
  "I name the values I see in partners' work.",
  'What did you notice about your answers?',
  'I share credit with partner organisations.',
  'I keep promises made to partners.',
  'I hold back information from partners.',
  'Whom do you trust most?',
  'How important is Shared values to your current role?',
  'How important is Working across boundaries to your current role?',
];
/** Sam's answers as in tests/fixtures/score/sam.yaml, in the columns above. */
const SAM_ROW = ['2026-11-25T10:00:00Z', 'Sam Patel', 'sam@example.org', 'Usually', '2', 'often', 'I rate myself higher on values than on trust.', '2', 'Agree', '2', 'The public health team.', 'Very important', '5'];
const JO_ROW = ['2026-11-26T09:30:00Z', 'Jo Bloggs', 'jo@example.org', 'Almost always', 'Rarely', '', '', '3', 'Strongly agree', 'Neutral', '', 'Essential', 'Moderately important'];
const JO_YAML = `questionnaire: leading
version: 2
respondent: Jo Bloggs
completed: 2026-11-26T09:30:00Z
answers: { v1: Almost always, v2: Rarely, b1: 3, t1: Strongly agree, t2: Neutral }
importance: { values: Essential, boundaries: Moderately important }
`;

const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csv = (rows: string[][]) => `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
function writeCsv(dir: string, rows: string[][], name = 'forms-export.csv'): string {
  const file = join(dir, name);
  writeFileSync(file, csv([FORMS_HEADER, ...rows]));
  return file;
}
/** Sam's answers under another name. */
const named = (name: string) => [SAM_ROW[0]!, name, ...SAM_ROW.slice(2)];

/** Every file under a folder, as paths relative to it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

/** The targets of the index's links, decoded, in order. */
function indexLinks(dir: string, format: 'md' | 'html'): string[] {
  const text = readFileSync(join(dir, format === 'html' ? 'index.html' : 'index.md'), 'utf8');
  const links = format === 'html' ? [...text.matchAll(/<a href="([^"]*)">/g)] : [...text.matchAll(/\]\(([^)]*)\)/g)];
  return links.map((m) => decodeURIComponent(m[1]!.replaceAll('&amp;', '&')));
}

describe('syslead score --out-dir: a report per respondent', () => {
  it('gives each person in a Forms export the same JSON as the same answers in answer files', async () => {
    const dir = tempDir();
    const answerFiles = join(dir, 'answers');
    mkdirSync(answerFiles);
    writeFileSync(join(answerFiles, 'a-sam.yaml'), readFileSync(sam));
    writeFileSync(join(answerFiles, 'b-jo.yaml'), JO_YAML);
    const csv = writeCsv(dir, [SAM_ROW, JO_ROW]);
    const fromCsv = await score(['--format', 'json', '--out-dir', join(dir, 'from-csv'), csv]);
    const fromFiles = await score(['--format', 'json', '--out-dir', join(dir, 'from-files'), answerFiles]);
    expect(fromCsv).toMatchObject({ code: 0, stdout: '' });
    expect(fromFiles).toMatchObject({ code: 0, stdout: '' });
    expect(fromCsv.stderr).toBe(`syslead: ${csv}: 2 rows: 2 scored, 0 skipped\nwrote 2 reports and index.md in ${join(dir, 'from-csv')}\n`);

    expect(allFiles(join(dir, 'from-csv'))).toEqual(['index.md', 'jo-bloggs.json', 'sam-patel.json']);
    expect(allFiles(join(dir, 'from-files'))).toEqual(allFiles(join(dir, 'from-csv')));
    for (const name of ['sam-patel.json', 'jo-bloggs.json']) {
      const json = JSON.parse(readFileSync(join(dir, 'from-csv', name), 'utf8'));
      expect(json).toEqual(JSON.parse(readFileSync(join(dir, 'from-files', name), 'utf8')));
    }
    // And as `syslead score` has always printed them.
    const printed = JSON.parse((await score(['--format', 'json', join(answerFiles, 'a-sam.yaml'), join(answerFiles, 'b-jo.yaml')])).stdout);
    expect(printed).toEqual(['sam-patel.json', 'jo-bloggs.json'].map((name) => JSON.parse(readFileSync(join(dir, 'from-csv', name), 'utf8'))));
    expect(printed[0]).toMatchObject({ respondent: 'Sam Patel', completed: '2026-11-25T10:00:00Z', priorities: ['boundaries', 'values'] });
  });

  it('writes nothing outside the folder, whatever the respondents are called, and names every file safely', async () => {
    const parent = tempDir();
    const hostile = ['../x', '../../escape', '/etc/passwd', 'CON', 'aux.txt', 'a/b', 'a\\b', '', '..', 'Sam', 'sam', 'SAM', 'x'.repeat(300), '🦊', '<>:"|?*', 'index', 'C:\\Windows\\evil', 'tab\tand\u001b[31mescape'];
    const input = join(tempDir(), 'hostile.csv');
    writeFileSync(input, csv([FORMS_HEADER, ...hostile.map(named)]));
    const out = join(parent, 'reports');
    const r = await score(['--format', 'md', '--out-dir', out, input]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\u001b/);

    const files = allFiles(parent);
    expect(files.every((f) => f.startsWith(`reports${'/'}`) && !f.slice('reports/'.length).includes('/'))).toBe(true);
    expect(files).toHaveLength(hostile.length + 1);
    expect(files.map((f) => f.slice('reports/'.length))).toEqual(
      [
        'x.md',
        'escape.md',
        'etc-passwd.md',
        'con_.md',
        'aux-txt.md',
        'a-b.md',
        'a-b-2.md',
        'respondent-9.md',
        'respondent-10.md',
        'sam.md',
        'sam-2.md',
        'sam-3.md',
        `${'x'.repeat(97)}.md`,
        'respondent-15.md',
        'respondent-16.md',
        'index-2.md',
        'c-windows-evil.md',
        'tab-and-31mescape.md',
        'index.md',
      ].sort(),
    );
    // The names themselves are shown as written, escape sequences neutralised.
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toContain('[\\<\\>:"\\|?\\*](respondent-16.md)');
    expect(index).not.toMatch(/\u001b/);
  });

  it('links every report from the index, with relative links that resolve', async () => {
    for (const format of ['md', 'html'] as const) {
      const dir = tempDir();
      const out = join(dir, 'out');
      const people = ['Sam Patel', 'Zoë Brontë', "O'Brien & Co <b>", 'sam patel', '李小龍', ''];
      const r = await score(['--format', format, '--out-dir', out, writeCsv(dir, people.map(named))]);
      expect(r.code, r.stderr).toBe(0);
      const links = indexLinks(out, format);
      const reports = allFiles(out).filter((f) => !f.startsWith('index.'));
      expect(links).toHaveLength(people.length);
      expect([...links].sort()).toEqual(reports);
      for (const link of links) expect(relative(out, join(out, link))).toBe(link);
      if (format === 'html') {
        const html = readFileSync(join(out, 'index.html'), 'utf8');
        expect(html).toContain('>O&#39;Brien &amp; Co &lt;b&gt;</a>');
        expect(html).not.toMatch(/<script/i);
        // Each report is a page of its own.
        expect(readFileSync(join(out, links[0]!), 'utf8').match(/<article/g)).toHaveLength(1);
      }
    }
  });

  it('writes the others when a row cannot be scored, and says where and why on stderr and in the index', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const bad = [...named('Ben Okafor')];
    bad[4] = 'Sometims';
    const input = writeCsv(dir, [SAM_ROW, bad, JO_ROW]);
    const r = await score(['--format', 'md', '--out-dir', out, input]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      `${input}:3:5: error: column 5 "I let my organisation’s interests come first.": "Sometims" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always", or map it with --map`,
      `syslead: ${input}: 3 rows: 2 scored, 1 skipped (answer not on the scale: 1)`,
      `wrote 2 reports and index.md in ${out}; 1 error (see above and the index)`,
      '',
    ]);
    expect(allFiles(out)).toEqual(['index.md', 'jo-bloggs.md', 'sam-patel.md']);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain(`## Errors\n\nA row or answer file with an error has no report; correct it and run syslead score again.\n\n- ${input}:3:5: error:`);
  });

  it('leaves out an answer file with an error and writes the rest, named by respondent or file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const anonymous = join(dir, 'anon-7.yaml');
    writeFileSync(anonymous, 'questionnaire: leading\nversion: 2\nanswers: { v1: 3, v3: 3 }\n');
    const r = await score(['--out-dir', out, sam, fixture('score/bad-scale.yaml'), anonymous]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${fixture('score/bad-scale.yaml')}:4:7: error: answers.v1: 9 is off the scale`);
    expect(allFiles(out)).toEqual(['anon-7.txt', 'index.md', 'sam-patel.txt']);
    const text = readFileSync(join(out, 'sam-patel.txt'), 'utf8');
    expect(text).toContain('SUMMARY');
    expect(text).not.toMatch(/\u001b/);
  });

  it('names files by --name-by, a CSV column or an attribute', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const r = await score(['--format', 'json', '--out-dir', out, '--name-by', 'email', writeCsv(dir, [SAM_ROW, JO_ROW, [...named('Ann'), ''].slice(0, FORMS_HEADER.length).map((c, i) => (i === 2 ? '' : c))])]);
    expect(r.code).toBe(0);
    expect(allFiles(out)).toEqual(['index.md', 'jo-example-org.json', 'respondent-4.json', 'sam-example-org.json']);
    expect(r.stderr).toContain('warning: 1 of 3 respondents have no email: their reports are named after their line or file');
    const unknown = await score(['--out-dir', join(dir, 'other'), '--name-by', 'Department', writeCsv(dir, [SAM_ROW])]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--name-by Department: no respondent has it');
  });

  it('replaces nothing without --force, checking every file before writing any', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const input = writeCsv(dir, [SAM_ROW, JO_ROW]);
    mkdirSync(out);
    // Only the last file to be written is in the way: still nothing may be written.
    writeFileSync(join(out, 'index.md'), 'old index');
    const refused = await score(['--format', 'md', '--out-dir', out, input]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(`syslead: ${input}: 2 rows: 2 scored, 0 skipped\nsyslead: error: ${join(out, 'index.md')} already exists: add --force to replace it and the other reports (nothing was written)\n`);
    expect(allFiles(out)).toEqual(['index.md']);

    const forced = await score(['--format', 'md', '--out-dir', out, '--force', input]);
    expect(forced.code).toBe(0);
    expect(allFiles(out)).toEqual(['index.md', 'jo-bloggs.md', 'sam-patel.md']);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('[Sam Patel](sam-patel.md)');
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(out)).toHaveLength(3);

    const again = await score(['--format', 'md', '--out-dir', out, input]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${join(out, 'sam-patel.md')} already exists: add --force`);
  });

  it('refuses several CSV respondents on stdout except as JSON, naming --out-dir', async () => {
    const dir = tempDir();
    const input = writeCsv(dir, [SAM_ROW, JO_ROW]);
    for (const format of ['text', 'md', 'html']) {
      const r = await score(['--format', format, input]);
      expect(r.code, format).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('add --out-dir DIR');
    }
    const json = await score(['--format', 'json', input]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((p: { respondent: string }) => p.respondent)).toEqual(['Sam Patel', 'Jo Bloggs']);
    // One respondent in a CSV is like one answer file.
    const one = await score(['--format', 'md', writeCsv(dir, [SAM_ROW], 'one.csv')]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('**Respondent:** Sam Patel');
  });

  it('reads a CSV file against the questionnaire its columns match when none is given', async () => {
    const r = await runCli(['score', '--questionnaires', fixture('score'), '--format', 'json', writeCsv(tempDir(), [SAM_ROW])]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).questionnaire).toEqual({ id: 'leading', version: 2, title: 'Leading across boundaries' });
  });

  it('prints nothing on stdout when any CSV row has an error, as for answer files', async () => {
    const dir = tempDir();
    const bad = [...JO_ROW];
    bad[3] = '7';
    const r = await score(['--format', 'json', writeCsv(dir, [SAM_ROW, bad])]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/forms-export\.csv:3:4: error: column 4 /);
  });

  it('exits 2 for options that do not go together', async () => {
    const dir = tempDir();
    const both = await score(['--out', join(dir, 'a.md'), '--out-dir', join(dir, 'out'), sam]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const nameBy = await score(['--name-by', 'Email', sam]);
    expect(nameBy.code).toBe(2);
    expect(nameBy.stderr).toContain('--name-by names the files of --out-dir');
    expect(allFiles(dir)).toEqual([]);
  });

  const cohort = (dir: string, size: number) =>
    writeCsv(
      dir,
      Array.from({ length: size }, (_, i) => named(`Person ${i + 1}`)),
    );

  it('shows no progress bar when stderr is not a terminal, however many respondents', async () => {
    const dir = tempDir();
    const input = cohort(dir, 40);
    const r = await score(['--out-dir', join(dir, 'out'), input]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`syslead: ${input}: 40 rows: 40 scored, 0 skipped\nwrote 40 reports and index.md in ${join(dir, 'out')}\n`);
  });

  it('shows a progress bar at a terminal for more than 36 respondents, and clears it at the end', async () => {
    const dir = tempDir();
    for (const [size, shown] of [
      [40, true],
      [36, false],
    ] as const) {
      const out = join(dir, `out-${size}`);
      const input = cohort(dir, size);
      const session = new PtySession(['score', '--questionnaire', leading, '--out-dir', out, input], {});
      try {
        expect((await session.exit()).exitCode).toBe(0);
        expect(session.raw.includes('Writing reports'), `${size} respondents`).toBe(shown);
        if (shown) expect(session.raw).toMatch(/Writing reports [^\r]* 1\/40\r\u001b\[2K/);
        expect(session.screen().trim()).toBe(`syslead: ${input}: ${size} rows: ${size} scored, 0 skipped\nwrote ${size} reports and index.md in ${out}`);
      } finally {
        session.dispose();
      }
    }
  });
});

describe('syslead score --out-dir: two readings, names first', () => {
  it('reads a CSV on stdin once, keeping its bytes for the second reading, and writes the reports the file gives', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, [SAM_ROW, JO_ROW, named('Sam Patel')]);
    const fromStdin = await runCli(['score', '--questionnaire', leading, '--format', 'md', '--out-dir', join(dir, 'from-stdin'), '-'], { input: readFileSync(file, 'utf8') });
    const fromFile = await score(['--format', 'md', '--out-dir', join(dir, 'from-file'), file]);
    expect(fromStdin).toMatchObject({ code: 0, stdout: '', stderr: `syslead: <stdin>: 3 rows: 3 scored, 0 skipped\nwrote 3 reports and index.md in ${join(dir, 'from-stdin')}\n` });
    expect(fromFile.code).toBe(0);
    const reports = ['jo-bloggs.md', 'sam-patel-2.md', 'sam-patel.md'];
    expect(allFiles(join(dir, 'from-stdin'))).toEqual(['index.md', ...reports]);
    for (const name of reports) expect(readFileSync(join(dir, 'from-stdin', name), 'utf8')).toBe(readFileSync(join(dir, 'from-file', name), 'utf8'));
    expect(readFileSync(join(dir, 'from-stdin', 'index.md'), 'utf8')).toContain('[Sam Patel](sam-patel-2.md) | \\<stdin\\>, line 4 |');
  });

  it('stops when an input changes between the readings, writing no report under another name', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, [SAM_ROW, JO_ROW]);
    const out = join(dir, 'reports');
    // The folder is made after the first reading and before the second: then Jo and Sam swap rows.
    const watcher = watch(dir, (_event, name) => {
      if (name === 'reports') writeCsv(dir, [JO_ROW, SAM_ROW]);
    });
    try {
      const r = await score(['--format', 'json', '--out-dir', out, file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `syslead: ${file}: 2 rows: 2 scored, 0 skipped\nsyslead: error: the inputs changed while the reports were being written (${file}, line 2 is not the respondent it was): the reports written are complete and correct, but not all were written; run again\n`,
      );
    } finally {
      watcher.close();
    }
    expect(allFiles(out)).toEqual([]);
  });
});
