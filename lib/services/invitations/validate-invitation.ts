import type { ValidateInvitationResult } from '@/lib/schemas/invitation';
import { db } from '@/lib/server/db';
import { hit } from '@/lib/server/rate-limit';
import type { RequestMeta } from '@/lib/server/request-meta';
import { findInvitationByToken, type InvitationLookup } from './find-invitation-by-token';
import { inviteValidateLimit } from './invite-limits';

const nothing: ValidateInvitationResult = {
  valid: false,
  expired: false,
  existingUser: false,
  organization: null,
  email: null,
};

/** The public answer for a lookup: only what the link's holder already knows or needs to go on. */
export async function toValidateResult(found: InvitationLookup): Promise<ValidateInvitationResult> {
  if (found.state === 'expired') {
    const { invitation } = found;
    return { ...nothing, expired: true, organization: { name: invitation.organization.name }, email: invitation.email };
  }
  if (found.state !== 'pending') return nothing;
  const { invitation } = found;
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    valid: true,
    expired: false,
    existingUser: user !== null,
    organization: invitation.organization,
    email: invitation.email,
  };
}

/** POST /invitations/validate: always 200, rate-limited per IP. */
export async function validateInvitation(token: string, meta: RequestMeta): Promise<ValidateInvitationResult> {
  if (meta.ip) await hit(inviteValidateLimit(), meta.ip);
  return toValidateResult(await findInvitationByToken(token));
}
