import { type ImportMapping, ImportUploadFields } from '@/lib/schemas/import';
import { invalid, zodFields } from '@/lib/server/errors';
import { autoMap } from './mapping';
import { type FileType, readTable } from './read-table';
import type { ReceivedUpload } from './receive-upload';
import { checkName } from './sniff';
import { checkXlsxZip } from './zip-guard';

export interface CheckedFile {
  fileType: FileType;
  headers: string[];
  mapping: ImportMapping;
  fields: ImportUploadFields;
}

export function parseFields(raw: Record<string, string>): ImportUploadFields {
  const parsed = ImportUploadFields.safeParse(raw);
  if (!parsed.success) throw invalid(zodFields(parsed.error));
  return parsed.data;
}

/** The header row, without reading further. */
export async function readHeaders(fileType: FileType, path: string): Promise<string[]> {
  try {
    const table = await readTable(fileType, path);
    await table.close();
    return table.headers;
  } catch {
    throw invalid({ file: [`The file could not be read as ${fileType === 'xlsx' ? 'an XLSX workbook' : 'CSV'}`] });
  }
}

export function checkMapping(headers: string[], mapping: ImportMapping): void {
  const unknown = Object.entries(mapping)
    .filter(([header, field]) => field !== null && !headers.includes(header))
    .map(([header]) => header);
  if (unknown.length > 0) {
    throw invalid({ mapping: [`The file has no column ${unknown.map((h) => `"${h}"`).join(', ')}`] });
  }
  if (!Object.values(mapping).includes('email')) {
    throw invalid({ mapping: ['No column holds e-mail addresses: map one to E-mail'] });
  }
}

/**
 * Everything about an uploaded file that can be known before a job runs: its
 * fields are valid, its name agrees with its content, an XLSX is no zip bomb,
 * it has a header row, and the mapping (sent or detected) names an e-mail column.
 */
export async function checkUploadedFile(upload: ReceivedUpload): Promise<CheckedFile> {
  const fields = parseFields(upload.fields);
  const fileType = checkName(upload.fileName, upload.kind);
  if (fileType === 'xlsx') await checkXlsxZip(upload.path);
  const headers = await readHeaders(fileType, upload.path);
  if (headers.length === 0) throw invalid({ file: ['The file has no rows'] });
  const mapping = fields.mapping ?? autoMap(headers);
  checkMapping(headers, mapping);
  return { fileType, headers, mapping, fields };
}
