import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocationOf } from '../../src/cli/process-io.js';
import { asStarted } from '../../src/cli/main.js';
import { sysleadCommand, type Invocation } from '../../src/terminal/io.js';
import { fixture, runCli } from '../helpers/cli.js';

const CLONE = '/home/sam/syslead';
const NODE = '/usr/bin/node';

describe('how syslead was started', () => {
  it('by npx syslead: npm says npx, and the command it runs', () => {
    const argv = [NODE, '/home/sam/.npm/_npx/1f2e/node_modules/.bin/syslead', 'run'];
    expect(invocationOf(argv, { npm_lifecycle_event: 'npx', npm_lifecycle_script: "'syslead'" }, CLONE)).toEqual(['npx', 'syslead']);
    expect(invocationOf(argv, { npm_lifecycle_event: 'npx', npm_lifecycle_script: 'syslead run' }, CLONE)).toEqual(['npx', 'syslead']);
  });

  it('by npm start, or another script of package.json that runs this very file', () => {
    const argv = [NODE, `${CLONE}/bin/syslead.js`];
    expect(invocationOf(argv, { npm_lifecycle_event: 'start', npm_lifecycle_script: 'node bin/syslead.js' }, CLONE)).toEqual(['npm', 'start', '--']);
    expect(invocationOf([NODE, `${CLONE}/src/cli.ts`], { npm_lifecycle_event: 'dev', npm_lifecycle_script: 'tsx src/cli.ts' }, CLONE)).toEqual(['npm', 'run', 'dev', '--']);
  });

  it('by node bin/syslead.js, the file as a path from here when it is under this folder', () => {
    expect(invocationOf([NODE, `${CLONE}/bin/syslead.js`, 'run'], {}, CLONE)).toEqual(['node', 'bin/syslead.js']);
    expect(invocationOf([NODE, `${CLONE}/bin/syslead.js`], {}, '/tmp')).toEqual(['node', `${CLONE}/bin/syslead.js`]);
  });

  it('by a syslead on PATH: installed, linked, or in node_modules/.bin', () => {
    expect(invocationOf([NODE, '/usr/local/bin/syslead', 'history'], {}, CLONE)).toEqual(['syslead']);
    expect(invocationOf([NODE, `${CLONE}/node_modules/.bin/syslead`], {}, CLONE)).toEqual(['syslead']);
  });

  it('not by the npm script or npx that started whatever started syslead', () => {
    // bench/run.mjs spawns bin/syslead.js with npm's environment; npx vitest runs tests that do.
    const argv = [NODE, `${CLONE}/bin/syslead.js`];
    expect(invocationOf(argv, { npm_lifecycle_event: 'bench', npm_lifecycle_script: 'npm run build && node bench/run.mjs' }, CLONE)).toEqual(['node', 'bin/syslead.js']);
    expect(invocationOf(argv, { npm_lifecycle_event: 'npx', npm_lifecycle_script: "'vitest'" }, CLONE)).toEqual(['node', 'bin/syslead.js']);
  });

  it('writes a hint as a shell would take it, quoting what needs it', () => {
    expect(sysleadCommand({}, 'history')).toBe('syslead history');
    expect(sysleadCommand({ invocation: ['npm', 'start', '--'] }, 'run', 'my form.yaml', '--resume')).toBe("npm start -- run 'my form.yaml' --resume");
    expect(sysleadCommand({ invocation: ['node', '/opt/my apps/syslead/bin/syslead.js'] }, 'list')).toBe("node '/opt/my apps/syslead/bin/syslead.js' list");
    expect(asStarted('run "syslead list" to see them; "syslead: error" and "syslead.yaml" stay', ['npx', 'syslead'])).toBe('run "npx syslead list" to see them; "syslead: error" and "syslead.yaml" stay');
  });
});

const ROUTES: [string, Invocation][] = [
  ['syslead', ['syslead']],
  ['npx syslead', ['npx', 'syslead']],
  ['npm start --', ['npm', 'start', '--']],
  ['node bin/syslead.js', ['node', 'bin/syslead.js']],
];

describe.each(ROUTES)('the hints, when started by %s', (started, invocation) => {
  const cli = (args: string[]) => runCli(args, { env: { SYSLEAD_HOME: mkdtempSync(join(tmpdir(), 'syslead-invocation-')) }, invocation });

  it('name the command to take the self-assessment', async () => {
    const r = await cli(['history']);
    expect(r.stderr).toContain(`yet: "${started} run" takes the self-assessment`);
    const c = await cli(['compare', '--questionnaire', 'run-small', '--questionnaires', fixture('')]);
    expect(c.stderr).toContain(`take it again with "${started} run run-small", or give two result files`);
  });

  it('name the commands for scripts when there is no terminal', async () => {
    const r = await cli(['run', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `syslead: error: --no-input was given: ${started} run asks its questions in a terminal. For scripted use, write the answers in an answer file and run "${started} score ANSWERS.yaml" (see "${started} score --help").\n`,
    );
  });

  it('name the command that lists the questionnaires', async () => {
    const r = await cli(['compare', '--questionnaire', 'nowhere']);
    expect(r.stderr).toBe(`syslead: error: unknown questionnaire "nowhere": run "${started} list" to see the available ones, or give a path to a YAML file\n`);
  });
});
