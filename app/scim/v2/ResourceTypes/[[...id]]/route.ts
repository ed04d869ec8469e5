import { listOf, resourceTypes } from '@/lib/scim/discovery';
import { scimNotFound } from '@/lib/scim/errors';
import { defineScim, scimBase, scimJson } from '@/lib/scim/handler';

export const GET = defineScim(async ({ url, params }) => {
  const all = resourceTypes(scimBase(url));
  if (!params.id) return scimJson(listOf(all));
  const one = all.find((r) => r.id === params.id);
  if (!one) throw scimNotFound('ResourceTypes entry');
  return scimJson(one);
});
