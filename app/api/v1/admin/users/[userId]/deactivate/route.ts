import { deactivatePlatformUserOp } from '@/lib/api/operations/admin-users';
import { defineRoute } from '@/lib/server/route';
import { deactivateUser } from '@/lib/services/admin-users/set-user-status';

export const POST = defineRoute(deactivatePlatformUserOp, ({ principal, params }) =>
  deactivateUser(principal, params.userId),
);
