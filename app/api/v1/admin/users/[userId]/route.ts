import { deletePlatformUserOp } from '@/lib/api/operations/admin-users';
import { defineRoute } from '@/lib/server/route';
import { deleteUser } from '@/lib/services/admin-users/delete-user';

export const DELETE = defineRoute(deletePlatformUserOp, async ({ principal, params }) => {
  await deleteUser(principal, params.userId);
  return undefined;
});
