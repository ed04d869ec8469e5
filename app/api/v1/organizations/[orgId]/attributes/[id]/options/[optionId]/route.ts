import { deleteOptionOp, updateOptionOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { deleteOption, updateOption } from '@/lib/services/attributes/options';
import { orgScope } from '@/lib/services/attributes/scope';

export const PATCH = defineRoute(updateOptionOp, ({ ctx, params, body }) =>
  updateOption(orgScope(ctx), params.id, params.optionId, body),
);
export const DELETE = defineRoute(deleteOptionOp, ({ ctx, params }) =>
  deleteOption(orgScope(ctx), params.id, params.optionId),
);
