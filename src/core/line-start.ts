/**
 * Where the line holding `offset` starts. `lastIndexOf('\n', offset - 1)` alone is wrong at the
 * start of a text that opens with a line end: a negative position counts as 0, so it finds that
 * line end and puts the first line after it (and a loop stepping back by lines never reaches 0).
 */
export function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line and column (both from 1, lines ending at "\n", as yaml's LineCounter counts them) of an offset. */
export function placeAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return { line, column: offset - lineStart(text, offset) + 1 };
}
