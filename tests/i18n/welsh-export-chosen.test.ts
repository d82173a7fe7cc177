import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { builtInForm } from '../helpers/questionnaire.js';

// A Welsh programme builds its forms in Welsh: the download's headers are the Welsh statements.
// It is read without --questionnaire, as an English one is, and its respondents gathered with the
// English source's, so a self-assessment of the source pairs with it in a 360.
const EXPORT = fixture('feedback/welsh/observers-csv-utf8.csv');
/** The statements of the self form, as the built-in has them. */
const SELF_ITEMS = (await builtInForm('systems-leadership')).items.filter((item) => item.kind === 'likert').map((item) => item.id);

describe('a survey export of a form built in Welsh', () => {
  it('is read by its Welsh statements without --questionnaire, as with it', async () => {
    for (const format of ['text', 'json']) {
      const chosen = await runCli(['report', '--format', format, EXPORT]);
      const named = await runCli(['report', '--format', format, '--questionnaire', 'systems-leadership-observer.cy', EXPORT]);
      expect(chosen.code, chosen.stderr).toBe(0);
      expect(chosen.stdout).toBe(named.stdout);
      expect(chosen.stderr).toBe(named.stderr);
    }
    const text = (await runCli(['report', EXPORT])).stdout;
    expect(text).toContain('Arweinyddiaeth systemau: adborth gan gydweithwyr a');
    expect(text).toContain('Gwerthoedd a rennir');
    expect(text).not.toContain('Shared values');
  });

  it("says the Welsh form is a draft once, and the English forms' translations not chosen not at all", async () => {
    const r = await runCli(['report', EXPORT]);
    const warnings = r.stderr.split('\n').filter((line) => line.includes('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/systems-leadership-observer\.cy\.yaml:\d+:\d+: warning: /);
  });

  it('pairs with a self-assessment of the English source in a 360, in Welsh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-welsh-360-'));
    const self = join(dir, 'rhian-self.yaml');
    const answers = SELF_ITEMS.map((id) => `${id}: 4`).join(', ');
    writeFileSync(self, `questionnaire: systems-leadership\nversion: 1\nlanguage: cy-GB\nrespondent: Rhian Evans\nrole: self\ncompleted: 2026-11-21T10:00:00Z\nanswers: { ${answers} }\n`);
    const r = await runCli(['feedback', '--subject', 'Rhian Evans', self, EXPORT]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Am Rhian Evans · adborth gan Hunan 1 · Rheolwr 1 · Cymheiriaid 3');
    expect(r.stderr).not.toMatch(/error/);
  });

  it('leaves an English export headed by item ids to the English source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-ids-export-'));
    const csv = join(dir, 'ids.csv');
    writeFileSync(csv, `Name,${SELF_ITEMS.join(',')}\nAl,${SELF_ITEMS.map(() => 3).join(',')}\nBo,${SELF_ITEMS.map(() => 4).join(',')}\n`);
    const r = await runCli(['report', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Cohort report: Systems leadership: a self-assessment');
    expect(r.stdout).toContain('Shared values');
    expect(r.stderr).not.toMatch(/draft|drafft|Gwerthoedd/);
  });
});
