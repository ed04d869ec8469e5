import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { makeXlsx, makeZip, xlsxSkeleton } from './test-files';
import { checkXlsxZip, readZipDirectory } from './zip-guard';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zip-guard-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}

const limits = {
  maxEntries: 50,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntryBytes: 40 * 1024 * 1024,
  maxCompressionRatio: 200,
};
const sheet = (data: Buffer, declaredSize?: number) => ({ name: 'xl/worksheets/sheet1.xml', data, declaredSize });

async function rejection(p: string): Promise<AppError> {
  const error = await checkXlsxZip(p, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the zip bomb guard', () => {
  it('accepts a real workbook', async () => {
    const p = await file('ok.xlsx', await makeXlsx([['Email'], ['a@x.test']]));
    const checked = await checkXlsxZip(p, limits);
    expect(checked.every((e) => e.dataOffset > e.localHeaderOffset)).toBe(true);
    const entries = await readZipDirectory(p, limits);
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it('refuses an entry that declares a huge size, from the directory alone', async () => {
    // 3 GB declared: the guard must refuse before inflating anything.
    const p = await file('declared.xlsx', makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(10), 3_000_000_000)]));
    const error = await rejection(p);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/expands to more than 50 MB/);
  });

  it('refuses an extreme compression ratio', async () => {
    const p = await file('ratio.xlsx', makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(20 * 1024 * 1024))]));
    const error = await rejection(p);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/compressed \d+ times/);
  });

  it('refuses a zip whose entry inflates beyond the size it declares (lying headers)', async () => {
    const p = await file('liar.xlsx', makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(4 * 1024 * 1024, 0x61), 1000)]));
    const error = await rejection(p);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/inflates beyond its declared size/);
  });

  it('refuses too many entries', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: Buffer.from('x'),
    }));
    const error = await rejection(await file('many.xlsx', makeZip([...xlsxSkeleton(), ...many])));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/holds 62 files/);
  });

  it('tells a zip that is not a workbook (415) from a damaged one (422)', async () => {
    const docx = makeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    expect((await rejection(await file('doc.xlsx', docx))).code).toBe('unsupported_media_type');
    const truncated = (await makeXlsx([['Email']])).subarray(0, 200);
    expect((await rejection(await file('cut.xlsx', truncated))).code).toBe('validation_failed');
  });

  it('refuses an entry hidden from the directory that inflates beyond what its own header declares (413)', async () => {
    // What a streaming reader meets first: a sheet the directory never mentions, 30 MB behind 1,000 bytes declared.
    const hidden = { ...sheet(Buffer.alloc(30 * 1024 * 1024, 0x61), 1000), hidden: true };
    const p = await file('hidden.xlsx', makeZip([hidden, ...xlsxSkeleton(), sheet(Buffer.from('<x/>'))]));
    const error = await rejection(p);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/hidden from the zip directory and inflates beyond its declared size/);
  });

  it('refuses archives whose local entries disagree with the directory (422)', async () => {
    const small = { ...sheet(Buffer.from('<x/>')), hidden: true };
    const hidden = makeZip([...xlsxSkeleton(), small, sheet(Buffer.from('<y/>'))]);
    expect((await rejection(await file('small-hidden.xlsx', hidden))).message).toMatch(
      /not listed in the zip directory/,
    );
    const renamed = makeZip([
      ...xlsxSkeleton(),
      { ...sheet(Buffer.from('<x/>')), localName: 'xl/worksheets/sheet9.xml' },
    ]);
    expect((await rejection(await file('renamed.xlsx', renamed))).message).toMatch(/disagrees with the directory/);
    const prefixed = Buffer.concat([Buffer.from('junk before the first entry'), await makeXlsx([['Email']])]);
    expect((await rejection(await file('prefixed.xlsx', prefixed))).code).toBe('validation_failed');
  });

  it('caps one entry on its own, counted while inflating', async () => {
    const big = sheet(Buffer.alloc(45 * 1024 * 1024, 0x62).fill(0x63, 0, 1024 * 1024));
    const error = await rejection(await file('entry-cap.xlsx', makeZip([...xlsxSkeleton(), big])));
    expect(error.code).toBe('payload_too_large');
  });
});
