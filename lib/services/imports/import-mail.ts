import { defaultTemplates } from '@/lib/mail/templates';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { appLink } from '@/lib/server/mail/outbox';
import { expiresInText } from '@/lib/services/invitations/invitation-token';
import { type CompiledTemplate, compileTemplate } from './mail-render';

type Code = 'invitation' | 'member_added';

export interface MailContext {
  org: { id: string; name: string; slug: string; invitationExpiryDays: number };
  inviterName: string;
  templates: Record<Code, CompiledTemplate>;
  roleNames: Map<string, string>;
}

const PER_ROW = ['user.name', 'user.firstName', 'user.email', 'role.name', 'link'];

/** The org, its template overrides and role names: loaded once per job, used for every row. */
export async function loadMailContext(orgId: string, inviterName: string): Promise<MailContext> {
  const [org, overrides, roles] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: orgId },
      select: { id: true, name: true, slug: true, invitationExpiryDays: true },
    }),
    db.emailTemplate.findMany({
      where: { organizationId: orgId, code: { in: ['invitation', 'member_added'] } },
      select: { code: true, subject: true, body: true },
    }),
    db.role.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } }),
  ]);
  const template = (code: Code) => overrides.find((o) => o.code === code) ?? defaultTemplates[code];
  const constant = {
    'app.name': config.appName,
    'org.name': org.name,
    'inviter.name': inviterName,
    message: '',
    expiresIn: expiresInText(org),
  };
  const orgLink = { ...constant, link: appLink(`/o/${org.slug}`) };
  return {
    org,
    inviterName,
    templates: {
      invitation: compileTemplate(template('invitation'), constant, PER_ROW, ['link']),
      member_added: compileTemplate(template('member_added'), orgLink, PER_ROW.slice(0, 4), []),
    },
    roleNames: new Map(roles.map((r) => [r.id, r.name])),
  };
}
