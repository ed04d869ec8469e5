import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '@/lib/server/errors';
import { importLimits } from './limits';

/**
 * Checks a zip (an XLSX file) before anything parses it: entry count, declared
 * sizes and ratios from the central directory, the XLSX structure; then every
 * local entry, in file order as a streaming reader meets them, against the
 * directory: nothing before, between or after the listed entries, each local
 * header agreeing with its directory record. Inflating, each entry must end
 * within its compressed size at exactly its declared size, under a per-entry
 * and a total cap counted on the real bytes (a lying header is a bomb too).
 * Reads with bounded memory; throws AppError 413 / 415 / 422.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** In all entries together, counted while inflating. */
  maxUncompressedBytes: number;
  /** In any one entry, counted while inflating. */
  maxEntryBytes: number;
  maxCompressionRatio: number;
}

/** A listed entry whose local header was checked: its compressed data starts at `dataOffset`. */
export interface VerifiedEntry extends ZipEntry {
  dataOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;
const RATIO_EXEMPT_BYTES = 1024 * 1024;

export const corrupt = (why: string) =>
  new AppError('validation_failed', `The XLSX file is damaged: ${why}`, { file: [why] });
export const tooBig = (why: string) =>
  new AppError('payload_too_large', `The XLSX file is refused: ${why}. Is it a zip bomb?`, { file: [why] });

async function read(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead !== length) throw corrupt('unexpected end of file');
  return buf;
}

async function findDirectory(fh: FileHandle, size: number) {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await read(fh, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw corrupt('no zip directory found');
  let entries = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  const eocdPosition = size - tailLength + at;
  if ((entries === 0xffff || dirSize === MAX32 || dirOffset === MAX32) && eocdPosition >= 20) {
    const locator = await read(fh, eocdPosition - 20, 20);
    if (locator.readUInt32LE(0) === EOCD64_LOCATOR) {
      const record = await read(fh, Number(locator.readBigUInt64LE(8)), 56);
      if (record.readUInt32LE(0) !== EOCD64) throw corrupt('bad zip64 directory');
      entries = Number(record.readBigUInt64LE(32));
      dirSize = Number(record.readBigUInt64LE(40));
      dirOffset = Number(record.readBigUInt64LE(48));
    }
  }
  return { entries, dirSize, dirOffset };
}

function zip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const next = () => {
        if (p + 8 > i + 4 + len) throw corrupt('bad zip64 sizes');
        const v = Number(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next();
      return;
    }
    i += 4 + len;
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function readDirectory(fh: FileHandle, size: number, limits: ZipLimits) {
  const { entries: count, dirSize, dirOffset } = await findDirectory(fh, size);
  if (count > limits.maxEntries) throw tooBig(`it holds ${count} files (at most ${limits.maxEntries})`);
  if (dirOffset + dirSize > size || dirSize > 64 * limits.maxEntries + 1024 * 1024) {
    throw corrupt('the zip directory is out of bounds');
  }
  const dir = await read(fh, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let p = 0; p < dir.length && entries.length < count; ) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw corrupt('bad zip directory entry');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      uncompressedSize: dir.readUInt32LE(p + 24),
      localHeaderOffset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    };
    zip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    p += 46 + nameLength + extraLength + commentLength;
    if (entry.flags & 1) throw corrupt('it is password-protected');
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(`unsupported compression in ${entry.name}`);
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes)
      throw tooBig(`it expands to more than ${mb(limits.maxUncompressedBytes)} MB`);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw tooBig(`${entry.name} expands to more than ${mb(limits.maxEntryBytes)} MB`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_EXEMPT_BYTES && ratio > limits.maxCompressionRatio) {
      throw tooBig(`${entry.name} is compressed ${Math.round(ratio)} times`);
    }
    entries.push(entry);
  }
  if (entries.length !== count) throw corrupt('the zip directory is truncated');
  return { entries, dirOffset };
}

