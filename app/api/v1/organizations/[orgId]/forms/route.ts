import { createFormOp, listFormsOp } from '@/lib/api/operations/forms';
import { cachedJson } from '@/lib/server/http/serve-file';
import { defineRoute } from '@/lib/server/route';
import { createForm } from '@/lib/services/forms/create-form';
import { listForms } from '@/lib/services/forms/list-forms';
import { formsEtag } from '@/lib/services/forms/to-form';

export const GET = defineRoute(listFormsOp, async ({ ctx, query, req }) => {
  const data = await listForms(ctx, query);
  return cachedJson(req, { data }, formsEtag(data));
});

export const POST = defineRoute(createFormOp, ({ ctx, body }) => createForm(ctx, body));
