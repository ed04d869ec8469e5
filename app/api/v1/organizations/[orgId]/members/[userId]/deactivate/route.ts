import { deactivateMemberOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { deactivateMember } from '@/lib/services/members/deactivate-member';

export const POST = defineRoute(deactivateMemberOp, ({ ctx, params }) => deactivateMember(ctx, params.userId));
