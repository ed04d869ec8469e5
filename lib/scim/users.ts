import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { ESTIMATE_ONLY_ABOVE, planRows } from '@/lib/services/members/member-count';
import { type Projection, project, wants } from './attributes';
import { invalidPath, invalidValue, scimNotFound } from './errors';
import { parsePath } from './filter';
import { filterSql } from './filter-sql';
import { ENTERPRISE_SCHEMA, USER_SCHEMA, userSchema, userSorts } from './user-schema';

const { sql, raw, join, empty } = Prisma;
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const MAX_COUNT = 200;

export interface UserRow {
  id: string;
  user_id: string;
  external_id: string | null;
  status: string;
  joined_at: Date;
  modified: Date;
  email: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  phone: string | null;
  department: string | null;
}

const columns = sql`m.id, m.user_id, m.external_id, m.status::text AS status, m.joined_at,
  GREATEST(m.updated_at, u.updated_at) AS modified, u.email::text AS email, u.first_name, u.last_name,
  u.job_title, u.phone, (SELECT d.name::text FROM departments d WHERE d.id = m.department_id) AS department`;

export const userVersion = (r: { user_id: string; modified: Date }) => `W/"${r.user_id}.${r.modified.getTime()}"`;

export function toScimUser(r: UserRow, groups: { value: string; display: string }[] | null, base: string) {
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: r.user_id,
    ...(r.external_id ? { externalId: r.external_id } : {}),
    userName: r.email,
    name: { givenName: r.first_name, familyName: r.last_name, formatted: `${r.first_name} ${r.last_name}`.trim() },
    displayName: `${r.first_name} ${r.last_name}`.trim(),
    ...(r.job_title ? { title: r.job_title } : {}),
    emails: [{ value: r.email, type: 'work', primary: true }],
    ...(r.phone ? { phoneNumbers: [{ value: r.phone, type: 'work' }] } : {}),
    active: r.status === 'active',
    ...(groups ? { groups: groups.map((g) => ({ ...g, $ref: `${base}/Groups/${g.value}` })) } : {}),
    [ENTERPRISE_SCHEMA]: r.department ? { department: r.department } : {},
    meta: {
      resourceType: 'User',
      created: r.joined_at.toISOString(),
      lastModified: r.modified.toISOString(),
      location: `${base}/Users/${r.user_id}`,
      version: userVersion(r),
    },
  };
}

async function groupsOf(membershipIds: string[]) {
  const by = new Map<string, { value: string; display: string }[]>();
  if (membershipIds.length === 0) return by;
  const rows = await queryRows<{ membership_id: string; id: string; name: string }>(sql`
    SELECT tm.membership_id, t.id, t.name::text AS name FROM team_members tm JOIN teams t ON t.id = tm.team_id
     WHERE tm.membership_id = ANY(${membershipIds}::text[]) ORDER BY t.name`);
  for (const r of rows) by.set(r.membership_id, [...(by.get(r.membership_id) ?? []), { value: r.id, display: r.name }]);
  return by;
}

export async function userRow(orgId: string, userId: string): Promise<UserRow> {
  const [row] = await queryRows<UserRow>(sql`SELECT ${columns} FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organization_id = ${orgId} AND m.user_id = ${userId} AND m.scim_deleted_at IS NULL`);
  if (!row) throw scimNotFound('User');
  return row;
}

export async function getScimUser(ctx: OrgContext, userId: string, base: string, p: Projection) {
  const row = await userRow(ctx.org.id, userId);
  const groups = wants(p, 'groups') ? ((await groupsOf([row.id])).get(row.id) ?? []) : null;
  return { row, resource: project(toScimUser(row, groups, base), p) };
}

function int(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw invalidValue(`${name} must be an integer`);
  return n;
}

export function paging(url: URL) {
  // RFC 7644 §3.4.2.4: startIndex below 1 means 1, a negative count means 0.
  const startIndex = Math.max(1, int(url, 'startIndex', 1));
  const count = Math.min(MAX_COUNT, Math.max(0, int(url, 'count', 100)));
  return { startIndex, count };
}

export function sortOf(url: URL, sorts: Record<string, Prisma.Sql>, tiebreak: Prisma.Sql) {
  const by = url.searchParams.get('sortBy');
  const order = (url.searchParams.get('sortOrder') ?? 'ascending').toLowerCase();
  if (!['ascending', 'descending'].includes(order)) throw invalidValue('sortOrder must be ascending or descending');
  const dir = raw(order === 'descending' ? 'DESC' : 'ASC');
  if (!by) return sql`${tiebreak} ${dir}`;
  const path = parsePath(by);
  const key = path.sub ? `${path.attr}.${path.sub}` : path.attr;
  const expr = sorts[key];
  if (!expr) throw invalidPath(`Sorting by '${by}' is not supported; use one of ${Object.keys(sorts).join(', ')}`);
  return sql`${expr} ${dir}, ${tiebreak} ${dir}`;
}

/**
 * The total for a list: counted exactly when the planner expects up to 20,000 matches, else the
 * planner's estimate (docs/decisions/016; decision 006 measured why counting a million rows is not
 * done per request). A page that is the last one knows its total exactly.
 */
export async function totalOf(matches: Prisma.Sql, offset: number, shown: number, count: number) {
  if (count > 0 && shown < count && (shown > 0 || offset === 0)) return offset + shown;
  const estimate = await planRows(matches);
  if (estimate > ESTIMATE_ONLY_ABOVE) return Math.max(estimate, offset + shown + 1);
  const [row] = await queryRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM (${matches}) t`);
  return row?.n ?? 0;
}

export async function listScimUsers(ctx: OrgContext, url: URL, base: string, p: Projection) {
  const filter = url.searchParams.get('filter');
  const where = join(
    [
      sql`m.organization_id = ${ctx.org.id} AND m.scim_deleted_at IS NULL`,
      ...(filter ? [filterSql(userSchema, filter)] : []),
    ],
    ' AND ',
  );
  const { startIndex, count } = paging(url);
  const order = sortOf(url, userSorts, raw('m.user_id'));
  const needsUser = filter ? sql`JOIN users u ON u.id = m.user_id` : empty;
  const rows =
    count === 0
      ? []
      : await queryRows<UserRow>(sql`SELECT ${columns} FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE ${where} ORDER BY ${order} LIMIT ${count} OFFSET ${startIndex - 1}`);
  const total = await totalOf(
    sql`SELECT 1 FROM memberships m ${needsUser} WHERE ${where}`,
    startIndex - 1,
    rows.length,
    count || 1,
  );
  const groups = wants(p, 'groups') ? await groupsOf(rows.map((r) => r.id)) : null;
  return {
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex,
    itemsPerPage: rows.length,
    Resources: rows.map((r) => project(toScimUser(r, groups ? (groups.get(r.id) ?? []) : null, base), p)),
  };
}
