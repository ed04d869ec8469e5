import { createOptionOp, listOptionsOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { createOption, listOptions } from '@/lib/services/attributes/options';
import { orgScope } from '@/lib/services/attributes/scope';

export const GET = defineRoute(listOptionsOp, ({ ctx, params }) => listOptions(orgScope(ctx), params.id));
export const POST = defineRoute(createOptionOp, ({ ctx, params, body }) =>
  createOption(orgScope(ctx), params.id, body),
);
