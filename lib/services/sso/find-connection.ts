import { db } from '@/lib/server/db';
import { connectionForSignIn, type SignInConnection } from './connection-for-sign-in';
import { ssoRefused } from './sso-error';

export interface StartQuery {
  email?: string;
  org?: string;
  connection?: string;
}

/** The org's enabled connection that people start from (the oldest, when it has several). */
async function firstEnabled(orgId: string): Promise<SignInConnection | null> {
  const row = await db.ssoConnection.findFirst({
    where: { organizationId: orgId, enabled: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return row ? connectionForSignIn(row.id) : null;
}

/**
 * Where "Continue with SSO" goes: the connection named, or the one of the org that verified the
 * e-mail's domain, or the one of the org with that slug.
 */
export async function connectionToStart(query: StartQuery): Promise<SignInConnection> {
  if (query.connection) return connectionForSignIn(query.connection);
  if (query.email) {
    const domain = query.email.trim().toLowerCase().split('@').pop() ?? '';
    const claim = await db.organizationDomain.findFirst({
      where: { domain, status: 'verified', organization: { status: 'active' } },
      select: { organizationId: true },
    });
    const found = claim ? await firstEnabled(claim.organizationId) : null;
    if (!found)
      throw ssoRefused(`Single sign-on is not set up for ${domain || 'this address'}: sign in with your password`);
    return found;
  }
  if (query.org) {
    const org = await db.organization.findFirst({
      where: { slug: query.org.trim().toLowerCase(), status: 'active' },
      select: { id: true },
    });
    const found = org ? await firstEnabled(org.id) : null;
    if (!found) throw ssoRefused('No organization with that name signs in with single sign-on');
    return found;
  }
  throw ssoRefused('Enter your work e-mail or your organization to continue with single sign-on');
}
