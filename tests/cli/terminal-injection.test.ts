import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const HOSTILE = '\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007\u009b31m';

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-hostile-'));
  const yaml = readFileSync(fixture('minimal.yaml'), 'utf8').replace('title: Minimal', `title: ${JSON.stringify(`Evil ${HOSTILE} title`)}`);
  writeFileSync(join(dir, 'evil.yaml'), yaml);
  writeFileSync(join(dir, `bad${HOSTILE.slice(0, 4)}.yaml`), `id: x\n${JSON.stringify(HOSTILE)}: 1\n`);
  writeFileSync(join(dir, `good${HOSTILE.slice(0, 4)}.yaml`), readFileSync(fixture('minimal.yaml'), 'utf8').replace('id: minimal', 'id: good'));
  return dir;
}

describe('text from files cannot drive the terminal', () => {
  it('in syslead list', async () => {
    const r = await runCli(['list', '--questionnaires', hostileFolder()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Evil \\u001b[2J');
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it('in syslead validate, for file names and unknown keys', async () => {
    const dir = hostileFolder();
    const r = await runCli(['validate', join(dir, 'evil.yaml'), join(dir, `bad${HOSTILE.slice(0, 4)}.yaml`), join(dir, `good${HOSTILE.slice(0, 4)}.yaml`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown field "\\u001b[2J');
    expect(r.stderr).toContain('good\\u001b[2J.yaml is valid');
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
