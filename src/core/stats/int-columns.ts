/** Rows per chunk: a column grows a chunk at a time, never copying what it holds. */
const CHUNK_ROWS = 1 << 14;

/**
 * Whole numbers per row, `width` to a row, in fixed chunks of typed arrays: growing costs one new
 * chunk, never a copy of the rows before, so a column's memory is its rows' and at most a chunk more.
 */
export class IntColumns<T extends Uint8Array | Int32Array> {
  readonly width: number;
  private readonly chunks: T[] = [];
  private count = 0;

  constructor(
    width: number,
    private readonly make: (length: number) => T,
  ) {
    this.width = width;
  }

  get size(): number {
    return this.count;
  }

  /** Adds a row of zeros; returns its index. */
  push(): number {
    if (this.count === this.chunks.length * CHUNK_ROWS) this.chunks.push(this.make(CHUNK_ROWS * this.width));
    return this.count++;
  }

  /** The chunk holding a row and where its values start in it. */
  place(row: number): { chunk: T; start: number } {
    if (row < 0 || row >= this.count) throw new RangeError(`no row ${row}`);
    return { chunk: this.chunks[Math.floor(row / CHUNK_ROWS)]!, start: (row % CHUNK_ROWS) * this.width };
  }

  get(row: number, column: number): number {
    const { chunk, start } = this.place(row);
    return chunk[start + column]!;
  }

  set(row: number, column: number, value: number): void {
    const { chunk, start } = this.place(row);
    chunk[start + column] = value;
  }
}
