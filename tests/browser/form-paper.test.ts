/** `syslead form --for paper --pdf`: the answer sheet printed by Chromium, every statement on it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { needs, toolPath } from '../helpers/requirements.js';

const { describe } = needs('chromium', 'pdftotext', 'pdfinfo');
let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'syslead-form-pdf-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the paper answer sheet as PDF', () => {
  it('is written beside the HTML, on A4 or letter, with every statement and its code', async () => {
    const r = await runCli(['form', 'systems-leadership-observer', '--for', 'paper', '--pdf', '--paper', 'letter', '--out-dir', out], { env: { SYSLEAD_BROWSER: toolPath('chromium') } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['systems-leadership-observer.paper.html', 'systems-leadership-observer.paper.pdf']);
    const pdf = join(out, 'systems-leadership-observer.paper.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync(toolPath('pdftotext'), [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const q = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership-observer.yaml'), 'utf8'), 'q').questionnaire!;
    // Words of every statement, as pdftotext may break lines and hyphenate nothing.
    for (const item of q.items.filter((i) => i.kind === 'likert')) {
      expect(text).toContain(item.id);
      expect(text).toContain(item.text.split(' ').slice(0, 4).join(' '));
    }
    const size = execFileSync(toolPath('pdfinfo'), [pdf], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+612 x 792/);
  });
});
