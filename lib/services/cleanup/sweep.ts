import 'server-only';
import { db } from '@/lib/server/db';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';

export const SWEEP_QUEUE = 'cleanup.sweep';
/** The sweep runs hourly, once across all instances. */
export const SWEEP_EVERY_SECONDS = 3600;
/** Expired and revoked share links stay listed on their owner's account page this long, then go. */
export const SHARE_LINK_RETENTION_DAYS = 30;
/** A completed signed upload is a hand-off to a feature (avatar, logo), kept this long for it. */
export const UPLOAD_RETENTION_DAYS = 7;
/** A signed upload URL lives 15 minutes; a PUT that started in time may still be streaming a while. */
const UPLOAD_GRACE_HOURS = 1;
const BATCH = 1000;

const DAY = 86_400_000;

/** Removes expired and revoked share links past their retention; returns how many. */
export async function sweepShareLinks(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - SHARE_LINK_RETENTION_DAYS * DAY);
  const { count } = await db.shareLink.deleteMany({
    where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
  });
  return count;
}

/**
 * Removes signed-upload slots nobody will use: never completed once their URL expired, or completed
 * longer ago than the retention. Their files (a completed one, or what a failed PUT left) are deleted
 * by the file-deletion job queued with each batch. Returns how many slots went.
 */
export async function sweepUploads(now = new Date()): Promise<number> {
  const expired = new Date(now.getTime() - UPLOAD_GRACE_HOURS * 3_600_000);
  const stale = new Date(now.getTime() - UPLOAD_RETENTION_DAYS * DAY);
  let removed = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ storage_key: string }[]>`
        DELETE FROM uploads WHERE id IN (
          SELECT id FROM uploads
           WHERE (status = 'pending' AND expires_at < ${expired})
              OR (status = 'uploaded' AND uploaded_at < ${stale})
           LIMIT ${BATCH})
        RETURNING storage_key`;
      await deleteFilesLater(
        tx,
        rows.map((r) => r.storage_key),
      );
      return rows.length;
    });
    removed += count;
    if (count < BATCH) return removed;
  }
}

/** Removes started SSO sign-ins past their ten minutes and SAML assertion ids past their expiry. */
export async function sweepSso(now = new Date()): Promise<number> {
  const logins = await db.ssoLogin.deleteMany({ where: { expiresAt: { lt: now } } });
  const assertions = await db.samlAssertion.deleteMany({ where: { expiresAt: { lt: now } } });
  return logins.count + assertions.count;
}

/** The hourly job. */
export async function sweepJob(): Promise<void> {
  await sweepShareLinks();
  await sweepUploads();
  await sweepSso();
}
