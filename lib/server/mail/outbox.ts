import 'server-only';
import { compileMail, joinMail, type MailBrand } from '@/lib/mail/render';
import { defaultTemplates, type TemplateCode, type TemplateVars } from '@/lib/mail/templates';
import { logoPathOf } from '@/lib/services/organizations/logo-path';
import { config } from '../config';
import type { Tx } from '../db';
import { enqueue } from '../jobs/queue';
import { emailInsert, oneEmail } from './email-insert';

export const EMAIL_QUEUE = 'email';

export interface OutgoingEmail {
  to: string;
  template: TemplateCode;
  vars: TemplateVars;
  /** What the template's button opens: a path of this app (the origin is always APP_URL's), and a code. */
  action?: { path: string; code?: string | null };
  /**
   * Whose wording applies. An org's override of an ordinary template applies to
   * mail sent on its behalf. A security template (templates.ts) is worded by the
   * org only when the recipient (`userId`) belongs to that one org and no other;
   * `org: 'sole'` picks the recipient's only org, if they have exactly one.
   */
  wording?: { org: string | 'sole'; userId?: string } | 'platform';
}

/** An absolute link into the app, built from APP_URL. */
export function appLink(path: string): string {
  return new URL(path, config.appUrl ?? 'http://localhost:3000').toString();
}

/** A link that stays on this app whatever `path` holds (`//evil.example` or `https://…` included). */
export function actionLink(path: string): string {
  const base = new URL(config.appUrl ?? 'http://localhost:3000');
  const url = new URL(path.startsWith('/') && !path.startsWith('//') ? path : `/${path}`, base);
  if (url.origin !== base.origin) throw new Error(`Mail links must stay on ${base.origin}`);
  return url.toString();
}

/** The org whose override of `code` applies to this mail, or null for the platform's wording. */
async function wordingOrg(tx: Tx, email: OutgoingEmail): Promise<string | null> {
  const wording = email.wording;
  if (!wording || wording === 'platform') return null;
  if (!defaultTemplates[email.template].security) return wording.org === 'sole' ? null : wording.org;
  if (!wording.userId) return null;
  const orgs = await tx.membership.findMany({
    where: { userId: wording.userId },
    select: { organizationId: true },
    take: 2,
  });
  if (orgs.length !== 1) return null;
  const only = orgs[0]!.organizationId;
  return wording.org === 'sole' || wording.org === only ? only : null;
}

/** The subject and body that word `code` for this org (its override, or the platform's). */
export async function templateFor(tx: Tx, code: TemplateCode, orgId: string | null) {
  const override = orgId
    ? await tx.emailTemplate.findUnique({
        where: { organizationId_code: { organizationId: orgId, code } },
        select: { subject: true, body: true },
      })
    : null;
  return override ?? defaultTemplates[code];
}

/** The logo heading mail sent for `orgId`, if it has one. */
export async function brandOf(tx: Tx, orgId: string | null): Promise<MailBrand | null> {
  if (!orgId) return null;
  const org = await tx.organization.findUnique({ where: { id: orgId }, select: { name: true, logoKey: true } });
  const path = org && logoPathOf(orgId, org.logoKey);
  return path ? { name: org.name, logoUrl: appLink(path) } : null;
}

/**
 * Writes a message to the outbox inside the caller's transaction and queues its
 * delivery: the message exists if and only if the change that caused it commits.
 */
export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const orgId = await wordingOrg(tx, email);
  const template = await templateFor(tx, email.template, orgId);
  const action = email.action ? { url: actionLink(email.action.path), code: email.action.code } : null;
  const vars = { 'app.name': config.appName, ...email.vars };
  const rendered = joinMail(compileMail(email.template, template, vars, action, [], await brandOf(tx, orgId)));
  const [row] = await tx.$queryRaw<
    { id: string }[]
  >`${emailInsert(orgId, email.template, oneEmail(email.to, rendered))}`;
  await enqueue(tx, EMAIL_QUEUE, { emailId: row!.id });
  return row!.id;
}
