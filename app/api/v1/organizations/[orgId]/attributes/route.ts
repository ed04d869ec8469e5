import { createAttributeOp, listAttributesOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { listAttributes } from '@/lib/services/attributes/list-attributes';
import { orgScope } from '@/lib/services/attributes/scope';

export const GET = defineRoute(listAttributesOp, ({ ctx, query }) => listAttributes(orgScope(ctx), query));
export const POST = defineRoute(createAttributeOp, ({ ctx, body }) => createAttribute(orgScope(ctx), body));
