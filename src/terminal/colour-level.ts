import type { CommandIO, Output } from './io.js';

/**
 * Colour only on a terminal, never with NO_COLOR (any non-empty value) or --no-color. chalk 5 ignores
 * NO_COLOR, so the level is set here. Kept apart from chalk, which --help does not load.
 */
export function colourLevel(stream: Output, flag: boolean | undefined, env: CommandIO['env']): 0 | 1 | 2 | 3 {
  if (flag === false || (env.NO_COLOR ?? '') !== '') return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return 1;
  if (!stream.isTTY) return 0;
  const depth = stream.getColorDepth?.(env) ?? 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth > 1 ? 1 : 0;
}
