import { listOf, schemas } from '@/lib/scim/discovery';
import { scimNotFound } from '@/lib/scim/errors';
import { defineScim, scimBase, scimJson } from '@/lib/scim/handler';

export const GET = defineScim(async ({ url, params }) => {
  const all = schemas(scimBase(url));
  if (!params.id) return scimJson(listOf(all));
  const one = all.find((r) => r.id === params.id);
  if (!one) throw scimNotFound('Schemas entry');
  return scimJson(one);
});