/** The entries the central directory lists (no local header is read). */
export async function readZipDirectory(path: string, limits: ZipLimits): Promise<ZipEntry[]> {
  const fh = await open(path, 'r');
  try {
    return (await readDirectory(fh, (await fh.stat()).size, limits)).entries;
  } finally {
    await fh.close();
  }
}

export function assertXlsxStructure(entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  const sheet = entries.some((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml') || !sheet) {
    throw new AppError('unsupported_media_type', 'The file is a zip archive but not an XLSX workbook', {
      file: ['Upload a CSV or an Excel workbook (.xlsx)'],
    });
  }
}

/**
 * The inflated bytes of `length` compressed bytes at `start`, as a stream that
 * fails with 413 as soon as more than `cap` bytes come out. `consumed` tells,
 * once it ended, how many compressed bytes the deflate stream really used.
 */
export function inflateRange(path: string, start: number, length: number, method: number, cap: number) {
  const source = createReadStream(path, { start, end: start + Math.max(length, 1) - 1 });
  const inflate = method === 8 ? createInflateRaw() : null;
  let produced = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      produced += chunk.length;
      if (produced > cap) done(tooBig('an entry inflates beyond its declared size'));
      else done(null, chunk);
    },
  });
  const out = length === 0 ? Readable.from([]) : inflate ? source.pipe(inflate).pipe(counter) : source.pipe(counter);
  const fail = (error: Error) => out.destroy(error);
  source.on('error', fail);
  inflate?.on('error', () => fail(corrupt('an entry cannot be decompressed')));
  counter.on('error', () => {
    source.destroy();
    inflate?.destroy();
  });
  return {
    stream: out,
    produced: () => produced,
    consumed: () => (inflate ? inflate.bytesWritten : length),
    close: () => {
      source.destroy();
      inflate?.destroy();
    },
  };
}

/** Inflates to the end, counting; what a streaming reader would take out of this entry. */
async function drain(path: string, start: number, length: number, method: number, cap: number) {
  const range = inflateRange(path, start, length, method, cap);
  try {
    for await (const _ of range.stream);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt('an entry cannot be decompressed');
  } finally {
    range.close();
  }
  return { produced: range.produced(), consumed: range.consumed() };
}

interface LocalHeader {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  dataOffset: number;
}

async function readLocal(fh: FileHandle, at: number, end: number): Promise<LocalHeader> {
  if (at + 30 > end) throw corrupt(`unexpected data at byte ${at}`);
  const h = await read(fh, at, 30);
  if (h.readUInt32LE(0) !== LOCAL) throw corrupt(`unexpected data at byte ${at}`);
  const nameLength = h.readUInt16LE(26);
  const extraLength = h.readUInt16LE(28);
  const tail = await read(fh, at + 30, nameLength + extraLength);
  const local = {
    name: tail.toString('utf8', 0, nameLength),
    flags: h.readUInt16LE(6),
    method: h.readUInt16LE(8),
    compressedSize: h.readUInt32LE(18),
    uncompressedSize: h.readUInt32LE(22),
    localHeaderOffset: 0,
    dataOffset: at + 30 + nameLength + extraLength,
  };
  zip64Extra(tail.subarray(nameLength), local);
  return local;
}

/** The data descriptor after an entry written with flag bit 3; it must repeat the directory's sizes. */
async function descriptorLength(fh: FileHandle, at: number, entry: ZipEntry): Promise<number> {
  const head = await read(fh, at, 4);
  const signed = head.readUInt32LE(0) === DESCRIPTOR ? 4 : 0;
  const zip64 = entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32;
  const body = await read(fh, at + signed, zip64 ? 20 : 12);
  const sizes = zip64
    ? [Number(body.readBigUInt64LE(4)), Number(body.readBigUInt64LE(12))]
    : [body.readUInt32LE(4), body.readUInt32LE(8)];
  if (sizes[0] !== entry.compressedSize || sizes[1] !== entry.uncompressedSize) {
    throw corrupt(`${entry.name} disagrees with the directory`);
  }
  return signed + body.length;
}

