/**
 * Where the line holding `offset` starts. `lastIndexOf('\n', offset - 1)` alone is wrong at the
 * start of a text that opens with a line end: a negative position counts as 0, so it finds that
 * line end and puts the first line after it (and a loop stepping back by lines never reaches 0).
 */
export function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}
