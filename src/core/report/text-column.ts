import { IntColumns } from '../stats/int-columns.js';

/** Texts joined into one string per this many characters: a few allocations, no text per row. */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * Texts kept per row (names, sources), or none for a row: appended one by one and held joined in a
 * few long strings, so a row costs its characters and one number, and no kept text holds the input
 * it was read from (a join copies).
 */
export class TextColumn {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  /** Per row: where its text ends in its chunk, or ~that for a row without text. */
  private readonly ends = new IntColumns(1, (n) => new Int32Array(n));
  /** The first row of each chunk, the one still being filled included. */
  private readonly firstRows: number[] = [0];

  get size(): number {
    return this.ends.size;
  }

  push(text: string | undefined): void {
    const row = this.ends.push();
    if (text === undefined) {
      this.ends.set(row, 0, ~this.pendingLength);
      return;
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    this.ends.set(row, 0, this.pendingLength);
    if (this.pendingLength >= CHUNK_CHARACTERS) this.seal();
  }

  /** The text of a row, or undefined when it had none (or none was kept for it: a row past the last). */
  at(row: number): string | undefined {
    if (row < 0) throw new RangeError(`no row ${row}`);
    if (row >= this.size) return undefined;
    const end = this.ends.get(row, 0);
    if (end < 0) return undefined;
    // The last chunk that starts at or before the row.
    let chunk = 0;
    let after = this.firstRows.length;
    while (after - chunk > 1) {
      const mid = (chunk + after) >> 1;
      if (this.firstRows[mid]! <= row) chunk = mid;
      else after = mid;
    }
    if (chunk === this.chunks.length) this.seal();
    const start = row === this.firstRows[chunk] ? 0 : endOf(this.ends.get(row - 1, 0));
    return this.chunks[chunk]!.slice(start, end);
  }

  private seal(): void {
    this.chunks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.firstRows.push(this.size);
  }
}

const endOf = (encoded: number) => (encoded < 0 ? ~encoded : encoded);
