import type { ImportPreview, PreviewRow } from '@/lib/schemas/import';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { type AttributeColumn, attributeColumns, mapAttributeHeaders } from './attribute-columns';
import { checkUploadedFile } from './checked-file';
import { importLimits } from './limits';
import { loadLookups } from './lookups';
import { columnIndexes } from './mapping';
import { resolveOptions } from './options';
import { readTable, type TableRow } from './read-table';
import type { ReceivedUpload } from './receive-upload';
import { type CheckedRow, checkRow } from './row-check';

const SAMPLE = 20;
const PROBLEMS = 50;
const NAMES = 100;

type Known = { email: string; member: boolean; invited: boolean };

async function knownEmails(orgId: string, emails: string[]): Promise<Map<string, Known>> {
  if (emails.length === 0) return new Map();
  const rows = await db.$queryRaw<Known[]>`
    SELECT x.email::text AS email, (m.id IS NOT NULL) AS member,
           EXISTS (SELECT 1 FROM invitations i WHERE i.organization_id = ${orgId} AND i.email = x.email
                     AND i.status = 'pending' AND i.expires_at > now()) AS invited
      FROM unnest(${emails}::citext[]) AS x(email)
      LEFT JOIN users u ON u.email = x.email
      LEFT JOIN memberships m ON m.organization_id = ${orgId} AND m.user_id = u.id`;
  return new Map(rows.map((r) => [r.email.toLowerCase(), r]));
}

/**
 * What running the import would do to the row: invite the person, whether or not
 * the e-mail has an account (which the preview does not reveal), unless they are
 * a member or invited already.
 */
function toPreviewRow(r: CheckedRow, known: Map<string, Known>): PreviewRow {
  const k = known.get(r.email.toLowerCase());
  const outcome = r.errors.length ? 'invalid' : k?.member || k?.invited ? 'alreadyMember' : 'create';
  return { row: r.row, values: r.values, attributes: r.attributeCells, errors: r.errors, outcome };
}

/**
 * POST …/imports/preview: checks a file as an import would, without keeping it
 * or changing anything. Reads every row, so counts, duplicates, unknown roles
 * and missing departments cover the whole file; shows the first rows and the
 * first problems with what running the import would do to each.
 */
export async function previewImport(ctx: OrgContext, upload: ReceivedUpload): Promise<ImportPreview> {
  const file = await checkUploadedFile(upload);
  const options = await resolveOptions(ctx, file.fields);
  const lookups = await loadLookups(ctx.org.id, options);
  const table = await readTable(file.fileType, upload.path);
  const mapping = file.fields.mapping ? file.mapping : mapAttributeHeaders(file.mapping, lookups.attributes);
  const columns = columnIndexes(table.headers, mapping);
  const attrColumns: AttributeColumn[] = attributeColumns(table.headers, mapping, lookups.attributes, (message) =>
    invalid({ mapping: [message] }),
  );
  const firstRowOf = new Map<string, number>();
  const missing = new Map<string, string>();
  const unknownRoles = new Map<string, string>();
  const sample: CheckedRow[] = [];
  const examples: Record<string, string> = {};
  const problems: CheckedRow[] = [];
  let total = 0;
  let bad = 0;
  let duplicates = 0;
  try {
    for await (const batch of table.batches) {
      total += batch.length;
      if (total > importLimits.maxRows) {
        throw invalid({ file: [`The file has more than ${importLimits.maxRows.toLocaleString('en')} rows`] });
      }
      for (const source of batch) tally(source);
    }
  } finally {
    await table.close();
  }
  function tally(source: TableRow) {
    const r = checkRow(source, columns, lookups, firstRowOf, attrColumns);
    if (r.errors.length) bad += 1;
    if (r.duplicate) duplicates += 1;
    if (r.missingDepartment && missing.size < NAMES)
      missing.set(r.missingDepartment.toLowerCase(), r.missingDepartment);
    if (r.unknownRole && unknownRoles.size < NAMES) unknownRoles.set(r.unknownRole.toLowerCase(), r.unknownRole);
    if (sample.length < SAMPLE) {
      sample.push(r);
      table.headers.forEach((h, i) => {
        if (!examples[h] && source.cells[i]) examples[h] = source.cells[i]!;
      });
    }
    if (r.errors.length && problems.length < PROBLEMS) problems.push(r);
  }
  const known = await knownEmails(ctx.org.id, [
    ...new Set(sample.filter((r) => r.errors.length === 0).map((r) => r.email.toLowerCase())),
  ]);
  return {
    fileName: upload.fileName,
    fileType: file.fileType,
    headers: table.headers.length ? table.headers : file.headers,
    mapping,
    attributes: lookups.attributes.map((d) => ({
      key: d.key,
      label: d.label,
      required: d.required,
      column: attrColumns.find((c) => c.def.key === d.key)?.header ?? null,
    })),
    examples,
    totalRows: total,
    validRows: total - bad,
    invalidRows: bad,
    duplicateRows: duplicates,
    rows: sample.map((r) => toPreviewRow(r, known)),
    problems: problems.map((r) => toPreviewRow(r, known)),
    missingDepartments: [...missing.values()],
    unknownRoles: [...unknownRoles.values()],
  };
}
