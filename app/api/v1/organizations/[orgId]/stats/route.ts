import { getOrgStatsOp } from '@/lib/api/operations/stats';
import { defineRoute } from '@/lib/server/route';
import { getOrgStats } from '@/lib/services/stats/get-org-stats';

export const GET = defineRoute(getOrgStatsOp, ({ ctx }) => getOrgStats(ctx));
