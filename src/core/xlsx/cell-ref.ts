/** A cell's place in a sheet: row and column numbers, 1-based (column A = 1). */
export interface CellPlace {
  row: number;
  column: number;
}

/** "B3" (or "$B$3") as {row: 3, column: 2}; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): CellPlace | undefined {
  // By character codes, not a regular expression: every cell of a sheet has its reference.
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let column = 0;
  for (let letters = 0; i < ref.length; i++, letters++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    if (letters === 3) return undefined;
    column = column * 26 + (c - 64);
  }
  if (column === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57 || i - digitsFrom === 7) return undefined;
    row = row * 10 + (c - 48);
  }
  return i === digitsFrom ? undefined : { row, column };
}

/** A range such as "A3:F20" (or one cell) as its first and last cells. */
export function parseRange(ref: string): { first: CellPlace; last: CellPlace } | undefined {
  const [from, to = from] = ref.split(':');
  const first = parseCellRef(from!);
  const last = parseCellRef(to!);
  if (!first || !last) return undefined;
  return { first, last };
}
