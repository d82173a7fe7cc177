import { loadedFrom } from '../helpers/loaded-modules.js';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { BIN, ROOT, fixture, runCli, withoutQuestionnaireWarnings } from '../helpers/cli.js';

const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');

/** The modules syslead loads for these arguments, one URL a line. */
function modulesLoaded(args: string[]): string {
  const log = join(mkdtempSync(join(tmpdir(), 'syslead-imports-')), 'imports.log');
  const r = spawnSync(process.execPath, ['--import', `${ROOT}tests/helpers/record-imports.mjs`, BIN, ...args], { env: { ...process.env, SYSLEAD_IMPORT_LOG: log } });
  expect(r.status).toBe(0);
  return loadedFrom(log).modules;
}

describe('syslead score --format html', () => {
  it('prints one self-contained page with the charts and the person', async () => {
    const r = await runCli(['score', '--questionnaire', leading, '--format', 'html', sam]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(r.stdout).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(r.stdout).toContain('<dd>Sam Patel</dd>');
    expect(r.stdout).toMatch(/<svg [^>]*role="img"/);
    expect(r.stdout).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('puts several answer files in one page, one article each', async () => {
    const r = await runCli(['score', '--questionnaire', leading, '--format', 'html', sam, fixture('score/alex.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<article/g)).toHaveLength(2);
    expect(r.stdout.match(/<html/g)).toHaveLength(1);
  });

  it('writes the page with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'syslead-html-')), 'report.html');
    const r = await runCli(['score', '--questionnaire', leading, '--format', 'html', '--out', out, sam]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('loads the HTML renderer only when HTML is asked for', () => {
    expect(modulesLoaded(['score', '--questionnaire', leading, '--format', 'md', sam])).not.toContain('/render/html/');
    expect(modulesLoaded(['score', '--questionnaire', leading, '--format', 'html', sam])).toContain('/render/person-html.js');
  });
});

describe('syslead compare --format html', () => {
  // run-small: listening = l1 (1-4) and l2 (0-2); sharing = s1 (1-4).
  const dir = mkdtempSync(join(tmpdir(), 'syslead-compare-html-'));
  const result = (name: string, completed: string, answers: Record<string, number>) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ questionnaire: 'run-small', version: 1, role: 'self', completed, answers }));
    return file;
  };
  const before = result('before.json', '2026-10-01T09:00:00Z', { l1: 1, l2: 0, s1: 2 });
  const after = result('after.json', '2026-11-25T10:30:00Z', { l1: 3, l2: 2, s1: 2 });
  // Less run-small.yaml's own warnings (themes of one and two items), said once, first.
  const cli = async (args: string[]) => {
    const r = await runCli(['compare', '--questionnaires', fixture(''), ...args], { env: { TZ: 'UTC' } });
    return { ...r, stderr: withoutQuestionnaireWarnings(r.stderr, fixture('run-small.yaml')) };
  };

  it('prints one self-contained page with before and after bars and the table of changes', async () => {
    const r = await cli(['--format', 'html', before, after]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(r.stdout).toContain('<h1>What changed: A small run</h1>');
    expect(r.stdout).toContain('<dt>Before</dt><dd>1 Oct 2026, 09:00');
    expect(r.stdout).toContain('<td class="num">0%</td><td class="num">80%</td><td class="num">+80</td><td>large rise (Low → High)</td>');
    expect(r.stdout).toContain('>after 80%<');
    expect(r.stdout).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('writes the page with --out, and replaces a file only with --force', async () => {
    const out = join(dir, 'change.html');
    const first = await cli(['--format', 'html', '--out', out, before, after]);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    const again = await cli(['--format', 'md', '--out', out, before, after]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: add --force');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect((await cli(['--format', 'md', '--out', out, '--force', before, after])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# What changed/);
  });

  it('loads the HTML renderer only when HTML is asked for', () => {
    const args = ['compare', '--questionnaires', fixture(''), before, after];
    expect(modulesLoaded([...args, '--format', 'md'])).not.toContain('/render/html/');
    expect(modulesLoaded([...args, '--format', 'html'])).toContain('/render/compare-html.js');
  });
});

describe('syslead report --format html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-report-html-'));
  const q = loadQuestionnaire(readFileSync(`${ROOT}questionnaires/systems-leadership.yaml`, 'utf8'), 'systems-leadership.yaml').questionnaire!;
  const items = q.items.filter((i) => i.kind === 'likert');
  // Six respondents: four in a team named like markup, two in a team under the floor of 3.
  const teams = ['<script>alert(1)</script>', '<script>alert(1)</script>', '<script>alert(1)</script>', '<script>alert(1)</script>', 'Quiet Corner', 'Quiet Corner'];
  const csv = join(dir, 'cohort.csv');
  writeFileSync(csv, [['Name', 'Team', ...items.map((i) => i.id)], ...teams.map((team, r) => [`Secret ${r}`, team, ...items.map((_, i) => String(((r + i) % 5) + 1))])].map((row) => row.join(',')).join('\n'));

  it('prints one self-contained page with the distributions, the statistics and the groups, naming nobody', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'html', '--group-by', 'team', csv]);
    // The export has no importance columns: a warning says so.
    expect(r).toMatchObject({
      code: 0,
      stderr: `${csv}:1:1: warning: questionnaire "systems-leadership" asks how important each theme is, but no column holds it, so there are no development priorities: name a column "How important is Shared values to your current role?" or "importance:shared-values", or map it with --map FILE\nsyslead: ${csv}: 6 rows: 6 scored, 0 skipped\n`,
    });
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(r.stdout).toContain(`<h1>Cohort report: ${q.title}</h1>`);
    expect(r.stdout).toContain('<dd>6 read · 6 scored · 0 skipped</dd>');
    expect(r.stdout.match(/<rect class="column"/g)!.length).toBeGreaterThan(0);
    expect(r.stdout).toContain('<h2 id="f1-groups">Groups by team</h2>');
    expect(r.stdout).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="num">4</td>');
    expect(r.stdout).toContain('1 group with 2 respondents not shown');
    expect(r.stdout).not.toMatch(/<script|<link|<img|src=|Secret|Quiet Corner/i);
  });

  it('writes the page with --out', async () => {
    const out = join(dir, 'cohort.html');
    const r = await runCli(['report', '--detail', 'full', '--format', 'html', '--out', out, csv]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('loads the HTML renderer only when HTML is asked for', () => {
    expect(modulesLoaded(['report', '--format', 'md', csv])).not.toContain('/render/html/');
    expect(modulesLoaded(['report', '--format', 'html', csv])).toContain('/render/cohort-html.js');
  });
});
