import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { createInvitation } from '@/lib/services/invitations/create-invitation';
import { revokeInvitation } from '@/lib/services/invitations/revoke-invitation';
import { statusWhere } from '@/lib/services/invitations/to-invitation';
import { type Projection, project } from './attributes';
import { conflictAsUniqueness, isScimNotFound, scimNotFound } from './errors';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './user-schema';
import type { UserState } from './user-state';
import { getScimUser, type UserRow, userVersion } from './users';

/**
 * The connection's "invite" mode (docs/decisions/016): POST /Users invites instead of adding, so
 * nobody joins without accepting. Until then the SCIM User is the pending invitation: its id is the
 * invitation's, `active` is false; after acceptance the person is the member, with their user id.
 */
export async function inviteScimUser(
  ctx: OrgContext,
  state: UserState,
  input: { firstName: string; lastName: string; departmentId: string | null },
): Promise<string> {
  const role = await db.role.findFirstOrThrow({
    where: { organizationId: ctx.org.id, key: 'member', builtIn: true },
    select: { id: true },
  });
  const invitation = await createInvitation(ctx, {
    email: state.username,
    roleId: role.id,
    departmentId: input.departmentId ?? undefined,
    firstName: input.firstName,
    lastName: input.lastName,
    message: undefined,
  }).catch(conflictAsUniqueness());
  return invitation.id;
}

async function pendingInvitation(orgId: string, id: string) {
  return db.invitation.findFirst({
    where: { id, organizationId: orgId, ...statusWhere('pending') },
    select: { id: true, email: true, firstName: true, lastName: true, createdAt: true, updatedAt: true },
  });
}

export const invitedVersion = (r: { id: string; updatedAt: Date }) => `W/"${r.id}.${r.updatedAt.getTime()}"`;

/** A pending invitation as a SCIM User (inactive), or null when `id` is none of this org's. */
export async function invitedScimUser(orgId: string, id: string, base: string) {
  const row = await pendingInvitation(orgId, id);
  if (!row) return null;
  const [givenName, familyName] = [row.firstName ?? '', row.lastName ?? ''];
  return {
    version: invitedVersion(row),
    resource: {
      schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
      id: row.id,
      userName: row.email,
      name: { givenName, familyName, formatted: `${givenName} ${familyName}`.trim() },
      displayName: `${givenName} ${familyName}`.trim(),
      emails: [{ value: row.email, type: 'work', primary: true }],
      active: false,
      meta: {
        resourceType: 'User',
        created: row.createdAt.toISOString(),
        lastModified: row.updatedAt.toISOString(),
        location: `${base}/Users/${row.id}`,
        version: invitedVersion(row),
      },
    },
  };
}

/** DELETE of a pending invitee revokes the invitation; anything else is 404. */
export async function revokeScimInvitation(ctx: OrgContext, id: string): Promise<void> {
  if (!(await pendingInvitation(ctx.org.id, id))) throw scimNotFound('User');
  await revokeInvitation(ctx, id);
}

type Read = { row: UserRow | { version: string }; resource: Record<string, unknown> };

/** GET /Users/{id}: the member, else the pending invitation with that id (invite mode), else 404. */
export async function getScimUserOrInvitee(ctx: OrgContext, id: string, base: string, p: Projection): Promise<Read> {
  try {
    return await getScimUser(ctx, id, base, p);
  } catch (error) {
    const invited = isScimNotFound(error) ? await invitedScimUser(ctx.org.id, id, base) : null;
    if (!invited) throw error;
    return { row: { version: invited.version }, resource: project(invited.resource, p) };
  }
}

export const anyUserVersion = (row: Read['row']) => ('version' in row ? row.version : userVersion(row));
