import type { Import } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';

export type Kind = 'role_missing' | 'member_active' | 'member_deactivated' | 'invited' | 'add' | 'invite';

/** What a person's e-mail needs when it must be rendered in JavaScript (see CompiledTemplate.needsFullRender). */
export interface Person {
  email: string;
  firstName: string | null;
  lastName: string | null;
  roleName: string | null;
  userFirstName: string | null;
  userLastName: string | null;
}

export interface Classified {
  row: number;
  kind: Kind;
  /** A pending invitation past its expiry, which the new one replaces. */
  expiredId: string | null;
  /** Only for rows whose e-mail is rendered in JavaScript; the others never leave the database. */
  person: Person | null;
  /** The row carries attribute values. */
  hasAttributes: boolean;
  /** The required attribute keys the row has no value for (only when some are required). */
  missing: string[] | null;
}

/**
 * Locks the next pending rows after `cursor` (SKIP LOCKED: concurrent batches
 * never share a row) and says for each what the database already knows of its
 * e-mail: a member already, an invitation pending, an existing user, or nobody.
 */
export function classifyBatch(
  tx: Tx,
  imp: Import,
  cursor: number,
  size: number,
  renderAllInJs: boolean,
  requiredKeys: string[] = [],
) {
  return tx.$queryRaw<Classified[]>`
    WITH r AS MATERIALIZED (
      SELECT row_number, email, role_id, first_name, last_name, attributes FROM import_rows
       WHERE import_id = ${imp.id} AND row_number > ${cursor} AND status = 'pending'
       ORDER BY row_number
       LIMIT ${size}
         FOR UPDATE SKIP LOCKED)
    SELECT r.row_number AS "row",
           CASE WHEN ro.id IS NULL THEN 'role_missing'
                WHEN m.status IS NOT NULL THEN 'member_' || m.status::text
                WHEN i.expires_at > now() THEN 'invited'
                WHEN u.id IS NOT NULL THEN 'add'
                ELSE 'invite' END AS kind,
           CASE WHEN i.expires_at <= now() THEN i.id END AS "expiredId",
           CASE WHEN ${renderAllInJs}
                  OR concat_ws(' ', r.email, r.first_name, r.last_name, ro.name, u.first_name, u.last_name) ~* 'https?://'
                THEN json_build_object('email', r.email::text, 'firstName', r.first_name, 'lastName', r.last_name,
                                       'roleName', ro.name, 'userFirstName', u.first_name, 'userLastName', u.last_name)
           END AS person,
           (r.attributes IS NOT NULL) AS "hasAttributes",
           CASE WHEN cardinality(${requiredKeys}::text[]) > 0
                THEN ARRAY(SELECT k FROM unnest(${requiredKeys}::text[]) AS k
                            WHERE r.attributes IS NULL OR NOT r.attributes ? k) END AS missing
      FROM r
      LEFT JOIN roles ro ON ro.id = r.role_id AND ro.organization_id = ${imp.organizationId}
      LEFT JOIN users u ON u.email = r.email
      LEFT JOIN memberships m ON m.organization_id = ${imp.organizationId} AND m.user_id = u.id
      LEFT JOIN invitations i ON i.organization_id = ${imp.organizationId} AND i.email = r.email AND i.status = 'pending'
     ORDER BY r.row_number`;
}
