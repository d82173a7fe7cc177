import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, fixture, runCli } from '../helpers/cli.js';

const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');

/** The modules syslead loads for these arguments, one URL a line. */
function modulesLoaded(args: string[]): string {
  const log = join(mkdtempSync(join(tmpdir(), 'syslead-imports-')), 'imports.log');
  const r = spawnSync(process.execPath, ['--import', `${ROOT}test/helpers/record-imports.mjs`, BIN, ...args], { env: { ...process.env, SYSLEAD_IMPORT_LOG: log } });
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8');
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
