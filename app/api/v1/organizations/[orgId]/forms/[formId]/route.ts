import { getFormOp, updateFormOp } from '@/lib/api/operations/forms';
import { cachedJson } from '@/lib/server/http/serve-file';
import { defineRoute } from '@/lib/server/route';
import { getForm } from '@/lib/services/forms/get-form';
import { formEtag } from '@/lib/services/forms/to-form';
import { updateForm } from '@/lib/services/forms/update-form';

export const GET = defineRoute(getFormOp, async ({ ctx, params, query, req }) => {
  const form = await getForm(ctx, params.formId, query.version);
  return cachedJson(req, form, formEtag(form));
});

export const PATCH = defineRoute(updateFormOp, async ({ ctx, params, body, req }) => {
  const form = await updateForm(ctx, params.formId, body, req.headers.get('if-match'));
  return Response.json(form, { headers: { etag: formEtag(form), 'cache-control': 'no-store' } });
});
