import type { CommandIO, SignalName } from '../terminal/io.js';

/** The command context of a real run: this process's streams, environment, clock and signals. */
export function processIO(): CommandIO {
  return {
    stdin: process.stdin,
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
  };
}
