import { inheritAttributeOp } from '@/lib/api/operations/attributes';
import { defineRoute } from '@/lib/server/route';
import { inheritAttribute } from '@/lib/services/attributes/inherit-attribute';

export const POST = defineRoute(inheritAttributeOp, ({ ctx, body }) =>
  inheritAttribute({ orgId: ctx.org.id, principal: ctx.principal }, body.defaultId),
);
