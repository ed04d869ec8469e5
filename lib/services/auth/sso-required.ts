import { SSO_REQUIRED } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db';
import { unauthenticated } from '@/lib/server/errors';

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Refuses a password sign-in when the e-mail is on a verified domain of an org that requires single
 * sign-on, unless the person is an active owner of that org (they keep a password for recovery).
 */
export async function assertPasswordSignInAllowed(userId: string, email: string): Promise<void> {
  const requiring = await db.organization.findFirst({
    where: {
      ssoRequired: true,
      domains: { some: { domain: emailDomain(email), status: 'verified' } },
      NOT: { memberships: { some: { userId, status: 'active', role: { key: 'owner', builtIn: true } } } },
    },
    select: { id: true },
  });
  if (requiring) throw unauthenticated(SSO_REQUIRED);
}
