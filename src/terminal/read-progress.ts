import type { Output } from './io.js';
import type { ReadProgress } from '../io/input-pipeline.js';
import { safeText } from '../core/safe-text.js';
import { percentBar } from '../render/bar.js';
import { statusLine } from './status-line.js';
import { say } from '../core/i18n/voice.js';

export interface ReadProgressBar {
  update(progress: ReadProgress): void;
  /** Clears the bar, leaving the line as it was. */
  done(): void;
}

/** Rows before a bar is worth drawing: a smaller file is read before anyone would look. */
const MIN_ROWS = 5000;
/** ...or this long, whatever the rows (a slow pipe). */
const MIN_MS = 1000;
const BAR_WIDTH = 20;

/**
 * "reading cohort.csv ███████░░░ 38% 45,000 rows" on stderr while a large input is read, only when
 * stderr is a terminal (never in logs or pipes), redrawn at most every 100 ms and cleared at the end.
 */
export function readProgressBar(stream: Output, now: () => number): ReadProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = now();
  const line = statusLine(stream, { now });
  return {
    update({ file, rows, bytesRead, totalBytes }) {
      if ((rows < MIN_ROWS && now() - started < MIN_MS) || !line.due()) return;
      const share = totalBytes ? Math.min(100, (100 * bytesRead) / totalBytes) : undefined;
      const bar = share === undefined ? '' : (({ filled, track }) => ` ${filled}${track} ${Math.floor(share)}%`)(percentBar(share, BAR_WIDTH));
      line.draw(say('results.progress.reading', { file: safeText(file), bar, count: rows }));
    },
    done: () => line.clear(),
  };
}
