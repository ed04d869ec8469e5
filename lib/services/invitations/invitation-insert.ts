import { Prisma } from '@/lib/generated/prisma/client';
import { invitationExpiry } from './invitation-token';

/**
 * The one INSERT of invitations, set-based, for single invites and bulk imports alike, so
 * that both store the same columns the same way: pending, the sha256 of the token (the token
 * itself goes only into the mail), the org's expiry and the inviter.
 *
 * `rows` is a relation named `t` with the columns email, first_name, last_name, role_id,
 * department_id, token, attributes (jsonb) and message. With `skipPending`, a row whose address
 * already has a pending invitation is skipped instead of failing the statement.
 * Yields `id` and `email` of each invitation written, for a CTE or RETURNING.
 */
export function invitationInsert(
  org: { id: string; invitationExpiryDays?: number | null },
  invitedById: string | null,
  rows: Prisma.Sql,
  skipPending = false,
): Prisma.Sql {
  const conflict = skipPending
    ? Prisma.sql`ON CONFLICT (organization_id, email) WHERE status = 'pending' DO NOTHING`
    : Prisma.empty;
  return Prisma.sql`
    INSERT INTO invitations (id, organization_id, email, role_id, department_id, first_name, last_name, message,
                             token_hash, status, invited_by_id, expires_at, created_at, updated_at, attributes)
    SELECT gen_random_uuid()::text, ${org.id}, t.email, t.role_id, t.department_id, t.first_name, t.last_name,
           t.message, encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), 'pending', ${invitedById},
           ${invitationExpiry(org)}, now(), now(), t.attributes
      FROM ${rows}
    ${conflict}
    RETURNING id, email::text AS email`;
}

/** One invitee as the relation `t` of invitationInsert. */
export function oneInvitee(row: {
  email: string;
  firstName: string | null;
  lastName: string | null;
  roleId: string;
  departmentId: string | null;
  token: string;
  attributes: Prisma.InputJsonValue | null;
  message: string | null;
}): Prisma.Sql {
  return Prisma.sql`(VALUES (${row.email}::text, ${row.firstName}::text, ${row.lastName}::text, ${row.roleId}::text,
                             ${row.departmentId}::text, ${row.token}::text,
                             ${row.attributes === null ? null : JSON.stringify(row.attributes)}::jsonb,
                             ${row.message}::text))
           AS t(email, first_name, last_name, role_id, department_id, token, attributes, message)`;
}
