import { deleteDefaultOp, getDefaultOp, updateDefaultOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { deleteAttribute } from '@/lib/services/attributes/delete-attribute';
import { getAttribute } from '@/lib/services/attributes/get-attribute';
import { platformScope } from '@/lib/services/attributes/scope';
import { updateAttribute } from '@/lib/services/attributes/update-attribute';

export const GET = defineRoute(getDefaultOp, ({ principal, params }) =>
  getAttribute(platformScope(principal), params.id),
);
export const PATCH = defineRoute(updateDefaultOp, ({ principal, params, body }) =>
  updateAttribute(platformScope(principal), params.id, body),
);
export const DELETE = defineRoute(deleteDefaultOp, ({ principal, params }) =>
  deleteAttribute(platformScope(principal), params.id),
);
