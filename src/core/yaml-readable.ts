/**
 * The part of a YAML text that syntax errors leave readable: every top-level entry (a line that
 * starts in column 1, with the lines under it) that a misread line falls in is blanked out, its
 * lines left empty so that every other line keeps its number and column. A tab or an unclosed
 * quote makes the parser misread the rest of its entry, and what it then says of that entry's
 * fields is an effect of the error, not a mistake of its own; the other entries are read as written.
 * `dropped` holds the keys of the entries blanked out, whose absence is then no mistake either.
 */
export function readablePart(text: string, misread: readonly { from: number; to: number }[]): { text: string; dropped: Set<string> } {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (/^[^\s#]/.test(line) ? [i] : []));
  const dropped = new Set<string>();
  const blank = new Set<number>();
  // Entry k runs from starts[k] up to the next start; the lines before the first start are comments or blank.
  starts.forEach((start, k) => {
    const end = (starts[k + 1] ?? lines.length) - 1;
    if (!misread.some(({ from, to }) => from - 1 <= end && to - 1 >= start)) return;
    // The entry's key; a line without ": " (a key whose colon is missing) is taken by its first word.
    const key = /^(["']?)([^"':]+)\1\s*:/.exec(lines[start]!)?.[2] ?? /^[^\s:]+/.exec(lines[start]!)?.[0];
    if (key !== undefined) dropped.add(key.trim());
    for (let i = start; i <= end; i++) blank.add(i);
  });
  return { text: lines.map((line, i) => (blank.has(i) ? '' : line)).join('\n'), dropped };
}
