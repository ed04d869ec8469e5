import { listAttributeDefaultsOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { listAttributes } from '@/lib/services/attributes/list-attributes';
import { platformScope } from '@/lib/services/attributes/scope';

export const GET = defineRoute(listAttributeDefaultsOp, ({ principal, query }) =>
  listAttributes(platformScope(principal), { ...query, status: 'active' }),
);
