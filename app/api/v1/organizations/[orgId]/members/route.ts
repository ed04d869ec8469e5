import { addMemberOp, listMembersOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { addMember } from '@/lib/services/members/add-member';
import { listMembers } from '@/lib/services/members/list-members';

export const GET = defineRoute(listMembersOp, ({ ctx, query }) => listMembers(ctx, query));
export const POST = defineRoute(addMemberOp, ({ ctx, body }) => addMember(ctx, body));
