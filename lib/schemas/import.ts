import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

/** The person fields a column of an import file can hold. */
export const importFields = ['email', 'firstName', 'lastName', 'role', 'department', 'jobTitle'] as const;
export const ImportField = z.enum(importFields);
export type ImportField = z.infer<typeof ImportField>;

export const importFieldLabels: Record<ImportField, string> = {
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  role: 'Role',
  department: 'Department',
  jobTitle: 'Job title',
};

/** `attributes.<key>`: the column holds values of the org's custom attribute `<key>`. */
export const ATTRIBUTE_TARGET = 'attributes.';
export const AttributeTarget = z
  .string()
  .regex(/^attributes\.[a-z][a-zA-Z0-9_]{0,49}$/, 'An attribute column is mapped as attributes.<key>');
export const ImportTarget = z.union([ImportField, AttributeTarget]);
export type ImportTarget = z.infer<typeof ImportTarget>;
export const attributeKeyOf = (target: string | null): string | null =>
  target?.startsWith(ATTRIBUTE_TARGET) ? target.slice(ATTRIBUTE_TARGET.length) : null;
const targetLabel = (t: string) => importFieldLabels[t as ImportField] ?? t;

/** Column header -> field or attribute (null: ignore the column). Every header not named is ignored. */
export const ImportMapping = z.record(z.string().max(200), ImportTarget.nullable()).superRefine((mapping, ctx) => {
  const fields = Object.values(mapping).filter((f): f is ImportTarget => f !== null);
  if (!fields.includes('email')) ctx.addIssue({ code: 'custom', message: 'Map one column to E-mail' });
  for (const field of new Set(fields)) {
    if (fields.filter((f) => f === field).length > 1) {
      ctx.addIssue({ code: 'custom', message: `Only one column can be mapped to ${targetLabel(field)}` });
    }
  }
});
export type ImportMapping = z.infer<typeof ImportMapping>;

const formBoolean = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no', ''])])
    .optional()
    .transform((v) =>
      v === undefined || v === ''
        ? fallback
        : v === true || (typeof v === 'string' && ['true', '1', 'on', 'yes'].includes(v)),
    );

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);

const mappingField = z
  .string()
  .max(20_000)
  .optional()
  .transform((text, ctx) => {
    if (!text?.trim()) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of column header -> field' });
      return z.NEVER;
    }
  })
  .pipe(ImportMapping.optional());

/** The text fields sent with the file (multipart/form-data), as the route reads them. */
export const ImportUploadFields = z.object({
  mapping: mappingField,
  sendInvitations: formBoolean(true),
  defaultRoleId: optionalId,
  defaultDepartmentId: optionalId,
  dryRun: formBoolean(false),
  createMissingDepartments: formBoolean(false),
});
export type ImportUploadFields = z.output<typeof ImportUploadFields>;

const documentedBoolean = (description: string, fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: `${description} Default ${fallback}.` });

/** The multipart body as the OpenAPI document shows it. */
export const ImportUploadBody = z.object({
  file: z
    .string()
    .meta({ format: 'binary', description: 'The CSV (UTF-8, any delimiter) or XLSX file; 20 MB at most by default' }),
  mapping: z
    .string()
    .optional()
    .meta({
      description:
        'JSON object: column header -> one of email, firstName, lastName, role, department, jobTitle, ' +
        'or attributes.<key> for an active custom attribute of the organization (or null). Omitted: detected ' +
        'from the headers. Attribute values are checked per row, kept on the invitation and saved when it is ' +
        'accepted.',
    }),
  sendInvitations: documentedBoolean('Queue the invitation e-mails.', true),
  defaultRoleId: z.string().optional().meta({ description: 'Role for rows without one; the member role by default' }),
  defaultDepartmentId: z.string().optional().meta({ description: 'Department for rows without one' }),
  dryRun: documentedBoolean('Validate and report each row without changing anything.', false),
  createMissingDepartments: documentedBoolean('Create departments the file names that do not exist yet.', false),
});

