import { hashPassword } from '@/lib/server/auth/password';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { PASSWORD, uniq } from './factories';

/** Helpers of the domain-join and ssoRequired tests: a domain of its own, verified or not, and people on it. */

export const newDomain = () => `join-${uniq()}.example.com`;

export async function addDomain(orgId: string, domain: string, status: 'verified' | 'pending' = 'verified') {
  await db.organizationDomain.create({
    data: {
      id: newId(),
      organizationId: orgId,
      domain,
      status,
      verificationValue: `portal-verification=${uniq()}`,
      verifiedAt: status === 'verified' ? new Date() : null,
    },
  });
}

export async function userOn(domain: string, status: 'active' | 'pending' | 'deactivated' = 'active') {
  const id = newId();
  const email = `person-${uniq()}@${domain}`;
  await db.user.create({
    data: { id, email, passwordHash: await hashPassword(PASSWORD), firstName: 'Dana', lastName: 'Domain', status },
  });
  return { id, email };
}

export async function addSsoConnection(orgId: string, enabled = true) {
  await db.ssoConnection.create({
    data: { id: newId(), organizationId: orgId, type: 'oidc', name: 'Test IdP', enabled, issuer: 'https://idp.test' },
  });
}
