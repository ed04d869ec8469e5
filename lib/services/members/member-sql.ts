import { Prisma } from '@/lib/generated/prisma/client';
import type { ListMembersQuery, MemberSortField } from '@/lib/schemas/member';

const { sql, raw } = Prisma;
type Sql = Prisma.Sql;

/** Terms shorter than this have no trigram: they match by prefix instead (docs/decisions/006). */
export const TRIGRAM_MIN = 3;

const likeEscape = (term: string) => term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

/** Ids of the users whose name or e-mail matches `q`: a subquery over users, served by the search indexes. */
export function searchSubquery(q: string): Sql {
  const term = likeEscape(q);
  if ([...q].length >= TRIGRAM_MIN) {
    return sql`SELECT u.id FROM users u
      WHERE lower(u.first_name || ' ' || u.last_name || ' ' || u.email::text) LIKE ${`%${term}%`}`;
  }
  const prefix = `${term}%`;
  return sql`SELECT u.id FROM users u WHERE lower(u.first_name) LIKE ${prefix}
    UNION SELECT u.id FROM users u WHERE lower(u.last_name) LIKE ${prefix}
    UNION SELECT u.id FROM users u WHERE lower(u.email::text) LIKE ${prefix}`;
}

/** The conditions of the query on memberships `m` except the search, attributes and keyset; the org's first. */
export function memberFilters(orgId: string, query: ListMembersQuery): Sql[] {
  const where: Sql[] = [sql`m.organization_id = ${orgId}`];
  if (query.status) where.push(sql`m.status = ${query.status}::"MemberStatus"`);
  if (query.role) {
    where.push(sql`m.role_id = (SELECT r.id FROM roles r WHERE r.organization_id = ${orgId}
      AND (r.id = ${query.role} OR r.key = ${query.role}) LIMIT 1)`);
  }
  if (query.department === 'none') where.push(sql`m.department_id IS NULL`);
  else if (query.department) where.push(sql`m.department_id = ${query.department}`);
  // The copy of users.mfa_enabled on memberships (migration 20261203130000_two_factor): no join per row.
  // A team's members: the team's (team_id, membership_id) primary key gives the ids (docs/decisions/016).
  if (query.team)
    where.push(sql`m.id IN (SELECT tm.membership_id FROM team_members tm WHERE tm.team_id = ${query.team})`);
  if (query.mfa) where.push(query.mfa === 'enabled' ? sql`m.mfa_enabled` : sql`NOT m.mfa_enabled`);
  if (query.joinedAfter) where.push(sql`m.joined_at >= ${query.joinedAfter}`);
  if (query.joinedBefore) where.push(sql`m.joined_at < ${query.joinedBefore}`);
  return where;
}

/** The indexed sort key of each sort. */
export const keyExpr: Record<MemberSortField, { expr: Sql; cast: Sql }> = {
  name: { expr: raw('m.sort_name'), cast: raw('text') },
  email: { expr: raw('m.sort_email'), cast: raw('text') },
  role: { expr: raw('m.sort_role'), cast: raw('text') },
  department: { expr: raw('m.sort_department'), cast: raw('text') },
  joinedAt: { expr: raw('m.joined_at'), cast: raw('timestamptz') },
  lastSeenAt: { expr: raw(`COALESCE(m.last_seen_at, '-infinity'::timestamptz)`), cast: raw('timestamptz') },
};

export function direction(desc: boolean) {
  return { dir: raw(desc ? 'DESC' : 'ASC'), op: raw(desc ? '<' : '>') };
}
