import { Prisma } from '@/lib/generated/prisma/client';
import type { ListMembersQuery, MemberSortField } from '@/lib/schemas/member';
import type { Cursor } from './cursor';
import { direction, keyExpr, roleGroups } from './member-sql';

const { sql, empty } = Prisma;
type Sql = Prisma.Sql;

export interface PageSpec {
  orgId: string;
  query: ListMembersQuery;
  field: MemberSortField;
  desc: boolean;
  filters: Sql;
  /** `JOIN hits h ON h.id = m.user_id` when searching, else empty. */
  hits: Sql;
  cursor: Cursor | null;
  limit: number;
  offset: number;
}

/**
 * The ordered user ids of one page, with each row's sort key (`k`) and group (`g`).
 * Every shape is an index walk that stops after `limit` rows (docs/decisions/006):
 * - name, email, department, joinedAt, lastSeenAt: the (organization_id, key, user_id) index, keyset
 *   as a row comparison (the keys are copies kept on memberships by triggers);
 * - role without a search: for each role (a handful of rows), a lateral walk of the
 *   (organization_id, role_id, user_id) index, then the roles' first rows merged;
 * - while searching, the matches are few: they are joined and sorted directly.
 */
export function pageQuery(spec: PageSpec): Sql {
  const { field, desc, cursor, limit, offset } = spec;
  const { dir, op } = direction(desc);
  if (field !== 'role') {
    const { expr, cast } = keyExpr[field];
    const after = cursor ? sql`AND (${expr}, m.user_id) ${op} (${cursor.key}::${cast}, ${cursor.userId})` : empty;
    return sql`SELECT m.user_id, (${expr})::text AS k, ''::text AS g FROM memberships m ${spec.hits}
      WHERE ${spec.filters} ${after}
      ORDER BY ${expr} ${dir}, m.user_id ${dir} LIMIT ${limit} OFFSET ${offset}`;
  }
  const groups = roleGroups(spec.orgId, spec.query);
  if (spec.query.q) {
    const after = cursor
      ? sql`AND (g.gkey, g.gid, m.user_id) ${op} (${cursor.key}, ${cursor.group}, ${cursor.userId})`
      : empty;
    return sql`SELECT m.user_id, g.gkey::text AS k, g.gid AS g FROM memberships m ${spec.hits}
      JOIN (${groups}) g ON g.gid = m.role_id
      WHERE ${spec.filters} ${after}
      ORDER BY g.gkey ${dir}, g.gid ${dir}, m.user_id ${dir} LIMIT ${limit} OFFSET ${offset}`;
  }
  const reach = offset + limit;
  const fromGroup = cursor ? sql`WHERE (g.gkey, g.gid) ${op}= (${cursor.key}, ${cursor.group})` : empty;
  const afterUser = cursor ? sql`AND (g.gid <> ${cursor.group} OR m.user_id ${op} ${cursor.userId})` : empty;
  const inner = sql`SELECT m.user_id FROM memberships m
      WHERE ${spec.filters} AND m.role_id = g.gid ${afterUser} ORDER BY m.user_id ${dir} LIMIT ${reach}`;
  return sql`SELECT p.user_id, g.gkey::text AS k, g.gid AS g FROM (SELECT * FROM (${groups}) g0) g
      CROSS JOIN LATERAL (${inner}) p ${fromGroup}
      ORDER BY g.gkey ${dir}, g.gid ${dir}, p.user_id ${dir} LIMIT ${limit} OFFSET ${offset}`;
}
