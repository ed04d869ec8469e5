import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as preview from '@/app/api/v1/organizations/[orgId]/imports/preview/route';
import * as imports from '@/app/api/v1/organizations/[orgId]/imports/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { importFile, multipartRequest, send } from '@/lib/test/imports';
import { makeXlsx, makeZip, xlsxSkeleton } from './test-files';

/**
 * Issue 21, F3: zips that lie to a streaming reader, sent through the real
 * upload routes. Each is refused, and neither the temporary folder nor the
 * storage folder keeps a byte of them: measured on disk before and after.
 */

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;
const saved = { TMPDIR: process.env.TMPDIR, STORAGE_DIR: process.env.STORAGE_DIR };
let temp: string;
let store: string;

/** Files and bytes under `dir`, all the way down. */
async function usage(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const sheet = (data: Buffer, declaredSize?: number) => ({ name: 'xl/worksheets/sheet1.xml', data, declaredSize });
const MB = 1024 * 1024;

/** Ten kinds of hostile file and the status each must get. */
async function hostileFiles(): Promise<{ name: string; bytes: Buffer; status: number }[]> {
  const real = await makeXlsx([['Email'], ['a@example.test']]);
  return [
    {
      name: 'hidden.xlsx',
      bytes: makeZip([
        { ...sheet(Buffer.alloc(30 * MB, 0x61), 1000), hidden: true },
        ...xlsxSkeleton(),
        sheet(Buffer.from('<x/>')),
      ]),
      status: 413,
    },
    { name: 'liar.xlsx', bytes: makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(8 * MB, 0x61), 1000)]), status: 413 },
    { name: 'ratio.xlsx', bytes: makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(20 * MB))]), status: 413 },
    { name: 'declared.xlsx', bytes: makeZip([...xlsxSkeleton(), sheet(Buffer.alloc(10), 3_000_000_000)]), status: 413 },
    {
      name: 'many.xlsx',
      bytes: makeZip([
        ...xlsxSkeleton(),
        ...Array.from({ length: 2_100 }, (_, i) => ({ name: `xl/worksheets/s${i}.xml`, data: Buffer.from('x') })),
      ]),
      status: 413,
    },
    {
      name: 'renamed.xlsx',
      bytes: makeZip([...xlsxSkeleton(), { ...sheet(Buffer.from('<x/>')), localName: 'xl/worksheets/sheet2.xml' }]),
      status: 422,
    },
    {
      name: 'small-hidden.xlsx',
      bytes: makeZip([...xlsxSkeleton(), { ...sheet(Buffer.from('<x/>')), hidden: true }, sheet(Buffer.from('<y/>'))]),
      status: 422,
    },
    { name: 'prefixed.xlsx', bytes: Buffer.concat([Buffer.from('junk'), real]), status: 415 },
    { name: 'cut.xlsx', bytes: real.subarray(0, 300), status: 422 },
    { name: 'word.xlsx', bytes: makeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), status: 415 },
  ];
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'hostile-tmp-'));
  store = await mkdtemp(path.join(tmpdir(), 'hostile-store-'));
  // os.tmpdir() reads TMPDIR on every call; the storage backend is created anew for STORAGE_DIR.
  process.env.TMPDIR = temp;
  process.env.STORAGE_DIR = store;
  (globalThis as { portalStorage?: unknown }).portalStorage = undefined;
  team = await makeTeam();
  token = await tokenFor(team.admin);
});

afterAll(async () => {
  process.env.TMPDIR = saved.TMPDIR;
  process.env.STORAGE_DIR = saved.STORAGE_DIR;
  if (saved.TMPDIR === undefined) delete process.env.TMPDIR;
  if (saved.STORAGE_DIR === undefined) delete process.env.STORAGE_DIR;
  (globalThis as { portalStorage?: unknown }).portalStorage = undefined;
  await Promise.all([rm(temp, { recursive: true, force: true }), rm(store, { recursive: true, force: true })]);
});

const url = (suffix = '') => `http://localhost:3000/api/v1/organizations/${team.org.id}/imports${suffix}`;

describe('hostile XLSX uploads', () => {
  it('refuses a hidden entry larger than its declared size with 413, the temporary folder unchanged', async () => {
    const [hidden] = await hostileFiles();
    const before = await usage(temp);
    const res = await send(imports.POST, multipartRequest(url(), hidden!, {}, token), team.org.id);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/hidden from the zip directory/);
    expect(await usage(temp)).toEqual(before);
    expect(await usage(store)).toEqual({ files: 0, bytes: 0 });
  });

  it('leaves no file behind after 100 hostile uploads to the import and preview routes', async () => {
    const files = await hostileFiles();
    const before = { temp: await usage(temp), store: await usage(store) };
    const imported = await db.import.count({ where: { organizationId: team.org.id } });
    for (let i = 0; i < 100; i++) {
      const file = files[i % files.length]!;
      const viaPreview = i % 2 === 1;
      const req = multipartRequest(url(viaPreview ? '/preview' : ''), file, {}, token);
      const res = await send(viaPreview ? preview.POST : imports.POST, req, team.org.id);
      expect(res.status, `${file.name} (${viaPreview ? 'preview' : 'import'})`).toBe(file.status);
    }
    expect(await usage(temp)).toEqual(before.temp);
    expect(await usage(store)).toEqual(before.store);
    expect(await db.import.count({ where: { organizationId: team.org.id } })).toBe(imported);
  });

  it('imports a real workbook end to end without writing a temporary file that stays', async () => {
    const before = await usage(temp);
    const rows = [['Email', 'First name'], ...Array.from({ length: 50 }, (_, i) => [`x${i}@hostile.test`, `X${i}`])];
    const id = await importFile(team.org.id, token, { name: 'real.xlsx', bytes: await makeXlsx(rows) });
    const done = await db.import.findUniqueOrThrow({ where: { id } });
    expect([done.status, done.createdCount]).toEqual(['completed', 50]);
    expect(await usage(temp)).toEqual(before);
    expect(await usage(store)).toEqual({ files: 0, bytes: 0 });
  });
});
