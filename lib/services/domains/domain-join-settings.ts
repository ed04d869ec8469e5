import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

export interface DomainJoinSettingsView {
  domainJoin: 'off' | 'suggest' | 'auto';
  domainJoinRoleId: string | null;
  ssoRequired: boolean;
  /** The roles people joining by domain may get: every role of the org but the owner's. */
  roles: { id: string; name: string }[];
  hasEnabledSso: boolean;
}

/** What Settings › Domains shows of joining by domain and requiring single sign-on. */
export async function getDomainJoinSettings(ctx: OrgContext): Promise<DomainJoinSettingsView> {
  const [org, roles, sso] = await Promise.all([
    db.organization.findUnique({
      where: { id: ctx.org.id },
      select: { domainJoin: true, domainJoinRoleId: true, ssoRequired: true },
    }),
    db.role.findMany({
      where: { organizationId: ctx.org.id, NOT: { key: 'owner', builtIn: true } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    db.ssoConnection.findFirst({ where: { organizationId: ctx.org.id, enabled: true }, select: { id: true } }),
  ]);
  if (!org) throw notFound('Organization');
  return {
    domainJoin: org.domainJoin as DomainJoinSettingsView['domainJoin'],
    domainJoinRoleId: org.domainJoinRoleId,
    ssoRequired: org.ssoRequired,
    roles,
    hasEnabledSso: sso !== null,
  };
}
