import { activatePlatformUserOp } from '@/lib/api/operations/admin-users';
import { defineRoute } from '@/lib/server/route';
import { activateUser } from '@/lib/services/admin-users/set-user-status';

export const POST = defineRoute(activatePlatformUserOp, ({ principal, params }) =>
  activateUser(principal, params.userId),
);
