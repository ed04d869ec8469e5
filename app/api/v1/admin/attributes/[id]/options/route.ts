import { createDefaultOptionOp, listDefaultOptionsOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { createOption, listOptions } from '@/lib/services/attributes/options';
import { platformScope } from '@/lib/services/attributes/scope';

export const GET = defineRoute(listDefaultOptionsOp, ({ principal, params }) =>
  listOptions(platformScope(principal), params.id),
);
export const POST = defineRoute(createDefaultOptionOp, ({ principal, params, body }) =>
  createOption(platformScope(principal), params.id, body),
);
