import type { Organization } from '@/lib/schemas/organization';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

export const organizationSelect = {
  id: true,
  name: true,
  slug: true,
  domain: true,
  industry: true,
  location: true,
  website: true,
  status: true,
  invitationExpiryDays: true,
  requireMfa: true,
  domainJoin: true,
  domainJoinRoleId: true,
  ssoRequired: true,
  logoKey: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { memberships: true } },
} as const;

type OrganizationRow = {
  id: string;
  name: string;
  slug: string;
  domain: string | null;
  industry: string | null;
  location: string | null;
  website: string | null;
  status: 'active' | 'deactivated';
  invitationExpiryDays: number;
  requireMfa: boolean;
  domainJoin: string;
  domainJoinRoleId: string | null;
  ssoRequired: boolean;
  logoKey: string | null;
  createdAt: Date;
  updatedAt: Date;
  _count: { memberships: number };
};

/** The API shape of an organization. `memberCount` counts every membership, deactivated ones included. */
export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    domain: row.domain,
    industry: row.industry,
    location: row.location,
    website: row.website,
    status: row.status,
    invitationExpiryDays: row.invitationExpiryDays,
    requireMfa: row.requireMfa,
    domainJoin: row.domainJoin as Organization['domainJoin'],
    domainJoinRoleId: row.domainJoinRoleId,
    ssoRequired: row.ssoRequired,
    // Served by GET /organizations/{orgId}/logo (PRODUCT.md) once a logo has been uploaded.
    logoUrl: row.logoKey ? `/api/v1/organizations/${row.id}/logo` : null,
    memberCount: row._count.memberships,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The organization of the context: its profile and settings. */
export async function getOrganization(ctx: OrgContext): Promise<Organization> {
  const row = await db.organization.findUnique({ where: { id: ctx.org.id }, select: organizationSelect });
  if (!row) throw notFound('Organization');
  return toOrganization(row);
}
