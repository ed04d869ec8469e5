import type { Role } from '@/lib/schemas/role';

export const roleSelect = {
  id: true,
  key: true,
  name: true,
  description: true,
  permissions: true,
  builtIn: true,
  updatedAt: true,
  _count: { select: { memberships: true } },
} as const;

export interface RoleRow {
  id: string;
  key: string;
  name: string;
  description: string;
  permissions: string[];
  builtIn: boolean;
  updatedAt: Date;
  _count: { memberships: number };
}

export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    permissions: row.permissions,
    builtIn: row.builtIn,
    memberCount: row._count.memberships,
  };
}

/** What the audit trail records of a role. */
export const roleSnapshot = (r: Pick<RoleRow, 'key' | 'name' | 'description' | 'permissions'>) => ({
  key: r.key,
  name: r.name,
  description: r.description,
  permissions: r.permissions,
});

/** The version a client sends back in If-Match to update a role. */
export function roleEtag(r: { id: string; updatedAt: Date }): string {
  return `"${r.id}.${r.updatedAt.getTime()}"`;
}
