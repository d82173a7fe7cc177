import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const leading = fixture('score/leading.yaml');

describe('a CSV header that holds an item twice', () => {
  // The later column is ignored and said to be: a warning, so the command succeeds, and every command agrees.
  it('is a warning, with exit 0, in score, report and score --out-dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-dup-'));
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, 'respondent,v1,v1,v2\nSam,Usually,Rarely,2\nJo,Often,Often,3\n');
    for (const command of [['score'], ['report'], ['score', '--out-dir', join(dir, 'out')]]) {
      const r = await runCli([...command, '--questionnaire', leading, '--format', 'json', csv]);
      expect(r.stderr).toContain(`${csv}:1:3: warning: column 3 "v1" holds item v1 again (already in column 2); the later column is ignored`);
      expect(r.stderr).not.toContain('error:');
      expect(r.code).toBe(0);
    }
  });
});
