import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * For a command that reads its inputs twice (score --out-dir: names first, then reports): stdin
 * ('-') and inputs that are FIFOs or devices (<(command)) can be read only once, so their bytes
 * are kept as the first reading takes them and given again to the second. They are kept in
 * memory, as bytes, the most compact form they have (about 260 bytes a CSV row, against 4.6 KB a respondent):
 * a spool file would keep memory flat, but would need a place with room and its removal when
 * stopped; piped input is what people pipe, not 100,000 rows. Files and folders are read again
 * from the file system.
 */
export class InputReplay {
  /** Per one-time input, the bytes of each reading of it (stdin given twice is read twice). */
  private readonly recorded = new Map<string, Buffer[][]>();

  private constructor(
    private readonly oneTime: ReadonlySet<string>,
    private readonly stdin: AsyncIterable<Buffer>,
  ) {}

  /** Finds which of the inputs cannot be read twice. */
  static async of(inputs: readonly string[], stdin: AsyncIterable<Buffer>): Promise<InputReplay> {
    const oneTime = new Set<string>();
    for (const input of inputs) if (input === '-' || !(await canBeReadTwice(input))) oneTime.add(input);
    return new InputReplay(oneTime, stdin);
  }

  /** For the first reading (InputOptions.bytesOf): a one-time input's bytes, kept as they are read. */
  readonly record = (file: string): AsyncIterable<Buffer> | undefined => {
    if (!this.oneTime.has(file)) return undefined;
    const chunks: Buffer[] = [];
    const readings = this.recorded.get(file) ?? [];
    readings.push(chunks);
    this.recorded.set(file, readings);
    const source = file === '-' ? this.stdin : (createReadStream(file) as AsyncIterable<Buffer>);
    return keeping(source, chunks);
  };

  /** For the second reading: the bytes the first took of a one-time input, in the same order. */
  readonly replay = (file: string): AsyncIterable<Buffer> | undefined => {
    if (!this.oneTime.has(file)) return undefined;
    const chunks = this.recorded.get(file)?.shift() ?? [];
    return (async function* () {
      yield* chunks;
    })();
  };
}

async function* keeping(source: AsyncIterable<Buffer>, chunks: Buffer[]): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    chunks.push(chunk);
    yield chunk;
  }
}

/** A file or folder can be read again; a FIFO or a device cannot; a missing input is reported when read. */
async function canBeReadTwice(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() || s.isDirectory(),
    () => true,
  );
}