/**
 * Walks the local entries from the first byte to the directory, as a streaming
 * reader would, and holds each against the directory. With `inflate`, every
 * entry is inflated under the caps. An entry the directory does not list is
 * refused: with 413 when it inflates beyond what its own header declares (a
 * hidden bomb), else 422.
 */
async function walkEntries(
  path: string,
  fh: FileHandle,
  entries: ZipEntry[],
  dirOffset: number,
  limits: ZipLimits,
  inflate: boolean,
): Promise<VerifiedEntry[]> {
  const listed = new Map(entries.map((e) => [e.localHeaderOffset, e]));
  if (listed.size !== entries.length) throw corrupt('two directory records share one entry');
  const verified: VerifiedEntry[] = [];
  let total = 0;
  for (let at = 0; at < dirOffset; ) {
    const local = await readLocal(fh, at, dirOffset);
    const entry = listed.get(at);
    if (!entry) {
      const declared = local.flags & 8 ? 0 : local.uncompressedSize;
      const cap = Math.min(declared, limits.maxEntryBytes);
      await drain(path, local.dataOffset, dirOffset - local.dataOffset, local.method === 0 ? 0 : 8, cap).catch(
        (error: unknown) => {
          if (error instanceof AppError && error.code === 'payload_too_large') {
            throw tooBig(`${local.name} is hidden from the zip directory and inflates beyond its declared size`);
          }
        },
      );
      throw corrupt(`${local.name || 'an entry'} is not listed in the zip directory`);
    }
    const sameSizes =
      local.flags & 8 ||
      (local.compressedSize === entry.compressedSize && local.uncompressedSize === entry.uncompressedSize);
    if (
      local.name !== entry.name ||
      local.method !== entry.method ||
      (local.flags & 9) !== (entry.flags & 9) ||
      !sameSizes
    ) {
      throw corrupt(`${entry.name} disagrees with the directory`);
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      throw corrupt(`${entry.name} has inconsistent sizes`);
    }
    const end = local.dataOffset + entry.compressedSize;
    if (end > dirOffset) throw corrupt(`${entry.name} runs into the zip directory`);
    if (inflate) {
      const cap = Math.min(entry.uncompressedSize, limits.maxEntryBytes, limits.maxUncompressedBytes - total);
      const { produced, consumed } = await drain(path, local.dataOffset, entry.compressedSize, entry.method, cap).catch(
        (error: unknown) => {
          if (error instanceof AppError && error.code === 'payload_too_large') {
            throw tooBig(`${entry.name} inflates beyond its declared size`);
          }
          throw error;
        },
      );
      if (produced !== entry.uncompressedSize || consumed !== entry.compressedSize) {
        throw corrupt(`${entry.name} has the wrong size`);
      }
      total += produced;
    }
    verified.push({ ...entry, dataOffset: local.dataOffset });
    at = end + (entry.flags & 8 ? await descriptorLength(fh, end, entry) : 0);
  }
  if (verified.length !== entries.length) throw corrupt('the directory lists entries that are not in the file');
  return verified;
}

export const defaultZipLimits = (): ZipLimits => ({
  maxEntries: importLimits.maxZipEntries,
  maxUncompressedBytes: importLimits.maxUncompressedBytes,
  maxEntryBytes: importLimits.maxZipEntryBytes,
  maxCompressionRatio: importLimits.maxCompressionRatio,
});

/**
 * The checked entries of an XLSX file. `inflate: true` (the upload check)
 * inflates every entry under the caps; without it only the structure is checked,
 * and the reader (xlsx-file.ts) counts the bytes of what it inflates.
 */
export async function checkXlsxZip(
  path: string,
  limits: ZipLimits = defaultZipLimits(),
  opts: { inflate?: boolean } = { inflate: true },
): Promise<VerifiedEntry[]> {
  const fh = await open(path, 'r');
  try {
    const { entries, dirOffset } = await readDirectory(fh, (await fh.stat()).size, limits);
    assertXlsxStructure(entries);
    return await walkEntries(path, fh, entries, dirOffset, limits, opts.inflate ?? true);
  } finally {
    await fh.close();
  }
}
