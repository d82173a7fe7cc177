import { IntColumns } from '../stats/int-columns.js';

/** Texts joined into one string per this many characters: a few allocations, no text per row. */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * Texts kept per row (names, sources), or none for a row: appended one by one and held joined in a
 * few long strings, so a row costs its characters and two numbers, and no kept text holds the input
 * it was read from (a join copies).
 */
export class TextColumn {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  /** Per row: its chunk, start in it (-1: no text) and length. */
  private readonly places = new IntColumns(3, (n) => new Int32Array(n));

  get size(): number {
    return this.places.size;
  }

  push(text: string | undefined): void {
    const row = this.places.push();
    if (text === undefined) {
      this.places.set(row, 1, -1);
      return;
    }
    this.places.set(row, 0, this.chunks.length);
    this.places.set(row, 1, this.pendingLength);
    this.places.set(row, 2, text.length);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK_CHARACTERS) this.seal();
  }

  /** The text of a row, or undefined when it had none (or none was kept for it: a row past the last). */
  at(row: number): string | undefined {
    if (row < 0) throw new RangeError(`no row ${row}`);
    if (row >= this.size) return undefined;
    const start = this.places.get(row, 1);
    if (start < 0) return undefined;
    const chunk = this.places.get(row, 0);
    if (chunk === this.chunks.length) this.seal();
    return this.chunks[chunk]!.slice(start, start + this.places.get(row, 2));
  }

  private seal(): void {
    this.chunks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
