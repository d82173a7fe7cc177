/** Lines joined into one string at a time. */
const BATCH = 1024;

/**
 * Array.from(items, line).join('\n'), for an index of 100,000 lines: each line built from pieces
 * is a tree of strings until joined, several times its length, so the lines are joined by
 * batches as they are made and only the batches are held.
 */
export function joinedLines<T>(items: Iterable<T>, line: (item: T) => string): string {
  const batches: string[] = [];
  let batch: string[] = [];
  for (const item of items) {
    batch.push(line(item));
    if (batch.length === BATCH) {
      batches.push(batch.join('\n'));
      batch = [];
    }
  }
  if (batch.length > 0 || batches.length === 0) batches.push(batch.join('\n'));
  return batches.join('\n');
}
