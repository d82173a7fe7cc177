import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { say } from '../core/i18n/voice.js';
import { Failure } from '../core/failure.js';

/**
 * A zip archive's members from its central directory (PKWARE APPNOTE 4.3.12, 4.3.16), read from
 * the whole archive in memory: stored or deflated members, names in UTF-8 (or, without the UTF-8
 * flag, code page 437, read here as Latin-1, which agrees for ASCII names). Zip64 archives (over
 * 4 GiB, or 65,535 members) and encrypted members are refused: no survey download is either.
 */
export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function zipMembers(zip: Buffer, file: string): ZipMember[] {
  const end = findEndOfDirectory(zip);
  if (end < 0) throw new Failure(say('inputs.zip.notZip'), file);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Failure(say('inputs.zip.zip64'), file);
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged(file);
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    if (flags & 1) throw new Failure(say('inputs.zip.encrypted', { member: name }), file);
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw damaged(file);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const member = { name, method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24), dataStart };
    if (dataStart + member.compressedSize > zip.length) throw damaged(file);
    members.push(member);
    at = next;
  }
  return members;
}

/**
 * A member's bytes, at most `limit` of them: a member larger (as its directory entry says, or as
 * it turns out when inflated: a zip bomb may say less) is refused before memory runs out.
 */
export function memberBytes(zip: Buffer, member: ZipMember, file: string, limit: number): Buffer {
  if (member.size > limit) throw tooLarge(file, member, limit);
  const data = zip.subarray(member.dataStart, member.dataStart + member.compressedSize);
  let bytes: Buffer;
  if (member.method === 0) bytes = data;
  else if (member.method === 8) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, member.size) });
    } catch {
      // Past its declared size (ERR_BUFFER_TOO_LARGE) or not deflate data at all.
      throw damaged(file, member.name);
    }
  } else throw unsupported(file, member);
  if (bytes.length !== member.size) throw damaged(file, member.name);
  return bytes;
}

/** A member's bytes as a stream, for a CSV read as it inflates; more bytes than its entry says ends it. */
export async function* memberStream(zip: Buffer, member: ZipMember, file: string): AsyncGenerator<Buffer> {
  const data = zip.subarray(member.dataStart, member.dataStart + member.compressedSize);
  if (member.method === 0) {
    yield data;
    return;
  }
  if (member.method !== 8) throw unsupported(file, member);
  let size = 0;
  const inflate = Readable.from([data]).pipe(createInflateRaw());
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > member.size) throw damaged(file, member.name);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw damaged(file, member.name);
  } finally {
    inflate.destroy();
  }
  if (size !== member.size) throw damaged(file, member.name);
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes and may end with a comment of up to 65,535.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  return -1;
}

function damaged(file: string, member?: string): Failure {
  return new Failure(say('inputs.zip.damaged', { which: member === undefined ? '' : say('inputs.zip.damagedMember', { member }) }), file);
}

function unsupported(file: string, member: ZipMember): Failure {
  return new Failure(say('inputs.zip.method', { member: member.name, method: String(member.method) }), file);
}

function tooLarge(file: string, member: ZipMember, limit: number): Failure {
  const mib = (n: number) => say('inputs.read.mib', { mib: (n / 1024 / 1024).toFixed(0) });
  return new Failure(say('inputs.zip.tooLarge', { member: member.name, size: mib(member.size), limit: mib(limit) }), file);
}
