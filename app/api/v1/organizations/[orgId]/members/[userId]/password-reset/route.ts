import { memberPasswordResetOp } from '@/lib/api/operations/members';
import { defineRoute } from '@/lib/server/route';
import { sendMemberPasswordReset } from '@/lib/services/members/send-member-password-reset';

export const POST = defineRoute(memberPasswordResetOp, ({ ctx, params }) =>
  sendMemberPasswordReset(ctx, params.userId),
);
