import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** Test helpers: zips with chosen (possibly lying) sizes, and real XLSX workbooks. */

export interface FakeEntry {
  name: string;
  data: Buffer;
  /** Stored in the headers instead of the real size (a lying zip). */
  declaredSize?: number;
  /** Written as a local entry but left out of the central directory (what only streaming readers see). */
  hidden?: boolean;
  /** The name its local header gives, when it should disagree with the directory. */
  localName?: string;
}

export function makeZip(entries: FakeEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const compressed = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    const localName = Buffer.from(e.localName ?? e.name);
    local.writeUInt16LE(localName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, compressed);
    if (!e.hidden) centrals.push(central, name);
    offset += local.length + localName.length + compressed.length;
  }
  const listed = entries.filter((e) => !e.hidden).length;
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The entries every XLSX has, so that a fake passes the structure check and reaches the size checks. */
export const xlsxSkeleton = (): FakeEntry[] => [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];

export async function makeXlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
