import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { toWellFormedText } from '@/lib/schemas/text';
import { importLimits } from './limits';
import { csvRecordBatches } from './parse-csv';
import { xlsxRecords } from './parse-xlsx';

export type FileType = 'csv' | 'xlsx';

export interface TableRow {
  /** The row's number in the file: the spreadsheet row, or the CSV record (header = 1). */
  row: number;
  cells: string[];
}

const XLSX_BATCH = 500;

/**
 * Rows in batches: a CSV chunk at a time, or a few hundred spreadsheet rows. An
 * XLSX file is read from disk (a path): its entries are needed out of file order.
 */
async function* numbered(type: FileType, input: Readable | string): AsyncGenerator<TableRow[]> {
  if (type === 'xlsx') {
    if (typeof input !== 'string') throw new Error('An XLSX file is read from a path');
    let batch: TableRow[] = [];
    for await (const row of xlsxRecords(input)) {
      batch.push(row);
      if (batch.length >= XLSX_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  let row = 0;
  for await (const records of csvRecordBatches(typeof input === 'string' ? createReadStream(input) : input)) {
    yield records.map((cells) => ({ row: ++row, cells }));
  }
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function clean(cells: string[]): string[] {
  return cells.map((c) => {
    const text = c.trim();
    return text.length > importLimits.maxCellChars ? text.slice(0, importLimits.maxCellChars) : text;
  });
}

/** Headers name columns in mappings, so each must be unique and not blank. */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = toWellFormedText(cell) || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * A file as a header row and the data rows after it, in batches: blank rows
 * are skipped, cells trimmed. The header is the first row that is not blank.
 */
export async function readTable(type: FileType, input: Readable | string) {
  const iterator = numbered(type, input);
  let headers: string[] | null = null;
  let first: TableRow[] = [];
  while (!headers) {
    const next = await iterator.next();
    if (next.done) break;
    const at = next.value.findIndex((r) => !blank(r.cells));
    if (at >= 0) {
      headers = uniqueHeaders(clean(next.value[at]!.cells));
      first = next.value.slice(at + 1);
    }
  }
  const keep = (rows: TableRow[]) =>
    rows.filter((r) => !blank(r.cells)).map((r) => ({ row: r.row, cells: clean(r.cells) }));
  async function* batches(): AsyncGenerator<TableRow[]> {
    try {
      if (first.length) yield keep(first);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield keep(next.value);
    } finally {
      await iterator.return(undefined);
    }
  }
  // Ends the reading (and closes the file) whether or not `batches` was ever started.
  const close = async () => {
    await iterator.return(undefined);
  };
  return { headers: headers ?? [], batches: batches(), close };
}
