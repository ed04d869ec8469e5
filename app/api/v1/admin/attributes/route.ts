import { createDefaultOp, listDefaultsOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { listAttributes } from '@/lib/services/attributes/list-attributes';
import { platformScope } from '@/lib/services/attributes/scope';

export const GET = defineRoute(listDefaultsOp, ({ principal, query }) =>
  listAttributes(platformScope(principal), query),
);
export const POST = defineRoute(createDefaultOp, ({ principal, body }) =>
  createAttribute(platformScope(principal), body),
);
