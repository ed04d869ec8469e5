import { z } from 'zod';
import { templateCodes } from '@/lib/mail/templates';
import { IdParam } from './list';

export const TemplateCodeParam = z.enum(templateCodes, { error: 'Unknown template' });

export const EmailTemplate = z.object({
  code: z.string(),
  description: z.string(),
  variables: z.array(z.string()),
  /** The button the platform adds below the text (its link is never part of the template); null: none. */
  actionLabel: z.string().nullable(),
  /** About the account itself: the org's wording reaches only people in no other org, and links are refused. */
  security: z.boolean(),
  subject: z.string(),
  body: z.string(),
  customized: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type EmailTemplate = z.infer<typeof EmailTemplate>;

export const EmailTemplateList = z.object({ data: z.array(EmailTemplate) });

export const UpdateEmailTemplateInput = z.object({
  subject: z
    .string({ error: 'Subject is required' })
    .trim()
    .min(1, 'Subject is required')
    .max(200, 'Subject is too long'),
  body: z.string({ error: 'Body is required' }).trim().min(1, 'Body is required').max(10_000, 'Body is too long'),
});
export type UpdateEmailTemplateInput = z.infer<typeof UpdateEmailTemplateInput>;

export const EmailTemplateParams = z.object({ orgId: IdParam, code: TemplateCodeParam });
