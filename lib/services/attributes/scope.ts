import 'server-only';
import type { Principal } from '@/lib/server/auth/principal';
import type { OrgContext } from '@/lib/server/guard';

/**
 * Where attribute definitions live: an organization's own (orgId), or the platform
 * defaults (orgId null) that superadmins manage and orgs inherit.
 */
export interface AttributeScope {
  orgId: string | null;
  principal: Principal;
}

export const orgScope = (ctx: OrgContext): AttributeScope => ({ orgId: ctx.org.id, principal: ctx.principal });
export const platformScope = (principal: Principal): AttributeScope => ({ orgId: null, principal });
export const actorOf = (scope: AttributeScope) => ({ principal: scope.principal, orgId: scope.orgId });
