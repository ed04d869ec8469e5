import { Prisma } from '@/lib/generated/prisma/client';
import { parseSort } from '@/lib/schemas/list';
import type { ListMembersQuery, MemberList, MemberSortField } from '@/lib/schemas/member';
import { db } from '@/lib/server/db';
import { can, type OrgContext } from '@/lib/server/guard';
import { attributeFilterSql } from '@/lib/services/attributes/member-filters';
import { readMemberAttributes } from '@/lib/services/attributes/member-values';
import { type Cursor, decodeCursor, encodeCursor } from './cursor';
import { memberFilters, searchSubquery } from './member-sql';
import { pageQuery } from './page-query';
import { type MemberRow, toMember } from './to-member';

const { sql, empty, join } = Prisma;

/** Up to this many matches are counted exactly; beyond, the planner's estimate is returned (totalIsEstimate). */
export const EXACT_COUNT_MAX = 10_000;

interface PageRow {
  user_id: string;
  k: string;
  g: string;
  email: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  phone: string | null;
  country: string | null;
  avatar_key: string | null;
  last_login_at: Date | null;
  last_seen_at: Date | null;
  status: 'active' | 'deactivated';
  joined_at: Date;
  role_id: string;
  role_key: string;
  role_name: string;
  department_id: string | null;
  department_name: string | null;
  inviter_id: string | null;
  inviter_email: string | null;
  inviter_first_name: string | null;
  inviter_last_name: string | null;
}

function toRow(r: PageRow): MemberRow {
  return {
    userId: r.user_id,
    status: r.status,
    joinedAt: r.joined_at,
    user: {
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      jobTitle: r.job_title,
      phone: r.phone,
      country: r.country,
      avatarKey: r.avatar_key,
      lastLoginAt: r.last_login_at,
      lastSeenAt: r.last_seen_at,
    },
    role: { id: r.role_id, key: r.role_key, name: r.role_name },
    department: r.department_id ? { id: r.department_id, name: r.department_name ?? '' } : null,
    invitedBy: r.inviter_id
      ? {
          id: r.inviter_id,
          email: r.inviter_email ?? '',
          firstName: r.inviter_first_name ?? '',
          lastName: r.inviter_last_name ?? '',
        }
      : null,
  };
}

/**
 * GET …/members: search, filters, six sorts both ways, offset pages and keyset
 * cursors. Hand-written SQL so that every page is an index walk (docs/decisions/006).
 */
export async function listMembers(ctx: OrgContext, query: ListMembersQuery): Promise<MemberList> {
  const { field, direction } = parseSort(query.sort);
  const cursor: Cursor | null = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const orgId = ctx.org.id;
  const withHits = query.q ? sql`WITH hits AS MATERIALIZED (${searchSubquery(query.q)})` : empty;
  const hits = query.q ? sql`JOIN hits h ON h.id = m.user_id` : empty;
  const filters = join([memberFilters(orgId, query), ...(await attributeFilterSql(orgId, query))], ' AND ');
  const page = pageQuery({
    orgId,
    query,
    field: field as MemberSortField,
    desc: direction === 'desc',
    filters,
    hits,
    cursor,
    limit: query.pageSize + 1,
    offset: cursor ? 0 : (query.page - 1) * query.pageSize,
  });
  const pending = can(ctx, 'invitations.read')
    ? sql`(SELECT count(*)::int FROM invitations i
        WHERE i.organization_id = ${orgId} AND i.status = 'pending' AND i.expires_at > now())`
    : sql`NULL::int`;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<PageRow[]>`${withHits}
      SELECT p.user_id, p.k, p.g, p.ord, u.email::text AS email, u.first_name, u.last_name, u.job_title, u.phone,
        u.country, u.avatar_key, u.last_login_at, u.last_seen_at, m.status::text AS status, m.joined_at,
        r.id AS role_id, r.key AS role_key, r.name AS role_name, d.id AS department_id,
        d.name::text AS department_name, i.id AS inviter_id, i.email::text AS inviter_email,
        i.first_name AS inviter_first_name, i.last_name AS inviter_last_name
      FROM (SELECT x.*, row_number() OVER () AS ord FROM (${page}) x) p
      JOIN memberships m ON m.organization_id = ${orgId} AND m.user_id = p.user_id
      JOIN users u ON u.id = m.user_id
      JOIN roles r ON r.id = m.role_id
      LEFT JOIN departments d ON d.id = m.department_id
      LEFT JOIN users i ON i.id = m.invited_by_id
      ORDER BY p.ord`,
    db.$queryRaw<{ total: number; pending: number | null }[]>`${withHits}
      SELECT (SELECT count(*)::int FROM (SELECT 1 FROM memberships m ${hits} WHERE ${filters}
        LIMIT ${EXACT_COUNT_MAX + 1}) t) AS total, ${pending} AS pending`,
  ]);
  let total = counts[0]?.total ?? 0;
  let totalIsEstimate = false;
  if (total > EXACT_COUNT_MAX) {
    const plan = await db.$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`EXPLAIN (FORMAT JSON)
      ${withHits} SELECT 1 FROM memberships m ${hits} WHERE ${filters}`;
    total = Math.max(Math.round(plan[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0), EXACT_COUNT_MAX + 1);
    totalIsEstimate = true;
  }
  const more = rows.length > query.pageSize;
  const shown = more ? rows.slice(0, query.pageSize) : rows;
  const last = shown.at(-1);
  const values =
    query.include === 'attributes'
      ? await readMemberAttributes(
          db,
          orgId,
          shown.map((r) => r.user_id),
        )
      : null;
  return {
    data: shown.map((r) => {
      const member = toMember(toRow(r));
      return values ? { ...member, attributes: values.get(r.user_id) ?? {} } : member;
    }),
    page: cursor ? 0 : query.page,
    pageSize: query.pageSize,
    total,
    totalPages: Math.ceil(total / query.pageSize),
    totalIsEstimate,
    nextCursor:
      more && last ? encodeCursor({ sort: query.sort, key: last.k, group: last.g, userId: last.user_id }) : null,
    pendingInvitations: counts[0]?.pending ?? null,
  };
}
