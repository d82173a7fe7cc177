import type { Output } from './io.js';
const CLEAR_LINE = '\r\u001b[2K';

/** One line of status on a terminal, redrawn in place and cleared at the end. */
export interface StatusLine {
  /** Whether the least time between redraws has passed since the last one. */
  due(): boolean;
  draw(text: string): void;
  /** Removes the line, leaving the cursor where it was before the first draw. */
  clear(): void;
}

/**
 * The mechanics every progress display shares: redraws at most every `intervalMs`, so a fast
 * loop does not spend its time drawing, and never wider than the terminal, since a wrapped line
 * could not be cleared with one \r. Callers draw only when the stream is a terminal.
 */
export function statusLine(stream: Output, { intervalMs = 100, now }: { intervalMs?: number; now: () => number }): StatusLine {
  let drawnAt = -Infinity;
  let shown = false;
  return {
    due: () => now() - drawnAt >= intervalMs,
    draw(text) {
      stream.write(`${CLEAR_LINE}${text.slice(0, Math.max(0, (stream.columns ?? 80) - 1))}`);
      shown = true;
      drawnAt = now();
    },
    clear() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
