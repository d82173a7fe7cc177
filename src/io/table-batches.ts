import type { InputKind } from '../core/input-kind.js';
import { readCsvBatches, type CsvBatch } from './csv.js';

export interface TableOptions {
  /** A workbook's sheet to read; its first when not given. */
  sheet?: string;
}

/**
 * A table's rows, a batch at a time, whatever holds it: a CSV streamed, or an archive (an xlsx, a
 * zip of a CSV) whose reader is loaded only when one arrives, so commands reading CSV alone never
 * load it. `bytes` replaces the file's own (stdin's for '-').
 */
export function tableBatches(file: string, kind: Exclude<InputKind, 'answers'>, bytes: AsyncIterable<Buffer> | undefined, options: TableOptions): AsyncGenerator<CsvBatch> {
  return kind === 'csv' ? readCsvBatches(file, bytes) : archiveBatches(file, bytes, options);
}

async function* archiveBatches(file: string, bytes: AsyncIterable<Buffer> | undefined, options: TableOptions): AsyncGenerator<CsvBatch> {
  const { readArchiveBatches } = await import('./archive.js');
  yield* readArchiveBatches(file, bytes, options);
}
