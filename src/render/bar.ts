const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A horizontal bar of `width` cells for a percent (0-100): full blocks, one partial block in
 * eighths, then a light track, so the bar always has the same width.
 */
export function percentBar(percent: number, width: number): { filled: string; track: string } {
  const eighths = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = EIGHTHS[eighths % 8]!;
  return { filled: '█'.repeat(full) + partial, track: '░'.repeat(width - full - (partial ? 1 : 0)) };
}
