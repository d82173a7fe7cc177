/** Texts joined into one string each. */
const CHUNK = 1024;

/**
 * Many short texts (100,000 names, say) kept for a whole run, in little memory: each chunk of
 * CHUNK texts is joined into one string, with where each text ends, rather than a string each
 * (with its header, and maybe the larger string it is a slice of). A text may be absent
 * (undefined). `at(i)` is a slice of its chunk, equal to the text added.
 */
export class TextColumn {
  private readonly chunks: string[] = [];
  /** The texts of the chunk being filled, and, once asked for, them joined. */
  private pending: string[] = [];
  private pendingJoined: string | undefined;
  private pendingLength = 0;
  /** Per text, where it ends in its chunk; for an absent text, ~ where the one before it ends. */
  private ends = new Int32Array(CHUNK);
  private size = 0;

  get count(): number {
    return this.size;
  }

  add(text: string | undefined): void {
    if (this.size === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    if (text === undefined) this.ends[this.size] = ~this.pendingLength;
    else {
      this.pending.push(text);
      this.pendingJoined = undefined;
      this.pendingLength += text.length;
      this.ends[this.size] = this.pendingLength;
    }
    this.size++;
    if (this.size % CHUNK === 0) {
      this.chunks.push(this.pending.join(''));
      this.pending = [];
      this.pendingJoined = undefined;
      this.pendingLength = 0;
    }
  }

  at(i: number): string | undefined {
    if (!(Number.isInteger(i) && i >= 0 && i < this.size)) return undefined;
    const end = this.ends[i]!;
    if (end < 0) return undefined;
    const start = i % CHUNK === 0 ? 0 : endOf(this.ends[i - 1]!);
    const chunk = Math.floor(i / CHUNK);
    if (chunk < this.chunks.length) return this.chunks[chunk]!.slice(start, end);
    this.pendingJoined ??= this.pending.join('');
    return this.pendingJoined.slice(start, end);
  }

  /** Every text, absent ones as undefined, in the order added. */
  *values(): IterableIterator<string | undefined> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }
}

const endOf = (stored: number) => (stored < 0 ? ~stored : stored);
