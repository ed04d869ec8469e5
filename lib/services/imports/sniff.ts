import { AppError } from '@/lib/server/errors';
import { startsWith } from '@/lib/server/uploads/sniff-image';

export type ContentKind = 'zip' | 'text';

const unsupported = (message: string) =>
  new AppError('unsupported_media_type', message, { file: ['Upload a CSV (UTF-8) or an Excel workbook (.xlsx)'] });

const signatures: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x52, 0x49, 0x46, 0x46], 'a media file'],
];

/** What the first bytes of an upload say it is: a zip (XLSX candidate) or text (CSV candidate); 415 otherwise. */
export function sniffKind(head: Buffer): ContentKind {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unsupported('Old Excel files (.xls) are not supported: save the sheet as .xlsx or CSV');
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw unsupported('The file is UTF-16 text: save it as CSV UTF-8');
  }
  const known = signatures.find(([bytes]) => startsWith(head, bytes));
  if (known) throw unsupported(`The file is ${known[1]}, not a CSV or XLSX file`);
  if (head.subarray(0, 8192).includes(0)) throw unsupported('The file is binary, not a CSV or XLSX file');
  return 'text';
}

/** Validates that a stream of chunks is UTF-8 text, chunk by chunk. */
export class Utf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  push(chunk: Uint8Array): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      throw unsupported('The file is not UTF-8 text: save it as CSV UTF-8');
    }
  }

  end(): void {
    try {
      this.decoder.decode();
    } catch {
      throw unsupported('The file is not UTF-8 text: save it as CSV UTF-8');
    }
  }
}

/** The file's name must not contradict its content. */
export function checkName(fileName: string, kind: ContentKind): 'csv' | 'xlsx' {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (kind === 'zip' && ['csv', 'tsv', 'txt'].includes(ext)) {
    throw unsupported(`The file is named .${ext} but holds a zip archive: if it is an Excel workbook, name it .xlsx`);
  }
  if (kind === 'text' && ['xlsx', 'xlsm', 'xls'].includes(ext)) {
    throw unsupported(`The file is named .${ext} but is not an Excel workbook`);
  }
  return kind === 'zip' ? 'xlsx' : 'csv';
}
