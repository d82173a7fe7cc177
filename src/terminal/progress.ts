import type { Output } from './io.js';
import { percentBar } from '../render/bar.js';
import { statusLine } from './status-line.js';

/** Counts work done; on a terminal, shows it as a bar that is cleared again at the end. */
export interface Progress {
  /** One more item done (or `count` more). */
  advance(count?: number): void;
  /** Removes the bar, leaving the line as it was. */
  done(): void;
}

export interface ProgressOptions {
  /** Below this many items the work is over before a bar could help: nothing is shown. */
  minTotal?: number;
  /** Least time between two redraws, so a fast loop does not spend its time drawing. */
  intervalMs?: number;
  /** The command's clock, in milliseconds. */
  now: () => number;
}

const BAR_WIDTH = 30;
const silent: Progress = { advance() {}, done() {} };

/**
 * A progress bar for `total` items on `stream` ("writing ████░░░ 120/400"), drawn only when the
 * stream is a terminal and there are more than `minTotal` items, so that logs and pipes never
 * get carriage returns.
 */
export function progressBar(stream: Output, label: string, total: number, { minTotal = 36, intervalMs = 100, now }: ProgressOptions): Progress {
  if (!stream.isTTY || total <= minTotal) return silent;
  const line = statusLine(stream, { intervalMs, now });
  let count = 0;
  return {
    advance(step = 1) {
      count = Math.min(total, count + step);
      if (!line.due()) return;
      const { filled, track } = percentBar((100 * count) / total, BAR_WIDTH);
      line.draw(`${label} ${filled}${track} ${count}/${total}`);
    },
    done: () => line.clear(),
  };
}
