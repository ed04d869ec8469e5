import { listEmailTemplatesOp } from '@/lib/api/operations/email-templates';
import { defineRoute } from '@/lib/server/route';
import { listEmailTemplates } from '@/lib/services/email-templates/email-templates';

export const GET = defineRoute(listEmailTemplatesOp, async ({ ctx }) => ({ data: await listEmailTemplates(ctx) }));
