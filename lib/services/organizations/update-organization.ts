import type { Organization, UpdateOrganizationInput } from '@/lib/schemas/organization';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict, forbidden, invalid, notFound } from '@/lib/server/errors';
import { holds, type OrgContext } from '@/lib/server/guard';
import { emitEvent } from '@/lib/server/webhooks/events';
import { organizationSelect, toOrganization } from './get-organization';

const editable = [
  'name',
  'domain',
  'industry',
  'location',
  'website',
  'invitationExpiryDays',
  'requireMfa',
  'domainJoin',
  'domainJoinRoleId',
  'ssoRequired',
] as const;
type Editable = (typeof editable)[number];

/** A role of this org other than the owner's; another org's role reads as unknown. */
async function assertJoinRole(orgId: string, roleId: string): Promise<void> {
  const role = await db.role.findFirst({
    where: { id: roleId, organizationId: orgId },
    select: { key: true, builtIn: true },
  });
  if (!role) throw invalid({ domainJoinRoleId: ['Choose one of the roles of this organization'] });
  if (role.builtIn && role.key === 'owner') {
    throw invalid({ domainJoinRoleId: ['People joining by domain cannot become owners: choose another role'] });
  }
}

/** Whoever turns single sign-on on needs a way in for the people it applies to. */
async function assertSsoConnection(orgId: string): Promise<void> {
  const connection = await db.ssoConnection.findFirst({
    where: { organizationId: orgId, enabled: true },
    select: { id: true },
  });
  if (!connection)
    throw conflict('Set up and enable a single sign-on connection first (Settings, Single sign-on), then require it');
}

/**
 * Changes the organization's profile and settings. Only the fields present in
 * `input` change; the audit entry records those fields before and after.
 */
export async function updateOrganization(ctx: OrgContext, input: UpdateOrganizationInput): Promise<Organization> {
  const keys = editable.filter((key) => input[key] !== undefined);
  // A security policy, not part of the profile: it needs settings.manage on top of org.update.
  if (input.requireMfa !== undefined && !holds(ctx, 'settings.manage')) {
    throw forbidden('Requiring two-factor authentication needs the settings.manage permission');
  }
  // Whoever turns the policy on would be shut out at once without a factor of their own.
  if (input.requireMfa && ctx.principal.kind === 'user' && !ctx.principal.mfaEnabled) {
    throw conflict('Set up two-factor authentication for yourself first (your account, Security), then require it');
  }
  if ((input.domainJoin !== undefined || input.domainJoinRoleId !== undefined) && !holds(ctx, 'domains.manage')) {
    throw forbidden('Joining by domain needs the domains.manage permission');
  }
  if (input.ssoRequired !== undefined && !holds(ctx, 'sso.manage')) {
    throw forbidden('Requiring single sign-on needs the sso.manage permission');
  }
  if (input.domainJoinRoleId) await assertJoinRole(ctx.org.id, input.domainJoinRoleId);
  if (input.ssoRequired) await assertSsoConnection(ctx.org.id);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: ctx.org.id }, select: organizationSelect });
    if (!before) throw notFound('Organization');
    const changed = keys.filter((key) => input[key] !== before[key]);
    if (changed.length === 0) return toOrganization(before);
    // Prisma leaves undefined fields alone.
    const only = <K extends Editable>(key: K) => (changed.includes(key) ? input[key] : undefined);
    const after = await tx.organization.update({
      where: { id: ctx.org.id },
      data: {
        name: only('name'),
        domain: only('domain'),
        industry: only('industry'),
        location: only('location'),
        website: only('website'),
        invitationExpiryDays: only('invitationExpiryDays'),
        requireMfa: only('requireMfa'),
        domainJoin: only('domainJoin'),
        domainJoinRoleId: only('domainJoinRoleId'),
        ssoRequired: only('ssoRequired'),
      },
      select: organizationSelect,
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'org.update',
        targetType: 'organization',
        targetId: ctx.org.id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      },
    );
    await emitEvent(tx, ctx.org.id, 'organization.updated', toOrganization(after));
    return toOrganization(after);
  });
}
