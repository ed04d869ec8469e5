import type { Import as ImportRecord } from '@/lib/generated/prisma/client';
import type { Import } from '@/lib/schemas/import';
import type { ImportOptions } from './options';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toImport(row: ImportRecord): Import {
  const options = row.options as unknown as Partial<ImportOptions>;
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    fileType: row.fileType === 'xlsx' ? 'xlsx' : 'csv',
    fileSize: row.fileSize,
    dryRun: row.dryRun,
    sendInvitations: options.sendInvitations ?? true,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    counts: {
      created: row.createdCount,
      added: row.addedCount,
      alreadyMember: row.alreadyMemberCount,
      failed: row.failedCount,
    },
    error: row.error,
    createdBy: { id: row.createdById, name: row.createdByLabel },
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}
