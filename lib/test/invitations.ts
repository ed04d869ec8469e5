import { db } from '@/lib/server/db';
import { uniq } from '@/lib/test/factories';
import { type CallOptions, call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const accept = await routeAt('/invitations/accept');
const validate = await routeAt('/invitations/validate');
const resend = await routeAt('/organizations/{orgId}/invitations/{invitationId}/resend');
const one = await routeAt('/organizations/{orgId}/invitations/{invitationId}');
const list = await routeAt('/organizations/{orgId}/invitations');

/** Helpers of the invitation integration tests: the API as a client sees it, and the outbox as a mailbox. */

export const base = (orgId: string) => `/api/v1/organizations/${orgId}/invitations`;
export const newEmail = (label = 'invitee') => `${label}-${uniq()}@example.test`;

export function invite(orgId: string, token: string, body: Record<string, unknown>) {
  return call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
}

export function listInvitations(orgId: string, token: string, query = '') {
  return call(list.GET, `${base(orgId)}?${query}`, { token, params: { orgId } });
}

export function resendInvitation(orgId: string, token: string, invitationId: string) {
  return call(resend.POST, `${base(orgId)}/${invitationId}/resend`, {
    method: 'POST',
    token,
    params: { orgId, invitationId },
  });
}

export function revokeInvitation(orgId: string, token: string, invitationId: string) {
  return call(one.DELETE, `${base(orgId)}/${invitationId}`, {
    method: 'DELETE',
    token,
    params: { orgId, invitationId },
  });
}

export function validateToken(token: string) {
  return call(validate.POST, '/api/v1/invitations/validate', { method: 'POST', body: { token } });
}

/** A cookie-authenticated call comes from our own page, as a browser would say. */
export function acceptToken(body: Record<string, unknown>, auth: Pick<CallOptions, 'token' | 'cookie'> = {}) {
  const headers = auth.cookie ? { 'sec-fetch-site': 'same-origin' } : undefined;
  return call(accept.POST, '/api/v1/invitations/accept', { method: 'POST', body, headers, ...auth });
}

/** Every invitation link mailed to `to`, oldest first, read from the outbox. */
export async function mailedTokens(to: string): Promise<string[]> {
  const mails = await db.email.findMany({ where: { to, template: 'invitation' }, orderBy: { createdAt: 'asc' } });
  return mails.map((mail) => {
    const match = mail.text.match(/https?:\/\/\S+\/invite\/([\w%-]+)/);
    if (!match) throw new Error(`no invitation link in: ${mail.text}`);
    return decodeURIComponent(match[1]!);
  });
}

/** The link token of the one invitation e-mail sent to `to`. */
export async function mailedToken(to: string): Promise<string> {
  const tokens = await mailedTokens(to);
  if (tokens.length !== 1) throw new Error(`expected one invitation mail to ${to}, found ${tokens.length}`);
  return tokens[0]!;
}
