import { basename, isAbsolute, relative } from 'node:path';
import { INSTALLED, type CommandIO, type Invocation, type SignalName } from '../terminal/io.js';

/** The command context of a real run: this process's streams, environment, clock and signals. */
export function processIO(): CommandIO {
  return {
    // Read when a command reads it: process.stdin makes its stream as it is first read (a file's
    // loads Node's streams, a pipe's or terminal's net and tty), about 3 ms that list and most
    // commands, which never read it, would spend at start.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    signals: {
      on(name: SignalName, handler: () => void) {
        process.on(name, handler);
        return () => process.off(name, handler);
      },
      raise(name) {
        // Our own SIGINT listeners would catch it: the default action is what ends the process.
        if (name === 'SIGINT') process.removeAllListeners('SIGINT');
        process.kill(process.pid, name);
      },
      posix: process.platform !== 'win32',
    },
    invocation: invocationOf(process.argv, process.env, process.cwd()),
  };
}

/**
 * How syslead was started, from what Node and npm tell the process: `npx syslead` (npm sets
 * npm_lifecycle_event=npx, and the command in npm_lifecycle_script), `npm start --` or `npm run
 * NAME --` (a script of package.json whose command runs this very file), `syslead` (a command on
 * PATH: installed, linked, or node_modules/.bin), else `node FILE`.
 */
export function invocationOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): Invocation {
  const script = argv[1];
  if (script === undefined) return INSTALLED;
  const event = env.npm_lifecycle_event;
  const words = (env.npm_lifecycle_script ?? '').split(/\s+/).map((word) => word.replace(/^'(.*)'$/, '$1'));
  if (event === 'npx') {
    if (words[0] === 'syslead') return ['npx', 'syslead'];
  } else if (event && words.includes(relative(cwd, script))) {
    return event === 'start' ? ['npm', 'start', '--'] : ['npm', 'run', event, '--'];
  }
  if (basename(script) === 'syslead') return INSTALLED;
  // The file as a path from here when it is under this folder (bin/syslead.js in a clone), else in full.
  const fromHere = relative(cwd, script);
  return ['node', fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? script : fromHere];
}
