import 'server-only';
import type { MyRoleRequest } from '@/lib/schemas/role-request';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { roleRequestSelect, toRoleRequest } from './to-role-request';

const LIMIT = 50;

/** The signed-in user's own latest requests in their active orgs, newest first (the account page). */
export async function listMyRoleRequests(principal: UserPrincipal): Promise<MyRoleRequest[]> {
  const rows = await db.roleRequest.findMany({
    where: { userId: principal.userId, organization: { status: 'active' } },
    select: { ...roleRequestSelect, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LIMIT,
  });
  return rows.map((row) => ({ ...toRoleRequest(row), organization: row.organization }));
}
