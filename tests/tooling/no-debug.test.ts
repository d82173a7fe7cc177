import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// scripts/no-debug.cjs stands in for `debug` in @stdlib's modules in the bundle: silent, and the
// real package not even loaded, unless $DEBUG is set; then @stdlib's debug output shows as it
// would without the bundle (DEBUG=gammaincinv:*).
const STAND_IN = join(ROOT, 'scripts/no-debug.cjs');
const logWith = (env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    [
      '-e',
      `const d = require(${JSON.stringify(STAND_IN)})('gammaincinv:compute'); d('hello %d', 42); console.log(JSON.stringify({ enabled: d.enabled, loaded: Object.keys(require.cache).some((f) => /[\\\\/]debug[\\\\/]/.test(f)) }))`,
    ],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
  );

describe('the debug stand-in for @stdlib', () => {
  it('without $DEBUG: writes nothing, and the debug package is not loaded', () => {
    const r = logWith({});
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ enabled: false, loaded: false });
  });

  it('with DEBUG=gammaincinv:*: the real debug package writes what @stdlib logs', () => {
    const r = logWith({ DEBUG: 'gammaincinv:*' });
    expect(r.stderr).toContain('gammaincinv:compute hello 42');
    expect(JSON.parse(r.stdout)).toEqual({ enabled: true, loaded: true });
  });

  it('with $DEBUG naming something else: silent', () => {
    const r = logWith({ DEBUG: 'express:*' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).enabled).toBe(false);
  });

  it.runIf(existsSync(join(ROOT, 'dist/bundle/meta.json')))('in the bundle, the real package is bundled beside it (loaded only when called)', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as Record<string, { modules: string[] }>;
    const chunk = Object.values(meta).find(({ modules }) => modules.includes('scripts/no-debug.cjs'));
    expect(chunk?.modules).toContain('node_modules/debug/src/node.js');
  });
});
