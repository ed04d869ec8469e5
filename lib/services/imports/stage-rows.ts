import type { Readable } from 'node:stream';
import type { Import } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { storage } from '@/lib/server/storage';
import { emitEvent } from '@/lib/server/webhooks/events';
import { toDepartment } from '@/lib/services/departments/to-department';
import { attributeColumns } from './attribute-columns';
import { ImportFailure } from './failure';
import { importLimits } from './limits';
import { type Lookups, loadLookups } from './lookups';
import { columnIndexes } from './mapping';
import type { ImportOptions } from './options';
import { type FileType, readTable } from './read-table';
import { withLocalCopy } from './receive-upload';
import { type CheckedRow, checkRow } from './row-check';

async function insertRows(importId: string, rows: CheckedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(pick: (r: CheckedRow) => T) => rows.map(pick);
  // A replayed chunk (after a crash while staging) hits the primary key and changes nothing.
  await db.$executeRaw`
    INSERT INTO import_rows (import_id, row_number, email, first_name, last_name, role, department, job_title,
                             role_id, department_id, status, reason, attributes)
    SELECT ${importId}, x.n, x.email, x.first_name, x.last_name, x.role, x.department, x.job_title,
           x.role_id, x.department_id, x.status::"ImportRowStatus", x.reason, x.attributes
      FROM unnest(${col((r) => r.row)}::int[], ${col((r) => r.email)}::citext[],
                  ${col((r) => r.values.firstName)}::text[], ${col((r) => r.values.lastName)}::text[],
                  ${col((r) => r.values.role)}::text[], ${col((r) => r.values.department)}::text[],
                  ${col((r) => r.values.jobTitle)}::text[], ${col((r) => r.roleId)}::text[],
                  ${col((r) => r.departmentId)}::text[],
                  ${col((r) => (r.errors.length ? 'failed' : 'pending'))}::text[],
                  ${col((r) => (r.errors.length ? r.errors.join('; ') : null))}::text[],
                  ${col((r) => (r.attributes && !r.errors.length ? JSON.stringify(r.attributes) : null))}::jsonb[])
        AS x(n, email, first_name, last_name, role, department, job_title, role_id, department_id, status, reason,
             attributes)
    ON CONFLICT (import_id, row_number) DO NOTHING`;
}

/** Creates the departments the file names (when asked to) and points their rows at them. */
async function createMissingDepartments(imp: Import, names: string[]): Promise<void> {
  await db.$transaction(async (tx) => {
    if (names.length > 0) {
      const created = await tx.$queryRaw<{ id: string; name: string; createdAt: Date }[]>`
        INSERT INTO departments (id, organization_id, name, description, created_at, updated_at)
        SELECT x.id, ${imp.organizationId}, x.name, '', now(), now()
          FROM unnest(${names.map(() => newId())}::text[], ${names}::citext[]) AS x(id, name)
        ON CONFLICT (organization_id, name) DO NOTHING
        RETURNING id, name::text, created_at AS "createdAt"`;
      for (const d of created) {
        const department = { ...d, description: '', updatedAt: d.createdAt, _count: { memberships: 0 } };
        await emitEvent(tx, imp.organizationId, 'department.created', toDepartment(department));
      }
      await tx.auditLog.create({
        data: {
          id: newId(),
          organizationId: imp.organizationId,
          actorUserId: imp.createdById,
          actorLabel: imp.createdByLabel,
          action: 'department.create',
          targetType: 'import',
          targetId: imp.id,
          after: { departments: names, byImport: imp.fileName },
        },
      });
    }
    await tx.$executeRaw`
      UPDATE import_rows r SET department_id = d.id
        FROM departments d
       WHERE r.import_id = ${imp.id} AND r.status = 'pending' AND r.department_id IS NULL
         AND r.department IS NOT NULL AND d.organization_id = ${imp.organizationId} AND d.name = r.department::citext`;
  });
}

