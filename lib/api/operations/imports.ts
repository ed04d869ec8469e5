import { z } from 'zod';
import {
  ImportCreated,
  ImportDetail,
  ImportList,
  ImportParams,
  ImportPreview,
  ImportUploadBody,
  ListImportsQuery,
} from '@/lib/schemas/import';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const listImportsOp = defineOperation({
  id: 'listImports',
  method: 'GET',
  path: '/organizations/{orgId}/imports',
  summary: 'List bulk imports: file name, who, when, status and counts (search by file name, filter by status)',
  tag: 'Imports',
  access: { permission: 'imports.read' },
  params: OrgParams,
  query: ListImportsQuery,
  response: ImportList,
});

export const createImportOp = defineOperation({
  id: 'createImport',
  method: 'POST',
  path: '/organizations/{orgId}/imports',
  summary:
    'Upload a CSV or XLSX file of people to invite (multipart/form-data). The file is checked (type by content, ' +
    'size, zip bomb, columns) and processed in the background: poll GET …/imports/{importId} for progress. ' +
    'New people are invited, existing users added to the organization, members and pending invitations counted ' +
    'as alreadyMember; inside one file the first row of an e-mail wins.',
  tag: 'Imports',
  access: { permission: 'imports.create' },
  params: OrgParams,
  body: ImportUploadBody,
  bodyType: 'multipart/form-data',
  response: ImportCreated,
  status: 202,
  errors: [413],
});

export const previewImportOp = defineOperation({
  id: 'previewImport',
  method: 'POST',
  path: '/organizations/{orgId}/imports/preview',
  summary:
    'Check a file without importing it (same multipart body as createImport): headers, the column mapping used, ' +
    'counts for the whole file, the first rows and the first problems, each with what the import would do; ' +
    'roles and departments the file names that do not exist. Nothing is stored.',
  tag: 'Imports',
  access: { permission: 'imports.create' },
  params: OrgParams,
  body: ImportUploadBody,
  bodyType: 'multipart/form-data',
  response: ImportPreview,
  errors: [413],
});

export const getImportOp = defineOperation({
  id: 'getImport',
  method: 'GET',
  path: '/organizations/{orgId}/imports/{importId}',
  summary: 'Progress and result of an import: status, totalRows, processedRows, counts and the first failed rows',
  tag: 'Imports',
  access: { permission: 'imports.read' },
  params: ImportParams,
  response: ImportDetail,
});

export const importErrorsOp = defineOperation({
  id: 'getImportErrors',
  method: 'GET',
  path: '/organizations/{orgId}/imports/{importId}/errors.csv',
  summary:
    'The failed rows of an import as CSV, with a Reason column. Cells that a spreadsheet would read as a formula ' +
    '(starting with = + - @, tab or carriage return) are prefixed with a single quote.',
  tag: 'Imports',
  access: { permission: 'imports.read' },
  params: ImportParams,
  response: z.string(),
  responseType: 'text/csv',
});

export const importTemplateOp = defineOperation({
  id: 'getImportTemplate',
  method: 'GET',
  path: '/imports/template.csv',
  summary: 'A sample import file with the columns the import recognizes',
  tag: 'Imports',
  access: 'user',
  response: z.string(),
  responseType: 'text/csv',
});
