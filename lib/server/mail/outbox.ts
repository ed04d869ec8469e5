import 'server-only';
import { defaultTemplates, renderTemplate, type TemplateCode, type TemplateVars } from '@/lib/mail/templates';
import { newId } from '../auth/secrets';
import { config } from '../config';
import type { Tx } from '../db';
import { enqueue } from '../jobs/queue';

export const EMAIL_QUEUE = 'email';

export interface OutgoingEmail {
  to: string;
  template: TemplateCode;
  vars: TemplateVars;
  /** The org whose template override applies, if any. */
  organizationId?: string | null;
}

/** An absolute link into the app, built from APP_URL. */
export function appLink(path: string): string {
  return new URL(path, config.appUrl ?? 'http://localhost:3000').toString();
}

/**
 * Writes a message to the outbox inside the caller's transaction and queues its
 * delivery: the message exists if and only if the change that caused it commits.
 */
export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const override = email.organizationId
    ? await tx.emailTemplate.findUnique({
        where: { organizationId_code: { organizationId: email.organizationId, code: email.template } },
        select: { subject: true, body: true },
      })
    : null;
  const rendered = renderTemplate(override ?? defaultTemplates[email.template], {
    'app.name': config.appName,
    ...email.vars,
  });
  const id = newId();
  await tx.email.create({
    data: {
      id,
      organizationId: email.organizationId ?? null,
      to: email.to,
      template: email.template,
      ...rendered,
    },
  });
  await enqueue(tx, EMAIL_QUEUE, { emailId: id });
  return id;
}
