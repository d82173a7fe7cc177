/** A translation holds only texts, and even texts may not change how answers are read. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { QUICK, welshText } from './helpers.js';

function translationWith(labels: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-translation-labels-'));
  copyFileSync(QUICK, join(dir, 'systems-leadership-quick.yaml'));
  const file = join(dir, 'systems-leadership-quick.cy.yaml');
  writeFileSync(file, welshText().replace('    labels: [Anaml, Weithiau, Yn aml, Fel arfer, Bron bob amser]', `    labels: ${labels}`));
  return file;
}
const LABELS_LINE = welshText().split('\n').indexOf('    labels: [Anaml, Weithiau, Yn aml, Fel arfer, Bron bob amser]') + 1;

describe('a translation whose texts would change how answers are read', () => {
  it('is refused when two labels of a scale read alike, at the labels, and cannot be used', async () => {
    const file = translationWith('[Anaml, anaml, Yn aml, Fel arfer, Bron bob amser]');
    const { code, stderr } = await runCli(['validate', file]);
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${LABELS_LINE}:\\d+: error: .*"anaml".*: a translation may not make answers read differently from its source$`, 'm'));
    expect(code).toBe(1);
    const answers = join(file, '..', 'answers.yaml');
    writeFileSync(answers, 'questionnaire: systems-leadership-quick\nversion: 1\nanswers: {sv2: anaml, sv3: 3, sv4: 5, sv5: 2}\n');
    const scored = await runCli(['score', '--questionnaire', file, answers]);
    expect(scored.code).toBe(1);
    expect(scored.stdout).toBe('');
  });
});