/**
 * Job phase 1: reads the whole file once and writes every row to import_rows,
 * already checked (invalid and duplicate rows are `failed` with their reason).
 * Safe to run again after a crash: rows already staged are left as they are. A
 * CSV streams from storage; an XLSX is copied to a temporary file first (its
 * entries are read out of file order), deleted when staging ends either way.
 */
export async function stageRows(imp: Import): Promise<void> {
  const stored = await storage().get(imp.fileKey);
  if (imp.fileType !== 'xlsx') return stageFrom(imp, stored);
  await withLocalCopy(stored, (path) => stageFrom(imp, path));
}

async function stageFrom(imp: Import, source: Readable | string): Promise<void> {
  const options = imp.options as unknown as ImportOptions;
  const lookups = await loadLookups(imp.organizationId, options);
  const table = await readTable(imp.fileType as FileType, source);
  try {
    await stageTable(imp, options, lookups, table);
  } finally {
    await table.close();
  }
}

async function stageTable(
  imp: Import,
  options: ImportOptions,
  lookups: Lookups,
  table: Awaited<ReturnType<typeof readTable>>,
): Promise<void> {
  const columns = columnIndexes(table.headers, options.mapping);
  if (columns.email === undefined) throw new ImportFailure('The file has no column mapped to E-mail');
  const attrColumns = attributeColumns(
    table.headers,
    options.mapping,
    lookups.attributes,
    (message) => new ImportFailure(message),
  );
  const firstRowOf = new Map<string, number>();
  const missing = new Map<string, string>();
  let chunk: CheckedRow[] = [];
  let total = 0;
  // Up to two INSERTs in flight while the next rows are parsed and checked.
  let inFlight: Promise<void>[] = [];
  const flush = async (rows: CheckedRow[], final: boolean) => {
    const insert = insertRows(imp.id, rows);
    insert.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    inFlight.push(insert);
    if (inFlight.length >= 2 || final) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  };
  for await (const batch of table.batches) {
    total += batch.length;
    if (total > importLimits.maxRows) {
      await table.batches.return(undefined);
      throw new ImportFailure(`The file has more than ${importLimits.maxRows.toLocaleString('en')} rows`);
    }
    for (const source of batch) {
      const row = checkRow(source, columns, lookups, firstRowOf, attrColumns);
      if (row.missingDepartment && row.errors.length === 0) {
        missing.set(row.missingDepartment.toLowerCase(), row.missingDepartment);
      }
      chunk.push(row);
    }
    if (chunk.length >= importLimits.stageChunk) {
      await flush(chunk, false);
      chunk = [];
      await db.$executeRaw`UPDATE imports SET total_rows = ${total}, updated_at = now() WHERE id = ${imp.id}`;
    }
  }
  await flush(chunk, true);
  if (!imp.dryRun && options.createMissingDepartments) await createMissingDepartments(imp, [...missing.values()]);
  // Counted from the rows, so that staging replayed after a crash mid-processing keeps the true numbers.
  await db.$executeRaw`
    UPDATE imports i
       SET total_rows = c.total, processed_rows = c.processed, created_count = c.created, added_count = c.added,
           already_member_count = c.already, failed_count = c.failed, staged_at = now(), updated_at = now()
      FROM (SELECT count(*)::int AS total,
                   (count(*) FILTER (WHERE status <> 'pending'))::int AS processed,
                   (count(*) FILTER (WHERE status = 'created'))::int AS created,
                   (count(*) FILTER (WHERE status = 'added'))::int AS added,
                   (count(*) FILTER (WHERE status = 'already_member'))::int AS already,
                   (count(*) FILTER (WHERE status = 'failed'))::int AS failed
              FROM import_rows WHERE import_id = ${imp.id}) c
     WHERE i.id = ${imp.id}`;
  // Fresh statistics, so that the batches read their rows by index rather than by a plan made for an empty table.
  await db.$executeRawUnsafe('ANALYZE import_rows').catch(() => {}); // needs ownership; only a hint
}
