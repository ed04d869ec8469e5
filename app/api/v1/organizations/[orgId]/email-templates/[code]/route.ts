import { getEmailTemplateOp, resetEmailTemplateOp, updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { defineRoute } from '@/lib/server/route';
import {
  getEmailTemplate,
  resetEmailTemplate,
  updateEmailTemplate,
} from '@/lib/services/email-templates/email-templates';

export const GET = defineRoute(getEmailTemplateOp, ({ ctx, params }) => getEmailTemplate(ctx, params.code));
export const PUT = defineRoute(updateEmailTemplateOp, ({ ctx, params, body }) =>
  updateEmailTemplate(ctx, params.code, body),
);
export const DELETE = defineRoute(resetEmailTemplateOp, ({ ctx, params }) => resetEmailTemplate(ctx, params.code));
