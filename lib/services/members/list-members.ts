import { Prisma } from '@/lib/generated/prisma/client';
import { parseSort } from '@/lib/schemas/list';
import type { ListMembersQuery, MemberList, MemberSortField } from '@/lib/schemas/member';
import { db, queryRows } from '@/lib/server/db';
import { holds, type OrgContext } from '@/lib/server/guard';
import { attributeFilterSql } from '@/lib/services/attributes/member-filters';
import { readMemberAttributes } from '@/lib/services/attributes/member-values';
import { type Cursor, decodeCursor, encodeCursor } from './cursor';
import { ESTIMATE_ONLY_ABOVE, EXACT_COUNT_MAX, planRows, resolveTotal } from './member-count';
import { memberFilters, searchSubquery } from './member-sql';
import { pageQuery, pageStatement, statementName } from './page-query';
import { type MemberRow, toMember } from './to-member';

const { sql, empty, join, raw } = Prisma;

interface Counts {
  total: number | null;
  pending: number | null;
}

interface PageRow {
  user_id: string;
  k: string;
  email: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  phone: string | null;
  country: string | null;
  avatar_key: string | null;
  last_login_at: Date | null;
  last_seen_at: Date | null;
  mfa_enabled: boolean;
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
      mfaEnabled: r.mfa_enabled,
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
  const conditions = [...memberFilters(orgId, query), ...(await attributeFilterSql(orgId, query))];
  const filters = join(conditions, ' AND ');
  const offset = cursor ? 0 : (query.page - 1) * query.pageSize;
  const unfiltered = !query.q && conditions.length === 1;
  const page = pageQuery({
    field: field as MemberSortField,
    desc: direction === 'desc',
    filters,
    hits,
    cursor,
    limit: query.pageSize + 1,
    offset,
    literalBounds: unfiltered,
  });
  const pending = holds(ctx, 'invitations.read')
    ? sql`(SELECT count(*)::int FROM invitations i
        WHERE i.organization_id = ${orgId} AND i.status = 'pending' AND i.expires_at > now())`
    : sql`NULL::int`;
  const matches = sql`SELECT 1 FROM memberships m ${hits} WHERE ${filters}`;
  // Without a search the planner's estimate (planning only) decides whether an exact count is worth
  // it; a search is always counted, as its matches are materialized anyway (docs/decisions/006).
  const estimate = query.q ? null : await planRows(matches);
  const counting = estimate === null || estimate <= ESTIMATE_ONLY_ABOVE;
  const count = sql`(SELECT count(*)::int FROM (${matches} LIMIT ${raw(String(EXACT_COUNT_MAX + 1))}) t)`;
  // A prepared page counts on its own: a count's plan depends on the org's size, the page's does not.
  const countAlone = counting && unfiltered;
  const statement = pageStatement({ withHits, page, pending, count: counting && !countAlone ? count : null });
  const [result, alone] = await Promise.all([
    queryRows<Counts & Partial<PageRow>>(statement, unfiltered ? statementName(statement) : undefined),
    countAlone ? queryRows<{ total: number }>(sql`SELECT ${count} AS total`) : null,
  ]);
  const rows = result.filter((r): r is Counts & PageRow => typeof r.user_id === 'string');
  const more = rows.length > query.pageSize;
  const shown = more ? rows.slice(0, query.pageSize) : rows;
  const last = shown.at(-1);
  const { total, totalIsEstimate } = await resolveTotal(
    {
      counted: alone?.[0]?.total ?? result[0]?.total ?? null,
      estimate,
      shown: shown.length,
      more,
      offset: cursor ? null : offset,
    },
    () => planRows(sql`${withHits} ${matches}`),
  );
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
    nextCursor: more && last ? encodeCursor({ sort: query.sort, key: last.k, userId: last.user_id }) : null,
    pendingInvitations: result[0]?.pending ?? null,
  };
}
