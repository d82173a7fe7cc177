import terminalLink from 'terminal-link';
import type { OutputTarget } from '../render/options.js';
import { colourLevel } from './colour-level.js';
import type { CommandIO } from './io.js';

/**
 * The facts of a report's output that its rendering depends on: the command's stdout, where every
 * report is printed, or a file instead (`toFile`), and --color / --no-color.
 */
export function outputTarget({ stdout, env }: Pick<CommandIO, 'stdout' | 'env'>, { toFile, color }: { toFile: boolean; color: boolean | undefined }): OutputTarget {
  return {
    toFile,
    isTTY: stdout.isTTY === true,
    columns: stdout.columns,
    colourLevel: toFile ? 0 : colourLevel(stdout, color, env),
    // terminal-link judges stdout, the one stream reports are printed on, when it loads: not a use of
    // the command's context, but only a terminal's answer is taken (renderOptions).
    hyperlinks: terminalLink.isSupported,
  };
}
