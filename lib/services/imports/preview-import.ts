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

/** Which of these e-mails (lowercase) are members of the org or have a pending invitation there. */
async function knownEmails(orgId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db.$queryRaw<{ email: string }[]>`
    SELECT lower(x.email::text) AS email FROM unnest(${emails}::citext[]) AS x(email)
     WHERE EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                    WHERE m.organization_id = ${orgId} AND u.email = x.email)
        OR EXISTS (SELECT 1 FROM invitations i WHERE i.organization_id = ${orgId} AND i.email = x.email
                    AND i.status = 'pending' AND i.expires_at > now())`;
  return new Set(rows.map((r) => r.email));
}

/**
 * What running the import would do to the row: invite the person, whether or not
 * the e-mail has an account (which the preview does not reveal), unless they are
 * a member or invited already.
 */
function toPreviewRow(r: CheckedRow, known: Set<string>): PreviewRow {
  const outcome = r.errors.length ? 'invalid' : known.has(r.email.toLowerCase()) ? 'alreadyMember' : 'create';
  return {
    row: r.row,
    values: r.values,
    attributes: r.attributeCells,
    errors: r.errors,
    warnings: r.warnings,
    outcome,
  };
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
  const flagged: CheckedRow[] = [];
  let total = 0;
  let bad = 0;
  let duplicates = 0;
  let flaggedRows = 0;
  let alreadyMemberRows = 0;
  // The e-mails of the rows the preview shows, and those of them that are members or invitees.
  const shownEmails = new Set<string>();
  const known = new Set<string>();
  try {
    for await (const batch of table.batches) {
      total += batch.length;
      if (total > importLimits.maxRows) {
        throw invalid({ file: [`The file has more than ${importLimits.maxRows.toLocaleString('en')} rows`] });
      }
      // One look-up per batch counts the members and invitees and marks the rows the preview shows.
      const valid = batch.map(tally).filter((r) => r.errors.length === 0);
      const inBatch = await knownEmails(
        ctx.org.id,
        valid.map((r) => r.email),
      );
      alreadyMemberRows += valid.filter((r) => inBatch.has(r.email.toLowerCase())).length;
      for (const email of inBatch) if (shownEmails.has(email)) known.add(email);
    }
  } finally {
    await table.close();
  }
  function tally(source: TableRow): CheckedRow {
    const r = checkRow(source, columns, lookups, firstRowOf, attrColumns);
    if (r.errors.length) bad += 1;
    else if (r.warnings.length) {
      flaggedRows += 1;
      if (flagged.length < PROBLEMS) {
        flagged.push(r);
        shownEmails.add(r.email.toLowerCase());
      }
    }
    if (r.duplicate) duplicates += 1;
    if (r.missingDepartment && missing.size < NAMES)
      missing.set(r.missingDepartment.toLowerCase(), r.missingDepartment);
    if (r.unknownRole && unknownRoles.size < NAMES) unknownRoles.set(r.unknownRole.toLowerCase(), r.unknownRole);
    if (sample.length < SAMPLE) {
      sample.push(r);
      shownEmails.add(r.email.toLowerCase());
      table.headers.forEach((h, i) => {
        if (!examples[h] && source.cells[i]) examples[h] = source.cells[i]!;
      });
    }
    if (r.errors.length && problems.length < PROBLEMS) problems.push(r);
    return r;
  }
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
    alreadyMemberRows,
    flaggedRows,
    invalidRows: bad,
    duplicateRows: duplicates,
    rows: sample.map((r) => toPreviewRow(r, known)),
    problems: problems.map((r) => toPreviewRow(r, known)),
    flagged: flagged.map((r) => toPreviewRow(r, known)),
    missingDepartments: [...missing.values()],
    unknownRoles: [...unknownRoles.values()],
  };
}
