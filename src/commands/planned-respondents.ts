import { TextColumn } from '../core/text-column.js';
import type { InputSource } from '../io/input-pipeline.js';

/**
 * Who the first reading of `score --out-dir` found, in input order: each one's name (or --name-by
 * value) and where they are. Kept in columns (the names joined by TextColumn, which also keeps
 * them from holding their CSV chunk alive; lines and files as numbers) rather than as an object
 * each, since all of them (100,000, say) are kept for the whole run, and every megabyte the run
 * keeps lets V8 grow the heap by several before it collects.
 */
export class PlannedRespondents {
  private readonly names = new TextColumn();
  /** Each input file once, in the order first found; a file's rows share it. */
  private readonly files: string[] = [];
  /** Per respondent, the place of their file in `files`, and the line their row starts on (0 for an answer file, which has none). */
  private fileOf = new Uint32Array<ArrayBuffer>(new ArrayBuffer(4096));
  private lineOf = new Uint32Array<ArrayBuffer>(new ArrayBuffer(4096));

  get count(): number {
    return this.names.count;
  }

  add(name: string | undefined, source: InputSource): void {
    const i = this.count;
    if (i === this.fileOf.length) {
      this.fileOf = grown(this.fileOf);
      this.lineOf = grown(this.lineOf);
    }
    if (this.files.at(-1) !== source.file) this.files.push(source.file);
    this.fileOf[i] = this.files.length - 1;
    this.lineOf[i] = source.line ?? 0;
    this.names.add(name);
  }

  name(i: number): string | undefined {
    return this.names.at(i);
  }

  source(i: number): InputSource {
    const file = this.files[this.fileOf[i]!]!;
    const line = this.lineOf[i]!;
    return line === 0 ? { file } : { file, line };
  }

  /** Whether the respondent at place `i` is the one called `name` from `source`. */
  isAt(i: number, name: string | undefined, source: InputSource): boolean {
    return i < this.count && this.names.at(i) === name && this.files[this.fileOf[i]!] === source.file && this.lineOf[i] === (source.line ?? 0);
  }
}

function grown(numbers: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(numbers.length * 2);
  larger.set(numbers);
  return larger;
}
