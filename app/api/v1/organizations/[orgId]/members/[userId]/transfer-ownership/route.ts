import { transferOwnershipOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { transferOwnership } from '@/lib/services/members/transfer-ownership';

export const POST = defineRoute(transferOwnershipOp, ({ ctx, params }) => transferOwnership(ctx, params.userId));
