import { deletePlatformUserOp, getPlatformUserOp } from '@/lib/api/operations/admin-users';
import { defineRoute } from '@/lib/server/route';
import { deleteUser } from '@/lib/services/admin-users/delete-user';
import { getPlatformUser } from '@/lib/services/admin-users/get-platform-user';

export const GET = defineRoute(getPlatformUserOp, ({ params }) => getPlatformUser(params.userId));

export const DELETE = defineRoute(deletePlatformUserOp, async ({ principal, params }) => {
  await deleteUser(principal, params.userId);
  return undefined;
});
