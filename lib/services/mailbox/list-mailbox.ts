import type { z } from 'zod';
import { type ListResult, toListResult } from '@/lib/schemas/list';
import type { MailboxMessage, MailboxQuery } from '@/lib/schemas/mailbox';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** The dev mailbox exists only in development or with DEV_MAILBOX=on, and never with SMTP configured. */
export function mailboxEnabled(): boolean {
  return config.devMailbox;
}

/** Every message of the outbox, newest first (superadmins only, while the mailbox is on). */
export async function listMailbox(query: z.output<typeof MailboxQuery>): Promise<ListResult<MailboxMessage>> {
  if (!mailboxEnabled()) throw notFound();
  const where = query.to ? { to: { contains: query.to, mode: 'insensitive' as const } } : {};
  const [rows, total] = await Promise.all([
    db.email.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.email.count({ where }),
  ]);
  return toListResult(
    rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      html: r.html,
      template: r.template,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
    total,
    query,
  );
}
