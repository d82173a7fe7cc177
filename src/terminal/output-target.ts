import terminalLink from 'terminal-link';
import type { OutputTarget } from '../render/options.js';
import { colourLevel } from './colour.js';

/**
 * The facts of a report's output that its rendering depends on: the stream it is printed on, or a
 * file instead (`toFile`), and --color / --no-color.
 */
export function outputTarget(stream: NodeJS.WriteStream, { toFile, color }: { toFile: boolean; color: boolean | undefined }): OutputTarget {
  return {
    toFile,
    isTTY: stream.isTTY === true,
    columns: stream.columns,
    colourLevel: toFile ? 0 : colourLevel(stream, color),
    // terminal-link judges stdout, the one stream reports are printed on.
    hyperlinks: terminalLink.isSupported,
  };
}
