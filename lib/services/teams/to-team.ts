import type { Team } from '@/lib/schemas/team';
import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

export const teamSelect = {
  id: true,
  name: true,
  description: true,
  externalId: true,
  createdAt: true,
  updatedAt: true,
  role: { select: { id: true, key: true, name: true, permissions: true } },
  _count: { select: { members: true } },
} as const;

export interface TeamRow {
  id: string;
  name: string;
  description: string;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
  role: { id: string; key: string; name: string; permissions: string[] } | null;
  _count: { members: number };
}

export function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    role: row.role ? { id: row.role.id, key: row.role.key, name: row.role.name } : null,
    externalId: row.externalId,
    memberCount: row._count.members,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The version a client sends back in If-Match (REST) or reads as SCIM's meta.version. */
export function teamEtag(t: { id: string; updatedAt: string | Date }): string {
  const at = typeof t.updatedAt === 'string' ? Date.parse(t.updatedAt) : t.updatedAt.getTime();
  return `W/"${t.id}.${at}"`;
}

export async function findTeam(tx: Tx, orgId: string, teamId: string): Promise<TeamRow> {
  const row = await tx.team.findFirst({ where: { id: teamId, organizationId: orgId }, select: teamSelect });
  if (!row) throw notFound('Team');
  return row;
}
