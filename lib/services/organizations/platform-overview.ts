import { db } from '@/lib/server/db';
import { countOpenDemoRequests } from '@/lib/services/demo-requests/count-open-demo-requests';

export const OVERVIEW_WEEKS = 12;

/** The /admin overview: orgs by status, users, open demo requests and sign-ups (new accounts) per week. */
export async function platformOverview() {
  const since = new Date();
  since.setUTCHours(0, 0, 0, 0);
  // The Monday (date_trunc('week') in UTC) of the first week shown.
  since.setUTCDate(since.getUTCDate() - ((since.getUTCDay() + 6) % 7) - 7 * (OVERVIEW_WEEKS - 1));
  const [orgs, users, openDemoRequests, weekly] = await Promise.all([
    db.organization.groupBy({ by: ['status'], _count: { _all: true } }),
    db.user.count(),
    countOpenDemoRequests(),
    db.$queryRaw<{ week: Date; count: bigint }[]>`
      SELECT date_trunc('week', created_at) AS week, count(*) AS count FROM users
      WHERE created_at >= ${since} GROUP BY 1 ORDER BY 1`,
  ]);
  const byStatus = Object.fromEntries(orgs.map((g) => [g.status, g._count._all]));
  const counts = new Map(weekly.map((w) => [w.week.toISOString().slice(0, 10), Number(w.count)]));
  const weeks = Array.from({ length: OVERVIEW_WEEKS }, (_, i) => {
    const start = new Date(since);
    start.setUTCDate(start.getUTCDate() + 7 * i);
    const key = start.toISOString().slice(0, 10);
    return { week: key, count: counts.get(key) ?? 0 };
  });
  return {
    organizations: { active: byStatus.active ?? 0, deactivated: byStatus.deactivated ?? 0 },
    users,
    openDemoRequests,
    signUpsPerWeek: weeks,
  };
}
