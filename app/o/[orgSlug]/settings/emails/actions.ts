'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { resetEmailTemplateOp, updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { TemplateCodeParam, UpdateEmailTemplateInput } from '@/lib/schemas/email-template';
import { runAction } from '@/lib/server/action';
import { resetEmailTemplate, updateEmailTemplate } from '@/lib/services/email-templates/email-templates';

const path = (orgSlug: string) => `/o/${orgSlug}/settings/emails`;

/** Saves the org's subject and body of one template; unknown {{variables}} come back as field errors. */
export async function saveEmailTemplateAction(orgSlug: string, code: string, input: unknown) {
  const result = await runAction(
    updateEmailTemplateOp,
    { orgSlug, input, schema: UpdateEmailTemplateInput },
    (ctx, data) => updateEmailTemplate(ctx, TemplateCodeParam.parse(code), data),
  );
  if (result.ok) revalidatePath(path(orgSlug), 'layout');
  return result;
}

/** Drops the org's version of a template: the platform default applies again. */
export async function resetEmailTemplateAction(orgSlug: string, code: string) {
  const result = await runAction(
    resetEmailTemplateOp,
    { orgSlug, input: { code }, schema: z.object({ code: TemplateCodeParam }) },
    (ctx, data) => resetEmailTemplate(ctx, data.code),
  );
  if (result.ok) revalidatePath(path(orgSlug), 'layout');
  return result;
}
