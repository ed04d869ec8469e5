import { createReadStream } from 'node:fs';
import type { z } from 'zod';
import type { ImportCreated } from '@/lib/schemas/import';
import { audit } from '@/lib/server/audit';
import { actorOf } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { enqueue } from '@/lib/server/jobs/queue';
import { nudgeWorker } from '@/lib/server/jobs/worker';
import { storage } from '@/lib/server/storage';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { attributeColumns, mapAttributeHeaders } from './attribute-columns';
import { checkUploadedFile } from './checked-file';
import type { ImportOptions } from './options';
import { resolveOptions } from './options';
import { IMPORT_QUEUE } from './queue-names';
import type { ReceivedUpload } from './receive-upload';

export const contentTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * POST …/imports: keeps the checked file in storage and queues the job that
 * stages and processes its rows. Answers at once with the queued import.
 */
export async function createImport(ctx: OrgContext, upload: ReceivedUpload): Promise<z.input<typeof ImportCreated>> {
  const file = await checkUploadedFile(upload);
  const resolved = await resolveOptions(ctx, file.fields);
  const defs = await getAttributeDefinitions(ctx.org.id);
  const mapping = file.fields.mapping ? file.mapping : mapAttributeHeaders(file.mapping, defs);
  attributeColumns(file.headers, mapping, defs, (message) => invalid({ mapping: [message] }));
  const options: ImportOptions = { ...resolved, mapping, headers: file.headers };
  const id = newId();
  const fileKey = `imports/${ctx.org.id}/${id}.${file.fileType}`;
  const store = storage();
  await store.put(fileKey, createReadStream(upload.path), {
    contentType: contentTypes[file.fileType],
    size: upload.size,
  });
  const actor = actorOf(ctx.principal);
  try {
    await db.$transaction(async (tx) => {
      await tx.import.create({
        data: {
          id,
          organizationId: ctx.org.id,
          createdById: actor.userId,
          createdByLabel: ctx.principal.kind === 'user' ? ctx.principal.name || actor.label : actor.label,
          fileName: upload.fileName.slice(0, 255),
          fileType: file.fileType,
          fileSize: upload.size,
          fileKey,
          dryRun: file.fields.dryRun,
          options: options as object,
        },
      });
      await enqueue(tx, IMPORT_QUEUE, { importId: id }, { maxAttempts: 10 });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'import.create',
          targetType: 'import',
          targetId: id,
          after: {
            fileName: upload.fileName,
            fileType: file.fileType,
            fileSize: upload.size,
            dryRun: file.fields.dryRun,
            sendInvitations: options.sendInvitations,
            createMissingDepartments: options.createMissingDepartments,
            mapping: options.mapping,
          },
        },
      );
    });
  } catch (error) {
    await store.delete(fileKey).catch(() => {});
    throw error;
  }
  nudgeWorker();
  return { id, status: 'queued' };
}
