import { resetMemberMfaOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { resetMemberMfa } from '@/lib/services/members/reset-member-mfa';

export const POST = defineRoute(resetMemberMfaOp, ({ ctx, params }) => resetMemberMfa(ctx, params.userId));
