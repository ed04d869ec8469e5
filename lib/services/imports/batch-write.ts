import { type Import, Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { emailInsert } from '@/lib/server/mail/email-insert';
import { invitationInsert } from '@/lib/services/invitations/invitation-insert';
import { type MailContext, mailSql } from './import-mail';
import type { ImportOptions } from './options';

interface Written {
  done: number[] | null;
  mailIds: string[] | null;
}

/** The batch's rows as the INSERTs read them: from import_rows, never sent back and forth. */
const batchRows = (imp: Import, rows: number[]) => Prisma.sql`
  unnest(${rows}::int[]) AS x(n)
  JOIN import_rows r ON r.import_id = ${imp.id} AND r.row_number = x.n
  JOIN roles ro ON ro.id = r.role_id
  LEFT JOIN departments d ON d.id = r.department_id AND d.organization_id = ${imp.organizationId}`;

/**
 * Invites the rows' people, new or with an account (nobody joins without
 * accepting): invitations with the hash of a fresh token and, in the same
 * statement, their e-mails with the link. The rows were classified in this
 * transaction, so the one-pending-invitation index only fires when a single
 * invite races the batch: the plain INSERT (a third faster than ON CONFLICT on
 * 100,000 rows) then fails the batch, and its replay (`careful`) skips those rows.
 * The INSERT is invitationInsert, the one every single invite goes through too.
 */
export async function inviteRows(
  tx: Tx,
  imp: Import,
  options: ImportOptions,
  mail: MailContext,
  rows: { row: number; token: string; values: string[] }[],
  careful: boolean,
): Promise<Written> {
  const m = mailSql(mail.invitation, rows);
  const [result] = await tx.$queryRaw<Written[]>`
    WITH t AS MATERIALIZED (
      SELECT r.row_number, r.email::text AS email, r.first_name, r.last_name, r.role_id, d.id AS department_id,
             k.token, r.attributes, NULL::text AS message
        FROM ${batchRows(
          imp,
          rows.map((r) => r.row),
        )}
        JOIN unnest(${rows.map((r) => r.row)}::int[], ${rows.map((r) => r.token)}::text[]) AS k(n, token)
          ON k.n = r.row_number),
    invited AS (${invitationInsert(mail.org, options.inviterId, Prisma.sql`t`, careful)}),
    mails AS (${emailInsert(
      imp.organizationId,
      'invitation',
      Prisma.sql`(SELECT t.email AS "to", ${m.subject} AS subject, ${m.text} AS text, ${m.html} AS html
                    FROM t JOIN invited i ON i.email = t.email JOIN ${m.from} ON m.n = t.row_number
                   WHERE ${options.sendInvitations}) AS e`,
    )})
    SELECT (SELECT array_agg(t.row_number) FROM t JOIN invited i ON i.email = t.email) AS done,
           (SELECT array_agg(id) FROM mails) AS "mailIds"`;
  return result!;
}
