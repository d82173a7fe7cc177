import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { beforeEach } from 'vitest';

/**
 * A test that blocks its thread for ever (a loop that never ends, in code or in a test) cannot be
 * timed out by vitest, whose timers need the event loop: the run then never ends, and CI neither
 * passes nor fails. A second thread watches a counter the test thread moves on every turn of its
 * event loop; when it has stood still for BLOCKED_MS, the thread names the test and ends the
 * process, so vitest reports that file as failed and goes on with the rest.
 */
const BLOCKED_MS = Number(process.env.SYSLEAD_TEST_BLOCKED_MS) || 300_000;

const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { beat, blockedMs } = workerData;
let test = 'a test file being loaded';
parentPort.on('message', (name) => { test = name; });
let last = Atomics.load(beat, 0);
let since = Date.now();
setInterval(() => {
  const now = Atomics.load(beat, 0);
  if (now !== last) { last = now; since = Date.now(); return; }
  if (Date.now() - since < blockedMs) return;
  writeSync(2, '\\n' + test + ': has blocked its thread for ' + Math.round(blockedMs / 1000) + ' s (a loop that never ends?); its worker is stopped\\n');
  process.kill(process.pid, 'SIGKILL');
}, Math.min(1000, blockedMs / 4));
`;

interface Watch {
  worker: Worker;
}

const key = Symbol.for('syslead.test-watchdog');
const holder = globalThis as { [key]?: Watch };

function watch(): Watch {
  const existing = holder[key];
  if (existing) return existing;
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WATCHER, { eval: true, workerData: { beat, blockedMs: BLOCKED_MS } });
  worker.unref();
  worker.on('error', (error) => writeSync(2, `the test watchdog stopped: ${error.message}\n`));
  setInterval(() => Atomics.add(beat, 0, 1), Math.min(1000, BLOCKED_MS / 4)).unref();
  holder[key] = { worker };
  return holder[key];
}

/** Started once per test process; each file's tests are named to it as they start. */
export function watchForBlockedTests(): void {
  const { worker } = watch();
  beforeEach((context) => {
    worker.postMessage(`${context.task.file.name} > ${context.task.name}`);
  });
}
