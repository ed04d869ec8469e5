import { getMemberOp, removeMemberOp, updateMemberOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { getMember } from '@/lib/services/members/get-member';
import { removeMember } from '@/lib/services/members/remove-member';
import { updateMember } from '@/lib/services/members/update-member';

export const GET = defineRoute(getMemberOp, ({ ctx, params }) => getMember(ctx, params.userId));
export const PATCH = defineRoute(updateMemberOp, ({ ctx, params, body }) => updateMember(ctx, params.userId, body));
export const DELETE = defineRoute(removeMemberOp, ({ ctx, params }) => removeMember(ctx, params.userId));
