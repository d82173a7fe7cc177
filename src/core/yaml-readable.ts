/**
 * The part of a YAML text that syntax errors leave readable: every top-level entry (a line that
 * starts in column 1, with the lines under it) that a misread line falls in is blanked out (of
 * themes:, only the themes it falls in), its
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
  const overlaps = (first: number, last: number) => misread.some(({ from, to }) => from - 1 <= last && to - 1 >= first);
  // Entry k runs from starts[k] up to the next start; the lines before the first start are comments or blank.
  starts.forEach((start, k) => {
    const end = (starts[k + 1] ?? lines.length) - 1;
    if (!overlaps(start, end)) return;
    // The themes, each read on its own, lose only the ones a misread line falls in (other lists, such
    // as bands, are judged whole, so that one left short would be a mistake of the error's making).
    // When every theme is misread, the list is blanked whole, so its emptiness is no mistake either.
    const entries = /^themes\s*:\s*$/.test(lines[start]!) ? listEntries(lines, start + 1, end) : [];
    const misreadEntries = entries.filter(([first, last]) => overlaps(first, last));
    if (entries.length > 0 && misreadEntries.length < entries.length) {
      for (const [first, last] of misreadEntries) for (let i = first; i <= last; i++) blank.add(i);
      return;
    }
    // The entry's key; a line without ": " (a key whose colon is missing) is taken by its first word.
    // The key is taken whole in a lookahead, as an atomic group would take it: `([^"':]+)\1\s*:`
    // would give back its spaces one at a time to \s*, quadratic on a long line of spaces with no colon.
    const key = /^(["']?)(?=([^"':]+))\2\1\s*:/.exec(lines[start]!)?.[2] ?? /^[^\s:]+/.exec(lines[start]!)?.[0];
    if (key !== undefined) dropped.add(key.trim());
    for (let i = start; i <= end; i++) blank.add(i);
  });
  return { text: lines.map((line, i) => (blank.has(i) ? '' : line)).join('\n'), dropped };
}

/**
 * The first and last line of each entry of a block list that is all of lines first..last (every
 * line that is not blank or a comment under one "- " at one indent, and indented more in between),
 * or none when the lines hold anything else: then the whole top-level entry is blanked as before.
 */
function listEntries(lines: readonly string[], first: number, last: number): [number, number][] {
  const content = (i: number) => lines[i]!.trim() !== '' && !lines[i]!.trimStart().startsWith('#');
  let i = first;
  while (i <= last && !content(i)) i++;
  const dash = /^( +)- /.exec(lines[i] ?? '');
  if (!dash) return [];
  const indent = dash[1]!.length;
  const entries: [number, number][] = [];
  for (; i <= last; i++) {
    if (!content(i)) continue;
    const line = lines[i]!;
    const own = line.length - line.trimStart().length;
    if (own === indent && line.startsWith('- ', indent)) entries.push([i, i]);
    else if (own > indent && entries.length > 0) entries[entries.length - 1]![1] = i;
    else return [];
  }
  // Blank lines and comments between entries go with the entry before them.
  return entries.map(([start], k) => [start, (entries[k + 1]?.[0] ?? last + 1) - 1]);
}
