import { deleteDefaultOptionOp, updateDefaultOptionOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { deleteOption, updateOption } from '@/lib/services/attributes/options';
import { platformScope } from '@/lib/services/attributes/scope';

export const PATCH = defineRoute(updateDefaultOptionOp, ({ principal, params, body }) =>
  updateOption(platformScope(principal), params.id, params.optionId, body),
);
export const DELETE = defineRoute(deleteDefaultOptionOp, ({ principal, params }) =>
  deleteOption(platformScope(principal), params.id, params.optionId),
);
