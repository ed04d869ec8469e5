import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { lockTarget } from './user-rules';

/** DELETE /admin/users/{userId}: the account and its memberships and sessions go; the audit trail stays. */
export async function deleteUser(principal: UserPrincipal, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await lockTarget(tx, principal, userId, 'delete');
    await tx.user.delete({ where: { id: userId } });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'user.delete',
        targetType: 'user',
        targetId: userId,
        before: {
          email: user.email,
          firstName: user.firstName,
          lastName: user.lastName,
          organizations: user.memberships.map((m) => m.organization.slug),
        },
      },
    );
  });
}
