import terminalLink from 'terminal-link';
import type { OutputTarget } from '../render/options.js';
import { colourLevel } from './colour-level.js';
import type { CommandIO, Output } from './io.js';

/**
 * The facts of a report's output that its rendering depends on: the stream it is printed on, or a
 * file instead (`toFile`), and --color / --no-color.
 */
export function outputTarget(stream: Output, env: CommandIO['env'], { toFile, color }: { toFile: boolean; color: boolean | undefined }): OutputTarget {
  return {
    toFile,
    isTTY: stream.isTTY === true,
    columns: stream.columns,
    colourLevel: toFile ? 0 : colourLevel(stream, color, env),
    // terminal-link judges stdout, the one stream reports are printed on, when it loads: not a use of
    // the command's context, but only a terminal's answer is taken (renderOptions).
    hyperlinks: terminalLink.isSupported,
  };
}
