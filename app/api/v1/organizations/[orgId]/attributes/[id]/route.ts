import { deleteAttributeOp, getAttributeOp, updateAttributeOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { deleteAttribute } from '@/lib/services/attributes/delete-attribute';
import { getAttribute } from '@/lib/services/attributes/get-attribute';
import { orgScope } from '@/lib/services/attributes/scope';
import { updateAttribute } from '@/lib/services/attributes/update-attribute';

export const GET = defineRoute(getAttributeOp, ({ ctx, params }) => getAttribute(orgScope(ctx), params.id));
export const PATCH = defineRoute(updateAttributeOp, ({ ctx, params, body }) =>
  updateAttribute(orgScope(ctx), params.id, body),
);
export const DELETE = defineRoute(deleteAttributeOp, ({ ctx, params }) => deleteAttribute(orgScope(ctx), params.id));
