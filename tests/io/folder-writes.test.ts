import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FolderWrites } from '../../src/io/atomic.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-folder-writes-'));
  folders.push(dir);
  return dir;
}

const name = (i: number) => `report-${String(i).padStart(3, '0')}.txt`;

describe('FolderWrites', () => {
  // 100 files: the first 64 are written here, the rest on the writing thread, which renames the batch.
  it('renames every file of a batch to its name, each whole', async () => {
    const dir = folder();
    const writes = new FolderWrites(dir, 40);
    for (let i = 0; i < 100; i++) await writes.write(join(dir, name(i)), `report ${i}\n`, { fresh: true });
    await writes.finish();
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 100 }, (_, i) => name(i)));
    for (const i of [0, 63, 64, 99]) expect(readFileSync(join(dir, name(i)), 'utf8')).toBe(`report ${i}\n`);
  });

  it('stops renaming at the first file it cannot rename, names it, and leaves no temporary file', async () => {
    const dir = folder();
    // A folder (not empty) where report 80 should go: a file cannot be renamed over it.
    mkdirSync(join(dir, name(80)));
    writeFileSync(join(dir, name(80), 'inside'), 'x');
    const writes = new FolderWrites(dir);
    for (let i = 0; i < 100; i++) await writes.write(join(dir, name(i)), `report ${i}\n`, { fresh: true });
    await expect(writes.finish()).rejects.toMatchObject({ file: join(dir, name(80)) });
    // In order up to the one that failed; none after it, and no temporary file left.
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 81 }, (_, i) => name(i)));
    expect(readFileSync(join(dir, name(79)), 'utf8')).toBe('report 79\n');
  });
});

