import { type BuiltInRoleKey, builtInRoles } from '@/lib/permissions';
import { newId } from '@/lib/server/auth/secrets';
import type { Tx } from '@/lib/server/db';

export interface NewOrg {
  name: string;
  slug: string;
  domain?: string | null;
  industry?: string | null;
  location?: string | null;
  website?: string | null;
}

/** Creates an organization with its built-in roles, inside the caller's transaction. */
export async function createOrgRecord(tx: Tx, input: NewOrg) {
  const org = await tx.organization.create({
    data: {
      id: newId(),
      name: input.name,
      slug: input.slug,
      domain: input.domain ?? null,
      industry: input.industry ?? null,
      location: input.location ?? null,
      website: input.website ?? null,
    },
  });
  const roles = {} as Record<BuiltInRoleKey, { id: string }>;
  for (const [key, def] of Object.entries(builtInRoles) as [BuiltInRoleKey, (typeof builtInRoles)[BuiltInRoleKey]][]) {
    roles[key] = await tx.role.create({
      data: {
        id: newId(),
        organizationId: org.id,
        key,
        name: def.name,
        description: def.description,
        permissions: def.permissions,
        builtIn: true,
      },
      select: { id: true },
    });
  }
  return { org, roles };
}
