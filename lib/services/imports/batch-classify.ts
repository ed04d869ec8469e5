import type { Import } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import type { Invitee } from './import-mail';

export type Kind = 'role_missing' | 'member_active' | 'member_deactivated' | 'invited' | 'invite';

export interface Classified {
  row: number;
  kind: Kind;
  /** A pending invitation past its expiry, which the new one replaces. */
  expiredId: string | null;
  /** What the invitation e-mail says of the person (from the file, never from an account). */
  person: Invitee;
}

/**
 * Locks the next pending rows after `cursor` (SKIP LOCKED: concurrent batches
 * never share a row) and says for each what the database already knows of its
 * e-mail: a member already, an invitation pending, or someone to invite. Whether
 * the e-mail has an account elsewhere makes no difference: everyone is invited.
 */
export function classifyBatch(tx: Tx, imp: Import, cursor: number, size: number) {
  return tx.$queryRaw<Classified[]>`
    WITH r AS MATERIALIZED (
      SELECT row_number, email, role_id, first_name, last_name FROM import_rows
       WHERE import_id = ${imp.id} AND row_number > ${cursor} AND status = 'pending'
       ORDER BY row_number
       LIMIT ${size}
         FOR UPDATE SKIP LOCKED)
    SELECT r.row_number AS "row",
           CASE WHEN ro.id IS NULL THEN 'role_missing'
                WHEN m.status IS NOT NULL THEN 'member_' || m.status::text
                WHEN i.expires_at > now() THEN 'invited'
                ELSE 'invite' END AS kind,
           CASE WHEN i.expires_at <= now() THEN i.id END AS "expiredId",
           json_build_object('email', r.email::text, 'firstName', r.first_name, 'lastName', r.last_name,
                             'roleName', ro.name) AS person
      FROM r
      LEFT JOIN roles ro ON ro.id = r.role_id AND ro.organization_id = ${imp.organizationId}
      LEFT JOIN users u ON u.email = r.email
      LEFT JOIN memberships m ON m.organization_id = ${imp.organizationId} AND m.user_id = u.id
      LEFT JOIN invitations i ON i.organization_id = ${imp.organizationId} AND i.email = r.email AND i.status = 'pending'
     ORDER BY r.row_number`;
}
