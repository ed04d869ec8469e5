import type { Tx } from '@/lib/server/db';
import { conflict, forbidden, invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { assertCanAssignRole } from '@/lib/services/members/role-rules';

/**
 * docs/decisions/016: a team's role adds its permissions to every member of the team.
 * The owner role cannot be a team's (ownership stays personal), and whoever sets the
 * role, or changes who is in a team that has one, must hold all of its permissions, as
 * if they assigned it one person at a time. The SCIM connection is the exception for
 * membership: the identity provider decides who is in which group, within the role an
 * administrator gave the team.
 */
export const isProvisioner = (ctx: OrgContext) =>
  ctx.principal.kind === 'apiKey' && ctx.principal.permissions.includes('scim.provision');

export async function findTeamRole(tx: Tx, ctx: OrgContext, roleId: string | null | undefined) {
  if (!roleId) return null;
  const role = await tx.role.findFirst({
    where: { id: roleId, organizationId: ctx.org.id },
    select: { id: true, key: true, name: true, permissions: true },
  });
  if (!role) throw invalid({ roleId: ['Choose a role of this organization'] });
  if (role.key === 'owner') throw invalid({ roleId: ['Ownership is personal: the owner role cannot be a team role'] });
  assertCanAssignRole(ctx, role);
  return role;
}

/** Changing who is in a team with a role hands out or takes away that role's permissions. */
export function assertCanChangeMembers(
  ctx: OrgContext,
  team: { role: { key: string; name: string; permissions: string[] } | null },
) {
  if (!team.role || isProvisioner(ctx)) return;
  try {
    assertCanAssignRole(ctx, team.role);
  } catch {
    throw forbidden(`This team gives the ${team.role.name} role, which has permissions you do not hold`);
  }
}

export const duplicateTeamName = () =>
  conflict('A team with this name already exists', { name: ['A team with this name already exists'] });
