import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgStats } from '@/lib/schemas/stats';
import { db } from '@/lib/server/db';
import { holds, type OrgContext } from '@/lib/server/guard';

const WEEKS = 12;
export const NO_DEPARTMENT = 'No department';

/**
 * GET …/stats and the dashboard: the org's figures, each one SQL aggregate. The recent
 * activity comes from the audit log, so it is empty for a caller without `audit.read`.
 */
export async function getOrgStats(ctx: OrgContext): Promise<OrgStats> {
  const orgId = ctx.org.id;
  const [counts, perDepartment, weeks, activity] = await Promise.all([
    db.$queryRaw<{ active: number; deactivated: number; pending: number; departments: number; roles: number }[]>`
      SELECT
        (SELECT count(*)::int FROM memberships WHERE organization_id = ${orgId} AND status = 'active') AS active,
        (SELECT count(*)::int FROM memberships WHERE organization_id = ${orgId} AND status = 'deactivated')
          AS deactivated,
        (SELECT count(*)::int FROM invitations WHERE organization_id = ${orgId} AND status = 'pending'
          AND expires_at > now()) AS pending,
        (SELECT count(*)::int FROM departments WHERE organization_id = ${orgId}) AS departments,
        (SELECT count(*)::int FROM roles WHERE organization_id = ${orgId}) AS roles`,
    db.$queryRaw<{ department_id: string | null; name: string | null; count: number }[]>`
      SELECT c.department_id, d.name::text AS name, c.count FROM (
        SELECT department_id, count(*)::int AS count FROM memberships
        WHERE organization_id = ${orgId} AND status = 'active' GROUP BY department_id
      ) c LEFT JOIN departments d ON d.id = c.department_id
      UNION ALL
      SELECT d.id, d.name::text, 0 FROM departments d WHERE d.organization_id = ${orgId}
        AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = ${orgId}
          AND m.department_id = d.id AND m.status = 'active')`,
    db.$queryRaw<{ week_start: Date; count: number }[]>`
      SELECT w.week_start, count(m.user_id)::int AS count
      FROM generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') - ${Prisma.raw(`interval '${WEEKS - 1} weeks'`)},
        date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS w(week_start)
      LEFT JOIN memberships m ON m.organization_id = ${orgId}
        AND m.joined_at >= w.week_start AT TIME ZONE 'UTC'
        AND m.joined_at < (w.week_start + interval '1 week') AT TIME ZONE 'UTC'
      GROUP BY w.week_start ORDER BY w.week_start`,
    holds(ctx, 'audit.read')
      ? db.auditLog.findMany({
          where: { organizationId: orgId },
          orderBy: { createdAt: 'desc' },
          take: 10,
          select: { action: true, actorLabel: true, targetType: true, targetId: true, createdAt: true },
        })
      : [],
  ]);
  const c = counts[0]!;
  const named = perDepartment
    .filter((d) => d.department_id !== null)
    .map((d) => ({ departmentId: d.department_id, name: d.name ?? '', count: d.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const none = perDepartment.find((d) => d.department_id === null)?.count ?? 0;
  return {
    members: { active: c.active, deactivated: c.deactivated },
    pendingInvitations: c.pending,
    departments: c.departments,
    roles: c.roles,
    membersPerDepartment: [...named, { departmentId: null, name: NO_DEPARTMENT, count: none }],
    joinsPerWeek: weeks.map((w) => ({
      weekStart: `${new Date(w.week_start).toISOString().slice(0, 10)}`,
      count: w.count,
    })),
    recentActivity: activity.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}
