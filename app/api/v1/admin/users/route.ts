import { listPlatformUsersOp } from '@/lib/api/operations/admin-users';
import { defineRoute } from '@/lib/server/route';
import { listPlatformUsers } from '@/lib/services/admin-users/list-platform-users';

export const GET = defineRoute(listPlatformUsersOp, ({ query }) => listPlatformUsers(query));
