import { listApplicationHoldersOp } from '@/lib/api/operations/applications';
import { defineRoute } from '@/lib/server/route';
import { listHolders } from '@/lib/services/applications/list-holders';

export const GET = defineRoute(listApplicationHoldersOp, ({ ctx, params, query }) =>
  listHolders(ctx, params.appId, query),
);
