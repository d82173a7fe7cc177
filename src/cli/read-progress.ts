import type { ReadProgress } from '../io/cohort-inputs.js';
import { safeText } from '../core/safe-text.js';
import { percentBar } from '../render/bar.js';

export interface ReadProgressBar {
  update(progress: ReadProgress): void;
  /** Clears the bar, leaving the line as it was. */
  done(): void;
}

/** Rows before a bar is worth drawing: a smaller file is read before anyone would look. */
const MIN_ROWS = 5000;
/** ...or this long, whatever the rows (a slow pipe). */
const MIN_MS = 1000;
/** Least time between redraws, so reading does not spend its time drawing. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const CLEAR_LINE = '\r\u001b[2K';

/**
 * "reading cohort.csv ███████░░░ 38% 45,000 rows" on stderr while a large input is read, only when
 * stderr is a terminal (never in logs or pipes), redrawn at most every 100 ms and cleared at the end.
 */
export function readProgressBar(stream: NodeJS.WriteStream, now: () => number = Date.now): ReadProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = now();
  let drawnAt = -Infinity;
  let shown = false;
  return {
    update({ file, rows, bytesRead, totalBytes }) {
      const time = now();
      if ((rows < MIN_ROWS && time - started < MIN_MS) || time - drawnAt < REDRAW_MS) return;
      const share = totalBytes ? Math.min(100, (100 * bytesRead) / totalBytes) : undefined;
      const bar = share === undefined ? '' : (({ filled, track }) => ` ${filled}${track} ${Math.floor(share)}%`)(percentBar(share, BAR_WIDTH));
      const line = `reading ${safeText(file)}${bar} ${rows.toLocaleString('en-GB')} rows`;
      // Never wider than the terminal: a wrapped line could not be cleared with one \r.
      stream.write(`${CLEAR_LINE}${line.slice(0, Math.max(0, (stream.columns ?? 80) - 1))}`);
      shown = true;
      drawnAt = time;
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
