import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/**
 * DELETE /me/sessions/{id}: signs one of the caller's sessions out at once (its
 * cookie or tokens stop on their next request). Another user's session is a 404.
 */
export async function revokeSession(principal: UserPrincipal, sessionId: string): Promise<void> {
  const session = await db.session.findFirst({
    where: { id: sessionId, userId: principal.userId },
    select: { id: true, kind: true, revokedAt: true },
  });
  if (!session) throw notFound('Session');
  if (session.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'session.revoke',
        targetType: 'session',
        targetId: session.id,
        after: { kind: session.kind, current: session.id === principal.sessionId },
      },
    );
  });
}
