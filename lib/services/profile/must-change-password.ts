import 'server-only';
import { db } from '@/lib/server/db';

/** Where a user whose password was set by an admin (temporaryPassword) is sent until they change it. */
export const MUST_CHANGE_URL = '/account?mustChange=1';

export async function mustChangePassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true } });
  return user?.mustChangePassword ?? false;
}
