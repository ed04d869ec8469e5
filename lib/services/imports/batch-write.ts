import { type Import, Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { invitationExpiry, invitationLink } from '@/lib/services/invitations/invitation-token';
import type { MailContext } from './import-mail';
import { fullRenders, renderSql } from './mail-sql';
import type { ImportOptions } from './options';

export interface Rendered {
  row: number;
  subject: string;
  text: string;
  html: string;
}

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
 * Adds existing users as members (with the row's role and department), fills an
 * empty job title from the file, and writes their `member_added` e-mails, in one
 * statement. Returns the rows that became members and the e-mails written.
 */
export async function addMembers(
  tx: Tx,
  imp: Import,
  options: ImportOptions,
  mail: MailContext,
  rows: number[],
  rendered: Rendered[],
): Promise<Written> {
  const m = renderSql(mail.templates.member_added, [
    Prisma.sql`coalesce(nullif(btrim(concat_ws(' ', a.user_first, a.user_last)), ''), a.email)`,
    Prisma.sql`coalesce(a.user_first, '')`,
    Prisma.sql`a.email`,
    Prisma.sql`a.role_name`,
  ]);
  const [result] = await tx.$queryRaw<Written[]>`
    WITH a AS MATERIALIZED (
      SELECT r.row_number, r.role_id, d.id AS department_id, r.job_title, u.id AS user_id, u.email::text AS email,
             u.first_name AS user_first, u.last_name AS user_last, ro.name AS role_name
        FROM ${batchRows(imp, rows)}
        JOIN users u ON u.email = r.email),
    added AS (
      INSERT INTO memberships (id, organization_id, user_id, role_id, department_id, status, invited_by_id,
                               joined_at, updated_at)
      SELECT gen_random_uuid()::text, ${imp.organizationId}, a.user_id, a.role_id, a.department_id, 'active',
             ${options.inviterId}, now(), now()
        FROM a
      ON CONFLICT (organization_id, user_id) DO NOTHING
      RETURNING user_id),
    titled AS (
      UPDATE users u SET job_title = a.job_title, updated_at = now()
        FROM a JOIN added ON added.user_id = a.user_id
       WHERE u.id = a.user_id AND u.job_title IS NULL AND a.job_title IS NOT NULL
      RETURNING u.id),
    mails AS (
      INSERT INTO emails (id, organization_id, "to", subject, text, html, template, status, attempts, created_at)
      SELECT gen_random_uuid()::text, ${imp.organizationId}, a.email, coalesce(f.subject, ${m.subject}),
             coalesce(f.text, ${m.text}), coalesce(f.html, ${m.html}), 'member_added', 'queued', 0, now()
        FROM a JOIN added ON added.user_id = a.user_id
        LEFT JOIN ${fullRenders(rendered)} ON f.n = a.row_number
       WHERE ${options.sendInvitations}
      RETURNING id)
    SELECT (SELECT array_agg(a.row_number) FROM a JOIN added ON added.user_id = a.user_id) AS done,
           (SELECT array_agg(id) FROM mails) AS "mailIds",
           (SELECT count(*) FROM titled) AS titled`;
  return result!;
}

/**
 * Invites new people: invitations with the hash of a fresh token and, in the
 * same statement, their e-mails with the link. The rows were classified in this
 * transaction, so the one-pending-invitation index only fires when a single
 * invite races the batch: the plain INSERT (a third faster than ON CONFLICT on
 * 100,000 rows) then fails the batch, and its replay (`careful`) skips those rows.
 */
export async function inviteRows(
  tx: Tx,
  imp: Import,
  options: ImportOptions,
  mail: MailContext,
  rows: { row: number; token: string }[],
  rendered: Rendered[],
  careful: boolean,
): Promise<Written> {
  const linkPrefix = invitationLink('');
  const m = renderSql(mail.templates.invitation, [
    Prisma.sql`coalesce(nullif(concat_ws(' ', t.first_name, t.last_name), ''), t.email)`,
    Prisma.sql`coalesce(t.first_name, '')`,
    Prisma.sql`t.email`,
    Prisma.sql`t.role_name`,
    Prisma.sql`${linkPrefix}::text || t.token`,
  ]);
  const conflict = careful
    ? Prisma.sql`ON CONFLICT (organization_id, email) WHERE status = 'pending' DO NOTHING`
    : Prisma.empty;
  const [result] = await tx.$queryRaw<Written[]>`
    WITH t AS MATERIALIZED (
      SELECT r.row_number, r.email::text AS email, r.first_name, r.last_name, r.role_id, d.id AS department_id,
             ro.name AS role_name, k.token, r.attributes
        FROM ${batchRows(
          imp,
          rows.map((r) => r.row),
        )}
        JOIN unnest(${rows.map((r) => r.row)}::int[], ${rows.map((r) => r.token)}::text[]) AS k(n, token)
          ON k.n = r.row_number),
    invited AS (
      INSERT INTO invitations (id, organization_id, email, role_id, department_id, first_name, last_name, token_hash,
                               status, invited_by_id, expires_at, created_at, updated_at, attributes)
      SELECT gen_random_uuid()::text, ${imp.organizationId}, t.email, t.role_id, t.department_id, t.first_name,
             t.last_name, encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), 'pending', ${options.inviterId},
             ${invitationExpiry(mail.org)}, now(), now(), t.attributes
        FROM t
      ${conflict}
      RETURNING email::text AS email),
    mails AS (
      INSERT INTO emails (id, organization_id, "to", subject, text, html, template, status, attempts, created_at)
      SELECT gen_random_uuid()::text, ${imp.organizationId}, t.email, coalesce(f.subject, ${m.subject}),
             coalesce(f.text, ${m.text}), coalesce(f.html, ${m.html}), 'invitation', 'queued', 0, now()
        FROM t JOIN invited i ON i.email = t.email
        LEFT JOIN ${fullRenders(rendered)} ON f.n = t.row_number
       WHERE ${options.sendInvitations}
      RETURNING id)
    SELECT (SELECT array_agg(t.row_number) FROM t JOIN invited i ON i.email = t.email) AS done,
           (SELECT array_agg(id) FROM mails) AS "mailIds"`;
  return result!;
}

/**
 * Saves the attribute values of the rows that just became members, in one statement: what
 * saveMemberAttributes writes for a new membership (which holds no values yet), set-based.
 * Only attributes still active (`defs`) are written.
 */
export async function saveRowAttributes(
  tx: Tx,
  imp: Import,
  rows: number[],
  defs: { id: string; key: string }[],
): Promise<void> {
  if (rows.length === 0 || defs.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO member_attribute_values (organization_id, attribute_id, value_text, user_id)
    SELECT ${imp.organizationId}, d.id, v.text, u.id
      FROM import_rows r
      JOIN users u ON u.email = r.email
      CROSS JOIN LATERAL jsonb_each(r.attributes) AS e(key, val)
      JOIN unnest(${defs.map((d) => d.key)}::text[], ${defs.map((d) => d.id)}::text[]) AS d(key, id) ON d.key = e.key
      CROSS JOIN LATERAL jsonb_array_elements_text(e.val) AS v(text)
     WHERE r.import_id = ${imp.id} AND r.row_number = ANY(${rows}::int[]) AND r.attributes IS NOT NULL
    ON CONFLICT DO NOTHING`;
}
