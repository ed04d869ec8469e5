'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  activatePlatformUserOp,
  deactivatePlatformUserOp,
  deletePlatformUserOp,
} from '@/lib/api/operations/admin-users';
import { IdParam } from '@/lib/schemas/list';
import { runAdminAction } from '@/lib/server/admin-action';
import { deleteUser } from '@/lib/services/admin-users/delete-user';
import { activateUser, deactivateUser } from '@/lib/services/admin-users/set-user-status';

const Input = z.object({ userId: IdParam, action: z.enum(['deactivate', 'activate', 'delete']) });

const opOf = (action: unknown) =>
  action === 'delete'
    ? deletePlatformUserOp
    : action === 'activate'
      ? activatePlatformUserOp
      : deactivatePlatformUserOp;

export async function platformUserAction(userId: string, action: 'deactivate' | 'activate' | 'delete') {
  const result = await runAdminAction(
    opOf(action),
    { input: { userId, action }, schema: Input },
    async (principal, data) => {
      if (data.action === 'deactivate') await deactivateUser(principal, data.userId);
      else if (data.action === 'activate') await activateUser(principal, data.userId);
      else await deleteUser(principal, data.userId);
    },
  );
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
