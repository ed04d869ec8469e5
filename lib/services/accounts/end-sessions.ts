import type { Tx } from '@/lib/server/db';

/**
 * Revokes every live session of a user but `keepSessionId`. A session row carries
 * its browser cookie, access tokens and refresh tokens, so they all stop at once.
 */
export async function endSessions(tx: Tx, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
