import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The one INSERT of outgoing mail into the outbox, set-based: queueEmail writes one message
 * through it, a bulk import a whole batch. `rows` is a relation named `e` with the columns
 * "to", subject, text and html, already rendered by the one mail renderer (lib/mail/render).
 * Yields the `id` of each message, queued and not yet attempted.
 */
export function emailInsert(orgId: string | null, template: string, rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO emails (id, organization_id, "to", subject, text, html, template, status, attempts, created_at)
    SELECT gen_random_uuid()::text, ${orgId}, e."to", e.subject, e.text, e.html, ${template}, 'queued', 0, now()
      FROM ${rows}
    RETURNING id`;
}

/** One rendered message as the relation `e` of emailInsert. */
export function oneEmail(to: string, mail: { subject: string; text: string; html: string }): Prisma.Sql {
  return Prisma.sql`(VALUES (${to}::text, ${mail.subject}::text, ${mail.text}::text, ${mail.html}::text))
    AS e("to", subject, text, html)`;
}
