import type { AcceptInvitationInput, AcceptInvitationResult } from '@/lib/schemas/invitation';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import type { Principal, UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import {
  AppError,
  conflict,
  forbidden,
  invalid,
  isUniqueViolation,
  notFound,
  unauthenticated,
} from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import type { RequestMeta } from '@/lib/server/request-meta';
import { emitEvent } from '@/lib/server/webhooks/events';
import {
  fromStored,
  getAttributeDefinitions,
  type StoredValues,
  saveMemberAttributes,
} from '@/lib/services/attributes/member-values';
import { invitationPayload, memberPayload } from '@/lib/services/webhooks/payloads';
import { type FoundInvitation, findInvitationByToken, type InvitationLookup } from './find-invitation-by-token';
import { hashInviteToken } from './invitation-token';
import { inviteAcceptLimit } from './invite-limits';
import { notifyInviter } from './notify-inviter';

type Person = { id: string; email: string; firstName: string; lastName: string };
type NewUser = { firstName: string; lastName: string; passwordHash: string };

/** Used, revoked and unknown tokens are a 404; an expired one a 422 on `token`. */
function usable(found: InvitationLookup): FoundInvitation {
  if (found.state === 'pending') return found.invitation;
  if (found.state === 'expired') {
    const message = `This invitation has expired. Ask ${found.invitation.organization.name} to send a new one.`;
    throw new AppError('validation_failed', message, { token: [message] });
  }
  throw notFound('Invitation');
}

/** The existing account may accept only while signed in as itself. */
function assertSignedInAs(principal: Principal | null, user: Person): UserPrincipal {
  if (!principal) throw unauthenticated(`An account exists for ${user.email}: sign in as it to accept this invitation`);
  if (principal.kind !== 'user') throw forbidden('API keys cannot accept invitations');
  if (principal.userId !== user.id) {
    throw forbidden(`This invitation is for ${user.email}, but you are signed in as ${principal.email}`);
  }
  return principal;
}

async function newUserFields(input: AcceptInvitationInput, email: string): Promise<NewUser> {
  const fields: Record<string, string[]> = {};
  if (!input.firstName) fields.firstName = ['First name is required'];
  if (!input.lastName) fields.lastName = ['Last name is required'];
  if (!input.password) fields.password = ['Password is required'];
  if (Object.keys(fields).length > 0) throw invalid(fields, 'Choose your name and a password to create your account');
  assertPasswordAllowed(input.password!, email, 'password');
  return { firstName: input.firstName!, lastName: input.lastName!, passwordHash: await hashPassword(input.password!) };
}

/** The newcomer acting on their own behalf, for the audit trail. */
function selfPrincipal(user: Person, meta: RequestMeta): UserPrincipal {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name,
    isSuperadmin: false,
    sessionId: '',
    via: 'bearer',
    meta,
  };
}

/**
 * POST /invitations/accept. A new e-mail sends names and a password and gets an
 * active account; an existing account sends only the token, signed in as
 * itself. Either way the membership gets the invited role, department and
 * inviter, the token dies (the invitation is accepted) and the inviter is told.
 */
export async function acceptInvitation(
  principal: Principal | null,
  input: AcceptInvitationInput,
  meta: RequestMeta,
): Promise<AcceptInvitationResult> {
  if (meta.ip) await hit(inviteAcceptLimit(), meta.ip);
  const invitation = usable(await findInvitationByToken(input.token));
  const existing = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  const actor = existing ? assertSignedInAs(principal, existing) : null;
  const newUser = existing ? null : await newUserFields(input, invitation.email);

  try {
    return await db.$transaction(async (tx) => {
      await claim(tx, invitation, input.token);
      const user = existing ?? (await createUser(tx, invitation.email, newUser!));
      const member = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: invitation.organization.id, userId: user.id } },
        select: { id: true },
      });
      if (member) throw conflict(`You are already a member of ${invitation.organization.name}`);
      await tx.membership.create({
        data: {
          id: newId(),
          organizationId: invitation.organization.id,
          userId: user.id,
          roleId: invitation.roleId,
          departmentId: invitation.departmentId,
          invitedById: invitation.invitedById,
        },
      });
      const saved = await saveInvitedValues(tx, invitation, user.id);
      await notifyInviter(tx, invitation, user);
      await auditAccept(tx, actor ?? selfPrincipal(user, meta), invitation, user, !existing, saved);
      const orgId = invitation.organization.id;
      await emitEvent(tx, orgId, 'invitation.accepted', () => invitationPayload(tx, invitation.id));
      await emitEvent(tx, orgId, 'member.created', () => memberPayload(tx, orgId, user.id));
      return { userId: user.id, organization: invitation.organization, role: invitation.role };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('An account or membership for this e-mail was created meanwhile: sign in and open the link again');
    }
    throw error;
  }
}

/** Marks the invitation accepted, only if it is still pending under this very token: a token works once. */
async function claim(tx: Tx, invitation: FoundInvitation, token: string) {
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, tokenHash: hashInviteToken(token), status: 'pending', expiresAt: { gt: now } },
    data: { status: 'accepted', acceptedAt: now },
  });
  // Revoked, resent, accepted or expired since we looked: answer as if we had looked now.
  if (claimed.count === 0) usable(await findInvitationByToken(token, tx));
  if (claimed.count === 0) throw notFound('Invitation');
}

/** The invitation's attribute values that still apply (attributes may have changed since), saved. */
async function saveInvitedValues(tx: Tx, invitation: FoundInvitation, userId: string) {
  if (!invitation.attributes) return {};
  const defs = await getAttributeDefinitions(invitation.organization.id, tx, { withInactiveValues: true });
  const values = fromStored(defs, invitation.attributes as StoredValues);
  return (await saveMemberAttributes(tx, { orgId: invitation.organization.id, userId, values })).after;
}

async function createUser(tx: Tx, email: string, data: NewUser): Promise<Person> {
  return tx.user.create({
    data: { id: newId(), email, ...data, status: 'active' },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
}

async function auditAccept(
  tx: Tx,
  principal: UserPrincipal,
  invitation: FoundInvitation,
  user: Person,
  created: boolean,
  attributes: Record<string, unknown>,
) {
  const actor = { principal, orgId: invitation.organization.id };
  await audit(tx, actor, {
    action: 'invitation.accept',
    targetType: 'invitation',
    targetId: invitation.id,
    before: { status: 'pending' },
    after: { status: 'accepted', userId: user.id, newUser: created },
  });
  await audit(tx, actor, {
    action: 'member.join',
    targetType: 'user',
    targetId: user.id,
    after: {
      email: user.email,
      role: invitation.role.key,
      department: invitation.department?.name ?? null,
      invitedById: invitation.invitedById,
      via: 'invitation',
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    },
  });
}
