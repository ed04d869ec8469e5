import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { endSessions } from './end-sessions';

/** DELETE /me/sessions: signs the caller out everywhere but the session making the request. */
export async function revokeOtherSessions(principal: UserPrincipal): Promise<void> {
  await db.$transaction(async (tx) => {
    const count = await endSessions(tx, principal.userId, principal.sessionId);
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'session.revoke_others',
        targetType: 'user',
        targetId: principal.userId,
        after: { sessionsEnded: count },
      },
    );
  });
}
