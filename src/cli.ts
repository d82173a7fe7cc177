#!/usr/bin/env node
// The entry stays tiny: commander and the command table only, so --help and --version start fast.
import { main } from './cli/main.js';
import { processIO } from './cli/process-io.js';

// A reader that stops early (`syslead report | head`) closes the pipe: that is the end, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// Node ignores SIGXFSZ, so that a write past a file-size limit (ulimit -f) fails with EFBIG and is
// reported like a full disk. signal-exit, which the prompts load, would re-raise it when nothing else
// listens: the process would die in the middle of a save, without a word.
process.on('SIGXFSZ', () => undefined);

// No top-level await: the bundle for Node 20 is CommonJS (scripts/bundle.mjs), which has none.
void main(process.argv, processIO()).then((code) => {
  process.exitCode = code;
});
