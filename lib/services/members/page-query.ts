import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberSortField } from '@/lib/schemas/member';
import type { Cursor } from './cursor';
import { direction, keyExpr } from './member-sql';

const { sql, empty, raw } = Prisma;
type Sql = Prisma.Sql;

export interface PageSpec {
  field: MemberSortField;
  desc: boolean;
  filters: Sql;
  /** `JOIN hits h ON h.id = m.user_id` when searching, else empty. */
  hits: Sql;
  cursor: Cursor | null;
  limit: number;
  offset: number;
  /**
   * Write LIMIT and a zero OFFSET into the text instead of as parameters, so that a prepared
   * statement's generic plan knows it reads a page, not a tenth of the table (list-members.ts).
   */
  literalBounds?: boolean;
}

/**
 * The memberships of one page, in order, with each row's sort key (`k`). Every sort is a walk of
 * the (organization_id, key, user_id) index that stops after `limit` rows, the keyset a row
 * comparison on it (the keys are copies kept on memberships by triggers; docs/decisions/006).
 * The membership's own columns come along, so the page needs no second look at memberships.
 */
function bounds({ limit, offset, literalBounds }: PageSpec): Sql {
  if (literalBounds && offset === 0 && Number.isInteger(limit)) return raw(`LIMIT ${limit} OFFSET 0`);
  return sql`LIMIT ${limit} OFFSET ${offset}`;
}

export function pageQuery(spec: PageSpec): Sql {
  const { dir, op } = direction(spec.desc);
  const { expr, cast } = keyExpr[spec.field];
  const after = spec.cursor
    ? sql`AND (${expr}, m.user_id) ${op} (${spec.cursor.key}::${cast}, ${spec.cursor.userId})`
    : empty;
  return sql`SELECT m.user_id, (${expr})::text AS k, m.status, m.joined_at, m.role_id, m.department_id,
      m.invited_by_id FROM memberships m ${spec.hits}
    WHERE ${spec.filters} ${after}
    ORDER BY ${expr} ${dir}, m.user_id ${dir} ${bounds(spec)}`;
}

/**
 * The page's memberships with their users, roles, departments and inviters, the exact count when
 * given and the pending invitations, in one statement; the counts row stays when the page is empty.
 */
export function pageStatement(parts: { withHits: Sql; page: Sql; pending: Sql; count: Sql | null }): Sql {
  return sql`${parts.withHits}
    SELECT c.total, c.pending, p.* FROM (SELECT ${parts.count ?? raw('NULL::int')} AS total, ${parts.pending} AS pending) c
    LEFT JOIN LATERAL (
      SELECT p.user_id, p.k, p.ord, u.email::text AS email, u.first_name, u.last_name, u.job_title, u.phone,
        u.country, u.avatar_key, u.last_login_at, u.last_seen_at, u.mfa_enabled, p.status::text AS status, p.joined_at,
        r.id AS role_id, r.key AS role_key, r.name AS role_name, d.id AS department_id,
        d.name::text AS department_name, i.id AS inviter_id, i.email::text AS inviter_email,
        i.first_name AS inviter_first_name, i.last_name AS inviter_last_name
      FROM (SELECT x.*, row_number() OVER () AS ord FROM (${parts.page}) x) p
      JOIN users u ON u.id = p.user_id
      JOIN roles r ON r.id = p.role_id
      LEFT JOIN departments d ON d.id = p.department_id
      LEFT JOIN users i ON i.id = p.invited_by_id
    ) p ON true
    ORDER BY p.ord`;
}

const NAMED_MAX = 256;
const named = new Set<string>();

/**
 * An unfiltered page (first page, any sort, keyset pages; LIMIT written into the text) is a walk of
 * the sort index whatever the org, so it runs as a prepared statement whose generic plan PostgreSQL
 * keeps: no parsing or planning per request (docs/decisions/009). Filtered pages are planned for
 * their values each time. Few texts qualify (sort × page size × cursor × pending); past NAMED_MAX,
 * unnamed.
 */
export function statementName(statement: Sql): string | undefined {
  const name = `members-page-${createHash('sha1').update(statement.text).digest('hex').slice(0, 16)}`;
  if (!named.has(name) && named.size >= NAMED_MAX) return undefined;
  named.add(name);
  return name;
}
