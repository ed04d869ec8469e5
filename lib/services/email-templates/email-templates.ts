import { defaultTemplates, type TemplateCode, templateCodes, templateTextProblem } from '@/lib/mail/templates';
import type { EmailTemplate, UpdateEmailTemplateInput } from '@/lib/schemas/email-template';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';

type Override = { code: string; subject: string; body: string; updatedAt: Date };

function toTemplate(code: TemplateCode, override?: Override): EmailTemplate {
  const def = defaultTemplates[code];
  return {
    code,
    description: def.description,
    variables: def.variables,
    actionLabel: def.action?.label ?? null,
    security: Boolean(def.security),
    subject: override?.subject ?? def.subject,
    body: override?.body ?? def.body,
    customized: !!override,
    updatedAt: override ? override.updatedAt.toISOString() : null,
  };
}

/** Every template with the org's override applied where it has one. */
export async function listEmailTemplates(ctx: OrgContext): Promise<EmailTemplate[]> {
  const overrides = await db.emailTemplate.findMany({ where: { organizationId: ctx.org.id } });
  const byCode = new Map(overrides.map((o) => [o.code, o]));
  return templateCodes.map((code) => toTemplate(code, byCode.get(code)));
}

export async function getEmailTemplate(ctx: OrgContext, code: TemplateCode): Promise<EmailTemplate> {
  const override = await db.emailTemplate.findUnique({
    where: { organizationId_code: { organizationId: ctx.org.id, code } },
  });
  return toTemplate(code, override ?? undefined);
}

/**
 * Saves the org's subject and body. A variable the template does not offer, or a
 * link in a security template, is a 422 on the field.
 */
export async function updateEmailTemplate(
  ctx: OrgContext,
  code: TemplateCode,
  input: UpdateEmailTemplateInput,
): Promise<EmailTemplate> {
  const fields: Record<string, string[]> = {};
  for (const key of ['subject', 'body'] as const) {
    const problem = templateTextProblem(code, input[key]);
    if (problem) fields[key] = [problem];
  }
  if (Object.keys(fields).length) throw invalid(fields);
  return db.$transaction(async (tx) => {
    const before = await getEmailTemplate(ctx, code);
    const where = { organizationId_code: { organizationId: ctx.org.id, code } };
    const data = {
      subject: input.subject,
      body: input.body,
      updatedById: ctx.principal.kind === 'user' ? ctx.principal.userId : null,
    };
    const row = await tx.emailTemplate.upsert({
      where,
      create: { id: newId(), organizationId: ctx.org.id, code, ...data },
      update: data,
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'email_template.update',
        targetType: 'email_template',
        targetId: code,
        before: { subject: before.subject, body: before.body },
        after: { subject: row.subject, body: row.body },
      },
    );
    return toTemplate(code, row);
  });
}

/** Drops the org's override so the platform default applies again. */
export async function resetEmailTemplate(ctx: OrgContext, code: TemplateCode): Promise<EmailTemplate> {
  return db.$transaction(async (tx) => {
    const existing = await tx.emailTemplate.findUnique({
      where: { organizationId_code: { organizationId: ctx.org.id, code } },
    });
    if (existing) {
      await tx.emailTemplate.delete({ where: { id: existing.id } });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'email_template.reset',
          targetType: 'email_template',
          targetId: code,
          before: { subject: existing.subject, body: existing.body },
        },
      );
    }
    return toTemplate(code);
  });
}
