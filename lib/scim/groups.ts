import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { teamEtag } from '@/lib/services/teams/to-team';
import { type Projection, project, wants } from './attributes';
import { scimNotFound } from './errors';
import { filterSql, type Schema } from './filter-sql';
import { LIST_SCHEMA, paging, sortOf, totalOf } from './users';

const { sql, raw, join } = Prisma;
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export const groupSchema: Schema = {
  schemas: { [GROUP_SCHEMA.toLowerCase()]: '' },
  multi: ['members'],
  attrs: {
    id: { type: 'string', expr: raw('t.id'), caseExact: true },
    externalid: { type: 'string', expr: raw('t.external_id'), caseExact: true },
    displayname: { type: 'string', expr: raw('lower(t.name::text)') },
    'members.value': {
      type: 'reference',
      exists: (v) => sql`EXISTS (SELECT 1 FROM team_members tm JOIN memberships mm ON mm.id = tm.membership_id
        WHERE tm.team_id = t.id AND mm.user_id = ${v})`,
      any: raw('SELECT 1 FROM team_members tm WHERE tm.team_id = t.id'),
    },
    'meta.created': { type: 'dateTime', expr: raw('t.created_at') },
    'meta.lastmodified': { type: 'dateTime', expr: raw('t.updated_at') },
  },
};

const groupSorts = { id: raw('t.id'), displayname: raw('lower(t.name::text)'), 'meta.created': raw('t.created_at') };

interface GroupRow {
  id: string;
  name: string;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
}

async function membersOf(teamIds: string[]) {
  const by = new Map<string, { value: string; display: string }[]>();
  if (teamIds.length === 0) return by;
  const rows = await queryRows<{ team_id: string; user_id: string; email: string }>(sql`
    SELECT tm.team_id, m.user_id, u.email::text AS email FROM team_members tm
      JOIN memberships m ON m.id = tm.membership_id JOIN users u ON u.id = m.user_id
     WHERE tm.team_id = ANY(${teamIds}::text[]) AND m.scim_deleted_at IS NULL ORDER BY m.user_id`);
  for (const r of rows) by.set(r.team_id, [...(by.get(r.team_id) ?? []), { value: r.user_id, display: r.email }]);
  return by;
}

export const groupVersion = (r: { id: string; updated_at: Date }) => teamEtag({ id: r.id, updatedAt: r.updated_at });

function toScimGroup(r: GroupRow, members: { value: string; display: string }[] | null, base: string) {
  return {
    schemas: [GROUP_SCHEMA],
    id: r.id,
    ...(r.external_id ? { externalId: r.external_id } : {}),
    displayName: r.name,
    ...(members ? { members: members.map((m) => ({ ...m, type: 'User', $ref: `${base}/Users/${m.value}` })) } : {}),
    meta: {
      resourceType: 'Group',
      created: r.created_at.toISOString(),
      lastModified: r.updated_at.toISOString(),
      location: `${base}/Groups/${r.id}`,
      version: groupVersion(r),
    },
  };
}

const columns = sql`t.id, t.name::text AS name, t.external_id, t.created_at, t.updated_at`;

export async function groupRow(orgId: string, id: string): Promise<GroupRow> {
  const [row] = await queryRows<GroupRow>(
    sql`SELECT ${columns} FROM teams t WHERE t.organization_id = ${orgId} AND t.id = ${id}`,
  );
  if (!row) throw scimNotFound('Group');
  return row;
}

export async function getScimGroup(ctx: OrgContext, id: string, base: string, p: Projection) {
  const row = await groupRow(ctx.org.id, id);
  const members = wants(p, 'members') ? ((await membersOf([id])).get(id) ?? []) : null;
  return { row, resource: project(toScimGroup(row, members, base), p) };
}

export async function listScimGroups(ctx: OrgContext, url: URL, base: string, p: Projection) {
  const filter = url.searchParams.get('filter');
  const where = join(
    [sql`t.organization_id = ${ctx.org.id}`, ...(filter ? [filterSql(groupSchema, filter)] : [])],
    ' AND ',
  );
  const { startIndex, count } = paging(url);
  const rows =
    count === 0
      ? []
      : await queryRows<GroupRow>(sql`SELECT ${columns} FROM teams t WHERE ${where}
          ORDER BY ${sortOf(url, groupSorts, raw('t.id'))} LIMIT ${count} OFFSET ${startIndex - 1}`);
  const total = await totalOf(sql`SELECT 1 FROM teams t WHERE ${where}`, startIndex - 1, rows.length, count);
  const members = wants(p, 'members') ? await membersOf(rows.map((r) => r.id)) : null;
  return {
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex,
    itemsPerPage: rows.length,
    Resources: rows.map((r) => project(toScimGroup(r, members ? (members.get(r.id) ?? []) : null, base), p)),
  };
}
