import { activateMemberOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { activateMember } from '@/lib/services/members/activate-member';

export const POST = defineRoute(activateMemberOp, ({ ctx, params }) => activateMember(ctx, params.userId));
