import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { InvitationView, type InviteView } from '@/components/invitations/accept/invitation-view';
import { InviteToken } from '@/lib/schemas/invitation';
import { getAuthContext } from '@/lib/server/auth/context';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { requestMeta } from '@/lib/server/request-meta';
import { findInvitationByToken } from '@/lib/services/invitations/find-invitation-by-token';
import { inviteValidateLimit } from '@/lib/services/invitations/invite-limits';
import { logoPathOf } from '@/lib/services/organizations/logo-path';

// The token is in the URL: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: 'Invitation', robots: { index: false }, referrer: 'no-referrer' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationView view={await inviteView(token)} />;
}

/** Checks the token on the server (counted like POST /invitations/validate) and decides what its holder sees. */
async function inviteView(raw: string): Promise<InviteView> {
  const requestHeaders = await headers();
  const meta = requestMeta(requestHeaders);
  try {
    if (meta.ip) await hit(inviteValidateLimit(), meta.ip);
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return { kind: 'rate_limited' };
    throw error;
  }
  const parsed = InviteToken.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid' };
  const token = parsed.data;
  const found = await findInvitationByToken(token);
  if (found.state === 'invalid') return { kind: 'invalid' };
  const { invitation } = found;
  const { organization } = invitation;
  const org = {
    name: organization.name,
    slug: organization.slug,
    logoUrl: logoPathOf(organization.id, organization.logoKey),
  };
  if (found.state === 'revoked') return { kind: 'revoked', org };
  if (found.state === 'accepted') return { kind: 'accepted', org };
  const email = invitation.email;
  if (found.state === 'expired') return { kind: 'expired', org, email, expiresAt: invitation.expiresAt.toISOString() };

  const principal = await getAuthContext(requestHeaders).catch(() => null);
  const account = await db.user.findUnique({ where: { email }, select: { id: true } });
  const base = { token, email, org, role: invitation.role.name };
  if (principal && (principal.kind !== 'user' || principal.userId !== account?.id)) {
    const signedInAs = principal.kind === 'user' ? principal.email : 'an API key';
    return { kind: 'wrong-account', ...base, signedInAs };
  }
  if (!account) {
    const defaults = { firstName: invitation.firstName ?? '', lastName: invitation.lastName ?? '' };
    return { kind: 'new-user', ...base, defaults };
  }
  return principal ? { kind: 'join', ...base } : { kind: 'sign-in', ...base };
}
