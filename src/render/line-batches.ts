/** Lines a piece: each batch of them is joined into one string. */
const BATCH = 1024;

/**
 * Array.from(items, line).join('\n') in pieces, made as they are asked for: a batch of lines joined
 * (each line built from pieces is a tree of strings until joined, several times its length), the
 * batches after the first each starting with the newline before them. An index of 100,000 reports
 * is so written to its file as it is made, never held whole.
 */
export function* lineBatches<T>(items: Iterable<T>, line: (item: T) => string): Generator<string> {
  let batch: string[] = [];
  let first = true;
  for (const item of items) {
    batch.push(line(item));
    if (batch.length === BATCH) {
      yield `${first ? '' : '\n'}${batch.join('\n')}`;
      first = false;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${first ? '' : '\n'}${batch.join('\n')}`;
}
