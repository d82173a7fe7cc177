import { detachedText } from '../core/detached-text.js';
import type { InputSource } from '../io/input-pipeline.js';

/**
 * Who the first reading of `score --out-dir` found, in input order: each one's name (or --name-by
 * value) and where they are. Kept in columns rather than as an object each, since all of them
 * (100,000, say) are kept for the whole run; a file's name is shared by its rows.
 */
export class PlannedRespondents {
  private readonly names: (string | undefined)[] = [];
  private readonly files: string[] = [];
  /** The line a row starts on; 0 for an answer file, which has none. */
  private readonly lines: number[] = [];

  get count(): number {
    return this.names.length;
  }

  add(name: string | undefined, source: InputSource): void {
    this.names.push(name === undefined ? undefined : detachedText(name));
    this.files.push(source.file);
    this.lines.push(source.line ?? 0);
  }

  name(i: number): string | undefined {
    return this.names[i];
  }

  source(i: number): InputSource {
    const file = this.files[i]!;
    const line = this.lines[i]!;
    return line === 0 ? { file } : { file, line };
  }

  /** Whether the respondent at place `i` is the one called `name` from `source`. */
  isAt(i: number, name: string | undefined, source: InputSource): boolean {
    return i < this.count && this.names[i] === name && this.files[i] === source.file && this.lines[i] === (source.line ?? 0);
  }
}
