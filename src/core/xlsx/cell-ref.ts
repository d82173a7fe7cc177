/** A cell's place in a sheet: row and column numbers, 1-based (column A = 1). */
export interface CellPlace {
  row: number;
  column: number;
}

/** "B3" as {row: 3, column: 2}; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): CellPlace | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}

/** "AB" as 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** A range such as "A3:F20" (or one cell) as its first and last cells. */
export function parseRange(ref: string): { first: CellPlace; last: CellPlace } | undefined {
  const [from, to = from] = ref.split(':');
  const first = parseCellRef(from!);
  const last = parseCellRef(to!);
  if (!first || !last) return undefined;
  return { first, last };
}
