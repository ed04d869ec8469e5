import type { TemplateVars } from '@/lib/mail/templates';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { expiresInText, invitationPath } from './invitation-token';

export interface InvitationMail {
  token: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  message?: string | null;
  org: { id: string; name: string; invitationExpiryDays?: number | null };
  role: { name: string };
  /** Who invites: a person's name, or the org's name for API keys and imports. */
  inviterName: string;
}

/** The variables of the `invitation` template. */
export function invitationMailVars(mail: Omit<InvitationMail, 'token'>): TemplateVars {
  const name = [mail.firstName, mail.lastName].filter(Boolean).join(' ');
  return {
    'user.name': name || mail.email,
    'user.firstName': mail.firstName ?? '',
    'user.email': mail.email,
    'org.name': mail.org.name,
    'inviter.name': mail.inviterName,
    'role.name': mail.role.name,
    message: mail.message ?? '',
    expiresIn: expiresInText(mail.org),
  };
}

/** Queues the invitation e-mail in the caller's transaction: it is sent if and only if the invitation commits. */
export function queueInvitationEmail(tx: Tx, mail: InvitationMail): Promise<string> {
  return queueEmail(tx, {
    to: mail.email,
    template: 'invitation',
    vars: invitationMailVars(mail),
    action: { path: invitationPath(mail.token) },
    wording: { org: mail.org.id },
  });
}
