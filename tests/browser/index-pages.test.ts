/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openReport, browserPerFile } from './browser.js';
import { expectAccessible, expectHeadingsInOrder, expectInert } from './checks.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

describe('the --out-dir index pages and the reports beside them, as the commands write them', () => {
  it('score --out-dir --format html: the index and each person report', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'syslead-axe-')), 'score');
    // Alex Li scores no theme and is skipped (exit 1); the other two are written.
    expect((await runCli(['score', '--questionnaire', fixture('score/leading.yaml'), fixture('score/golden/cohort.csv'), '--out-dir', out, '--format', 'html'])).code).toBe(1);
    for (const name of ['index.html', 'sam-patel.html', 'jo-b-bloggs-b-o-neil.html']) {
      const opened = await openReport(browser, `score-${name}`, readFileSync(join(out, name), 'utf8'));
      await expectInert(opened);
      await expectHeadingsInOrder(opened);
      await expectAccessible(opened);
      await opened.page.close();
    }
  });

  it('feedback --out-dir --format html: the index and each 360 report', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'syslead-axe-')), 'feedback');
    const r = await runCli(['feedback', fixture('feedback/answers'), '--questionnaires', fixture('feedback/questionnaires'), '--out-dir', out, '--format', 'html']);
    expect(r.stderr).toContain('wrote 3 reports and index.html');
    for (const name of ['index.html', 'jo-bloggs.html', 'kim-lee.html', 'sam-patel.html']) {
      const opened = await openReport(browser, `feedback-${name}`, readFileSync(join(out, name), 'utf8'));
      await expectInert(opened);
      await expectHeadingsInOrder(opened);
      await expectAccessible(opened);
      await opened.page.close();
    }
  });
});