// The writing thread is handed each text as UTF-8 bytes in a reused buffer (a "slab" of
// SLAB_BYTES, src/io/atomic.ts): these write texts that overflow a slab, fill one exactly, are
// cut by encodeInto in the middle (multi-byte characters, surrogate pairs), need a buffer of
// their own, or go into slabs the thread gave back, and compare every file byte for byte.
describe('FolderWrites: the bytes handed to the writing thread', () => {
  /** SLAB_BYTES in src/io/atomic.ts, which the boundaries below aim at. */
  const SLAB = 256 * 1024;
  /** Files written on the main thread before the thread starts (WRITTEN_HERE). */
  const HERE = 64;

  interface Posted {
    slabBytes: number;
    writes: { start: number; end: number }[];
  }
  let posted: Posted[] = [];
  beforeEach(() => {
    posted = [];
    const original = Worker.prototype.postMessage;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      // Read before the call: a transferred buffer is detached by it.
      const { slab, writes } = args[0] as { slab?: ArrayBuffer; writes?: { start: number; end: number }[] };
      if (slab !== undefined && writes !== undefined) posted.push({ slabBytes: slab.byteLength, writes: writes.map(({ start, end }) => ({ start, end })) });
      return original.apply(this, args);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A distinct text of about `units` UTF-16 units: ASCII, Welsh, the euro and a surrogate pair, mixed. */
  function mixed(seed: number, units: number): string {
    const pool = ['a', 'w', ' ', '\n', 'ŵ', 'ŷ', 'â', '€', '𝄞', 'Y', 'ddŵr '];
    let state = seed * 2654435761 + 1;
    const parts = [`text ${seed}\n`];
    let length = parts[0]!.length;
    while (length < units) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const part = pool[state % pool.length]!;
      parts.push(part);
      length += part.length;
    }
    return parts.join('');
  }

  const bytesOf = (text: string | Uint8Array) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text));
  const filler = (i: number) => `here ${i}\n`;

  /** Writes every text through one FolderWrites, then checks the folder holds exactly them, byte for byte. */
  async function writeAndCompare(texts: readonly (string | Uint8Array)[], batchSize?: number): Promise<void> {
    const dir = folder();
    const writes = new FolderWrites(dir, batchSize);
    for (const [i, text] of texts.entries()) await writes.write(join(dir, name(i)), text, { fresh: true });
    await writes.finish();
    expect(readdirSync(dir).sort()).toEqual(texts.map((_, i) => name(i)));
    for (const [i, text] of texts.entries()) {
      const got = readFileSync(join(dir, name(i)));
      const want = bytesOf(text);
      // Not toEqual on megabytes of bytes: where they part is what a failure needs to say.
      if (!got.equals(want)) {
        let at = 0;
        while (at < got.length && at < want.length && got[at] === want[at]) at++;
        expect.fail(`${name(i)}: ${got.length} bytes, not ${want.length}; first difference at byte ${at}`);
      }
    }
  }

  it('writes 150 multi-byte texts of 40,000 characters and two of 300,000 whole', async () => {
    const texts: (string | Uint8Array)[] = Array.from({ length: HERE }, (_, i) => filler(i));
    for (let i = 0; i < 150; i++) texts.push(mixed(i, 40_000));
    texts.splice(HERE + 70, 0, mixed(1000, 300_000), 'a'.repeat(300_000));
    // Enough bytes (some 10 MB, two or three texts a slab) that the thread gives slabs back to reuse.
    expect(texts.slice(HERE).reduce((sum, text) => sum + bytesOf(text).length, 0)).toBeGreaterThan(30 * SLAB);
    await writeAndCompare(texts, 50);
    expect(posted.some(({ slabBytes }) => slabBytes > SLAB)).toBe(true);
  });

  it('writes texts that fill a slab exactly, overflow it by a character, or need a buffer of their own', async () => {
    // Right after the main thread's files nothing is unanswered, so the thread's first 32 writes
    // are handed over without a turn of the loop: the slabs hold what the comments say.
    const ascii = (n: number) => 'a'.repeat(n);
    const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
    const first = `${ascii(1000)}ŵŷ€𝄞`; // 1000 + 2 + 2 + 3 + 4 bytes, in a new slab
    const firstBytes = bytesOf(first).length;
    const pattern: (string | Uint8Array)[] = [
      first,
      // The rest of that slab exactly, ending in a 3-byte character.
      `${ascii(SLAB - firstBytes - 3 * 1001)}${'€'.repeat(1001)}`,
      // Not a byte left: a new slab, which a 2-byte character starts.
      'ŵ',
      // 262,143 bytes do not fit the 262,142 left: cut by encodeInto, then whole in a new slab.
      '€'.repeat(87_381),
      // The last byte of that slab, then an empty text at its very end.
      'y',
      '',
      // 87,385 bytes in a new slab; then a surrogate pair would straddle its end (3 bytes left
      // for the last of 43,690 four-byte characters): cut, whole in a new slab, whose rest an
      // ASCII text then fills exactly (though three times its length is more than a slab).
      `${'€'.repeat(29_128)}b`,
      '𝄞'.repeat(43_690),
      ascii(87_384),
      // 87,382 three-byte characters may take more than a slab: a buffer of their own, 262,146 bytes.
      '€'.repeat(87_382),
      // Bytes: a slab exactly, then one more than a slab, one fewer, and the byte left.
      bytes(SLAB, 0xc5),
      bytes(SLAB + 1, 0xb5),
      bytes(SLAB - 1, 0x7a),
      bytes(1, 0x21),
      // ASCII of exactly a slab, after a byte: its own buffer (three times its length, at most).
      ascii(SLAB),
      'ŷ',
      // Multi-byte text longer than a slab, Welsh and ASCII.
      mixed(7, 300_000),
      'end\n',
    ];
    expect(pattern.length).toBeLessThanOrEqual(32);
    const texts = [...Array.from({ length: HERE }, (_, i) => filler(i)), ...pattern];
    await writeAndCompare(texts);

    // The boundaries were reached: writes ending at the very end of a slab, a text cut and put
    // whole in the next, and buffers larger than a slab.
    const endsAtSlab = posted.filter(({ slabBytes, writes }) => slabBytes === SLAB && writes.some(({ end }) => end === SLAB));
    expect(endsAtSlab.length).toBeGreaterThanOrEqual(3);
    const ends = posted.map(({ slabBytes, writes }) => `${slabBytes}: ${writes.map(({ end }) => end).join(' ')}`);
    expect(ends).toContain(`${SLAB}: ${1011} ${SLAB}`);
    expect(ends).toContain(`${SLAB}: ${3 * 87_381} ${SLAB} ${SLAB}`);
    expect(ends).toContain(`${SLAB}: ${3 * 29_128 + 1}`);
    expect(ends).toContain(`${SLAB}: ${4 * 43_690} ${SLAB}`);
    expect(posted.filter(({ slabBytes }) => slabBytes > SLAB).length).toBeGreaterThanOrEqual(3);
    expect(posted.flatMap(({ writes }) => writes)).toHaveLength(pattern.length);
  });
});
