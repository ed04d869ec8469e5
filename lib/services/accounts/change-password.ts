import type { ChangePasswordInput } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { accountUserSelect } from './actor';
import { endSessions } from './end-sessions';
import { notifyPasswordChanged } from './notify-password-changed';
import { verifyOwnPassword, WRONG_CURRENT_PASSWORD } from './verify-own-password';

/**
 * POST /me/password: needs the current password. Every other session of the user
 * ends (with its refresh tokens); the one making the change stays signed in.
 */
export async function changePassword(principal: UserPrincipal, input: ChangePasswordInput): Promise<void> {
  assertPasswordAllowed(input.newPassword, principal.email, 'newPassword');
  await verifyOwnPassword(principal.userId, input.currentPassword, 'currentPassword', WRONG_CURRENT_PASSWORD);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: principal.userId },
      data: { passwordHash, mustChangePassword: false },
      select: accountUserSelect,
    });
    const sessionsEnded = await endSessions(tx, user.id, principal.sessionId);
    await notifyPasswordChanged(tx, user);
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'user.password_change', targetType: 'user', targetId: user.id, after: { sessionsEnded } },
    );
  });
}
