import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { checkXlsxZip, corrupt, defaultZipLimits, inflateRange, type VerifiedEntry } from './zip-guard';

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person sees: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The parts of exceljs's streaming WorkbookReader that parse one entry each
 * (exceljs 4.4.0, pinned). Its own `read()` unzips in file order and parks a
 * worksheet that comes before the shared strings in a temporary file (Excel's
 * own order), left behind when reading stops early. Here the entries come from
 * the checked file in the order they are needed, through capped inflaters:
 * nothing touches the disk. docs/decisions/010-hostile-uploads.md.
 */
interface ReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ value: AsyncIterable<ExcelJS.Row> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
}

/** The worksheet entry of the workbook's first tab. */
function firstSheet(reader: ReaderParts, names: Set<string>): string {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((r) => r.Id === rId)?.Target;
  if (!target) throw corrupt('the workbook names no worksheet');
  const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  if (!names.has(name)) throw corrupt(`the workbook's first sheet (${name}) is missing`);
  return name;
}

/**
 * The rows of the first worksheet of an XLSX file on disk, each with its
 * spreadsheet row number; cells are 0-based text. The zip is checked first
 * (structure: every local entry against the directory), and every entry read is
 * inflated under its declared size and the per-entry cap.
 */
export async function* xlsxRecords(path: string): AsyncGenerator<{ row: number; cells: string[] }> {
  const limits = defaultZipLimits();
  const entries = await checkXlsxZip(path, limits, { inflate: false });
  const byName = new Map(entries.map((e) => [e.name, e]));
  const open: ReturnType<typeof inflateRange>[] = [];
  const entry = (e: VerifiedEntry) => {
    const range = inflateRange(
      path,
      e.dataOffset,
      e.compressedSize,
      e.method,
      Math.min(e.uncompressedSize, limits.maxEntryBytes),
    );
    open.push(range);
    return range.stream;
  };
  const required = (name: string) => {
    const e = byName.get(name);
    if (!e) throw corrupt(`${name} is missing`);
    return entry(e);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as unknown as Readable, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // The cell formats tell a date from a number: without them a date reads as its serial (45293).
    styles: 'cache',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  try {
    await reader._parseRels(required('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(required('xl/workbook.xml'));
    const strings = byName.get('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(entry(strings)));
    const styles = byName.get('xl/styles.xml');
    if (styles) await reader._parseStyles(entry(styles));
    const sheet = firstSheet(reader, new Set(byName.keys()));
    const sheetNo = sheet.match(/(\d+)\.xml$/)?.[1] ?? '1';
    const [emitted] = [...reader._parseWorksheet(entry(byName.get(sheet)!), sheetNo)];
    if (!emitted) throw corrupt('the worksheet could not be read');
    for await (const row of emitted.value) {
      const values = row.values as CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { row: row.number, cells };
    }
  } finally {
    for (const range of open) range.close();
  }
}
