import { Prisma } from '@/lib/generated/prisma/client';
import { ACTION_URL, type CompiledMail, compileMail, encodeSlots } from '@/lib/mail/render';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { actionLink, brandOf, templateFor } from '@/lib/server/mail/outbox';
import { expiresInText, invitationPath } from '@/lib/services/invitations/invitation-token';

export interface MailContext {
  org: { id: string; name: string; slug: string; invitationExpiryDays: number };
  inviterName: string;
  /** The org's `invitation` template, compiled once per job with a slot per PER_ROW value. */
  invitation: CompiledMail;
}

/** What differs per invitee; the rest of the mail is the same for the whole import. */
export const PER_ROW = ['user.name', 'user.firstName', 'user.email', 'role.name', ACTION_URL] as const;

export interface Invitee {
  email: string;
  firstName: string | null;
  lastName: string | null;
  roleName: string | null;
}

/** The PER_ROW values of one invitee with their token. */
export function inviteeValues(p: Invitee, token: string): string[] {
  return [
    [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email,
    p.firstName ?? '',
    p.email,
    p.roleName ?? '',
    actionLink(invitationPath(token)),
  ];
}

/** The org and its invitation template: loaded once per job, used for every row. */
export async function loadMailContext(orgId: string, inviterName: string): Promise<MailContext> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { id: true, name: true, slug: true, invitationExpiryDays: true },
  });
  const template = await templateFor(db, 'invitation', org.id);
  const constant = {
    'app.name': config.appName,
    'org.name': org.name,
    'inviter.name': inviterName,
    message: '',
    expiresIn: expiresInText(org),
  };
  return {
    org,
    inviterName,
    invitation: compileMail('invitation', template, constant, { url: '' }, PER_ROW, await brandOf(db, org.id)),
  };
}

const kinds = ['subject', 'text', 'html'] as const;

/**
 * The compiled mail as SQL over the batch's rows: each part's literal pieces
 * joined with the row's values, which encodeSlots encoded here (the one
 * renderer's encoding; SQL only concatenates). `from` yields one row per
 * invitee, `m.n` its row number.
 */
export function mailSql(compiled: CompiledMail, rows: { row: number; values: string[] }[]) {
  const encoded = rows.map((r) => encodeSlots(r.values));
  const arrays: Prisma.Sql[] = [Prisma.sql`${rows.map((r) => r.row)}::int[]`];
  const names = ['n'];
  const column = new Map<string, string>();
  for (const kind of kinds) {
    for (const part of compiled[kind]) {
      if (typeof part === 'string' || column.has(`${kind}${part.slot}`)) continue;
      const name = `${kind[0]}${part.slot}`;
      column.set(`${kind}${part.slot}`, name);
      names.push(name);
      arrays.push(Prisma.sql`${encoded.map((e) => e[kind][part.slot] ?? '')}::text[]`);
    }
  }
  const concat = (kind: (typeof kinds)[number]) =>
    compiled[kind].length === 0
      ? Prisma.sql`''`
      : Prisma.join(
          compiled[kind].map((p) =>
            typeof p === 'string' ? Prisma.sql`${p}::text` : Prisma.raw(`m.${column.get(`${kind}${p.slot}`)}`),
          ),
          ' || ',
        );
  return {
    from: Prisma.sql`unnest(${Prisma.join(arrays)}) AS m(${Prisma.raw(names.join(', '))})`,
    subject: Prisma.sql`btrim(${concat('subject')}, E' \\t\\r\\n')`,
    text: concat('text'),
    html: concat('html'),
  };
}