export const importStatuses = ['queued', 'running', 'completed', 'failed'] as const;
export const ImportStatus = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportCounts = z.object({
  created: z.number().int().describe('People invited (new or with an account: nobody joins without accepting)'),
  added: z
    .number()
    .int()
    .describe('Existing users added at once: only imports made before invitations were required for everyone'),
  alreadyMember: z.number().int().describe('Already members, or with a pending invitation'),
  failed: z.number().int().describe('Rows that failed; see errors.csv for the reasons'),
});

export const ImportCreated = z.object({ id: z.string(), status: ImportStatus });

export const Import = z.object({
  id: z.string(),
  status: ImportStatus,
  fileName: z.string(),
  fileType: z.enum(['csv', 'xlsx']),
  fileSize: z.number().int(),
  dryRun: z.boolean(),
  sendInvitations: z.boolean(),
  totalRows: z.number().int().describe('Data rows in the file; grows while the file is read'),
  processedRows: z.number().int(),
  counts: ImportCounts,
  error: z.string().nullable().describe('Why the import failed as a whole (status failed)'),
  createdBy: z.object({ id: z.string().nullable(), name: z.string() }),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof Import>;

export const ImportRowError = z.object({ row: z.number().int(), email: z.string(), reason: z.string() });

export const ImportDetail = Import.extend({
  rowErrors: z.array(ImportRowError).describe('The first 50 failed rows; errors.csv has all of them'),
  skippedRows: z
    .array(ImportRowError)
    .describe('The first 50 rows skipped because the person is a member or has a pending invitation, with why'),
});
export type ImportDetail = z.infer<typeof ImportDetail>;

export const importSortFields = ['createdAt', 'fileName', 'status', 'totalRows'] as const;
export const ListImportsQuery = listQuery(importSortFields, '-createdAt').extend({
  status: z
    .union([ImportStatus, z.literal('')], { error: `status must be one of: ${importStatuses.join(', ')}` })
    .optional()
    .transform((v) => v || undefined),
});
export type ListImportsQuery = z.output<typeof ListImportsQuery>;
export const ImportList = listResult(Import);

export const ImportParams = z.object({ orgId: IdParam, importId: IdParam });

const RowValues = z.object(
  Object.fromEntries(importFields.map((f) => [f, z.string().nullable()])) as Record<
    ImportField,
    z.ZodNullable<z.ZodString>
  >,
);

export const PreviewRow = z.object({
  row: z.number().int().describe('Row number in the file (the header is row 1 when it is the first row)'),
  values: RowValues,
  attributes: z.record(z.string(), z.string()).describe('The cells of the columns mapped to attributes, by key'),
  errors: z.array(z.string()),
  warnings: z.array(z.string()).describe('Cells that import as written but deserve a look (formula-like names)'),
  outcome: z
    .enum(['create', 'alreadyMember', 'invalid'])
    .describe('What running the import would do: create = invite (new or existing account alike)'),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  fileName: z.string(),
  fileType: z.enum(['csv', 'xlsx']),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), ImportTarget.nullable()).describe('The mapping used: as sent, or detected'),
  attributes: z
    .array(z.object({ key: z.string(), label: z.string(), required: z.boolean(), column: z.string().nullable() }))
    .describe("The org's active attributes, and the column mapped to each (null: none)"),
  examples: z.record(z.string(), z.string()).describe('Per header, the first value found in the first rows'),
  totalRows: z.number().int(),
  validRows: z.number().int().describe('Rows without problems, members and invitees included'),
  alreadyMemberRows: z
    .number()
    .int()
    .describe('Rows without problems for people who are members or have a pending invitation: skipped'),
  flaggedRows: z.number().int().describe('Rows with formula-like names: imported as written, worth a look'),
  invalidRows: z.number().int().describe('Rows that would fail, duplicates included'),
  duplicateRows: z.number().int(),
  rows: z.array(PreviewRow).describe('The first 20 data rows'),
  problems: z.array(PreviewRow).describe('The first 50 rows with errors, anywhere in the file'),
  flagged: z.array(PreviewRow).describe('The first 50 rows with warnings and no errors, anywhere in the file'),
  missingDepartments: z.array(z.string()).describe('Departments the file names that do not exist (first 100)'),
  unknownRoles: z.array(z.string()).describe('Roles the file names that do not exist (first 100)'),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
