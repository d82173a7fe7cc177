import { Chalk, type ChalkInstance } from 'chalk';
import terminalLink from 'terminal-link';

/** Where a report's text goes, as far as its rendering depends on it; the command says (see terminal/output-target.ts). */
export interface OutputTarget {
  /** Written to a file (--out, --out-dir) rather than the stream the other facts are of. */
  toFile: boolean;
  isTTY: boolean;
  /** The terminal's width, when it tells it. */
  columns: number | undefined;
  /** chalk's colour level for the stream: 0 for none. */
  colourLevel: 0 | 1 | 2 | 3;
  /** The terminal shows clickable (OSC 8) hyperlinks. */
  hyperlinks: boolean;
  /** --plain: for screen readers and simple terminals, so no box drawing (rules as ASCII). */
  plain?: boolean;
}

/** What every renderer is given besides its model; only the text renderers use it. */
export interface RenderOptions {
  /** Columns to wrap to. */
  width: number;
  style: ChalkInstance;
  /** Makes a clickable hyperlink; absent where the terminal cannot, and the URL is printed instead. */
  link?: (text: string, url: string) => string;
  /** Rules drawn in ASCII (- and =) rather than box drawing, for --plain. */
  plain?: boolean;
}

/** Columns for text that is not going to a terminal. */
const PLAIN_WIDTH = 80;

/** The one rule for every report: a file gets plain text (no colour, no hyperlinks, 80 columns); a pipe 80 columns and no hyperlinks. */
export function renderOptions(target: OutputTarget): RenderOptions {
  const toTerminal = target.isTTY && !target.toFile;
  const width = toTerminal ? (target.columns ?? PLAIN_WIDTH) : PLAIN_WIDTH;
  const style = new Chalk({ level: target.toFile ? 0 : target.colourLevel });
  const plain = target.plain === true ? { plain: true } : {};
  return toTerminal && target.hyperlinks ? { width, style, link: (text, url) => terminalLink(text, url), ...plain } : { width, style, ...plain };
}
