import type { MfaStatus } from '@/lib/schemas/mfa';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { userFactors } from './factors';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** GET /me/mfa: the caller's factors, recovery codes left, and which of their orgs require a factor. */
export async function getMfaStatus(principal: UserPrincipal): Promise<MfaStatus> {
  const factors = await userFactors(db, principal.userId);
  const passkeys = await db.mfaPasskey.findMany({
    where: { userId: principal.userId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
  const requiredBy = await db.organization.findMany({
    where: {
      requireMfa: true,
      status: 'active',
      memberships: { some: { userId: principal.userId, status: 'active' } },
    },
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true },
  });
  return {
    totp: { enabled: factors.totp },
    passkeys: passkeys.map((p) => ({ ...p, createdAt: p.createdAt.toISOString(), lastUsedAt: iso(p.lastUsedAt) })),
    recoveryCodesLeft: factors.recoveryCodesLeft,
    requiredBy,
  };
}
