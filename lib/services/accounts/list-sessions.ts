import type { SessionList } from '@/lib/schemas/account';
import type { MfaMethod } from '@/lib/schemas/mfa';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';

/** GET /me/sessions: the caller's live sessions (not revoked, not expired), most recently active first. */
export async function listSessions(principal: UserPrincipal): Promise<SessionList> {
  const rows = await db.session.findMany({
    where: { userId: principal.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ lastActiveAt: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      kind: true,
      userAgent: true,
      ip: true,
      createdAt: true,
      lastActiveAt: true,
      mfaMethod: true,
      mfaAt: true,
    },
  });
  return {
    data: rows.map((s) => ({
      id: s.id,
      kind: s.kind === 'api' ? 'api' : 'browser',
      userAgent: s.userAgent,
      ip: s.ip,
      createdAt: s.createdAt.toISOString(),
      lastActiveAt: s.lastActiveAt.toISOString(),
      current: s.id === principal.sessionId,
      secondFactor: s.mfaAt ? { method: s.mfaMethod as MfaMethod, at: s.mfaAt.toISOString() } : null,
    })),
  };
}
