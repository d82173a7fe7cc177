import { withRoom } from '../stats/growth.js';

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
  /** Per row: start in its chunk (-1: no text) and length. */
  private starts = new Int32Array(64);
  private lengths = new Int32Array(64);
  private chunkOf = new Int32Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(text: string | undefined): void {
    const row = this.count++;
    this.starts = withRoom(this.starts, this.count);
    this.lengths = withRoom(this.lengths, this.count);
    this.chunkOf = withRoom(this.chunkOf, this.count);
    if (text === undefined) {
      this.starts[row] = -1;
      return;
    }
    this.chunkOf[row] = this.chunks.length;
    this.starts[row] = this.pendingLength;
    this.lengths[row] = text.length;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK_CHARACTERS) this.seal();
  }

  /** The text of a row, or undefined when it had none (or none was kept for it: a row past the last). */
  at(row: number): string | undefined {
    if (row < 0) throw new RangeError(`no row ${row}`);
    if (row >= this.count) return undefined;
    const start = this.starts[row]!;
    if (start < 0) return undefined;
    if (this.chunkOf[row] === this.chunks.length) this.seal();
    return this.chunks[this.chunkOf[row]!]!.slice(start, start + this.lengths[row]!);
  }

  private seal(): void {
    this.chunks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
