import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '@/lib/server/errors';
import { importLimits } from './limits';

/**
 * Checks a zip (an XLSX file) before anything parses it: entry count, declared
 * sizes and ratios from the central directory, the XLSX structure, and then
 * that each entry really inflates to its declared size and no further (a lying
 * header is a bomb too). Reads with bounded memory; throws AppError 413 / 415 / 422.
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
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const RATIO_EXEMPT_BYTES = 1024 * 1024;

const corrupt = (why: string) => new AppError('validation_failed', `The XLSX file is damaged: ${why}`, { file: [why] });
const tooBig = (why: string) =>
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

export async function readZipDirectory(path: string, limits: ZipLimits): Promise<ZipEntry[]> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
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
      if (total > limits.maxUncompressedBytes) {
        throw tooBig(`it expands to more than ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`);
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_EXEMPT_BYTES && ratio > limits.maxCompressionRatio) {
        throw tooBig(`${entry.name} is compressed ${Math.round(ratio)} times`);
      }
      entries.push(entry);
    }
    if (entries.length !== count) throw corrupt('the zip directory is truncated');
    return entries;
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

/** Inflates one entry, counting bytes: it must end within its compressed size at exactly its declared size. */
async function verifyEntry(path: string, fh: FileHandle, entry: ZipEntry): Promise<void> {
  const local = await read(fh, entry.localHeaderOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  if (local.readUInt16LE(8) !== entry.method) throw corrupt(`${entry.name} disagrees with the directory`);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0) {
    if (entry.uncompressedSize !== 0) throw corrupt(`${entry.name} has no data`);
    return;
  }
  const source = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt(`${entry.name} has inconsistent sizes`);
    source.destroy();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    let ended = false;
    const stop = (error: Error) => {
      source.destroy();
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) stop(tooBig(`${entry.name} inflates beyond its declared size`));
    });
    inflate.on('end', () => {
      ended = true;
      source.destroy();
      if (produced !== entry.uncompressedSize) stop(corrupt(`${entry.name} has the wrong size`));
      else resolve();
    });
    inflate.on('error', () => stop(corrupt(`${entry.name} cannot be decompressed`)));
    source.on('error', stop);
    source.on('end', () => {
      // Give zlib the chance to flush what it has; a stream that never ends is damaged.
      setImmediate(() => {
        if (!ended) inflate.end();
      });
    });
    source.pipe(inflate, { end: false });
  });
}

export const defaultZipLimits = (): ZipLimits => ({
  maxEntries: importLimits.maxZipEntries,
  maxUncompressedBytes: importLimits.maxUncompressedBytes,
  maxCompressionRatio: importLimits.maxCompressionRatio,
});

export async function checkXlsxZip(path: string, limits: ZipLimits = defaultZipLimits()): Promise<void> {
  const entries = await readZipDirectory(path, limits);
  assertXlsxStructure(entries);
  const fh = await open(path, 'r');
  try {
    for (const entry of entries) await verifyEntry(path, fh, entry);
  } finally {
    await fh.close();
  }
}
