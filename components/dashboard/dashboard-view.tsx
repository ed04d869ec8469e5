import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import type { OrgStats } from '@/lib/schemas/stats';
import { BarList, WeekChart } from './charts';

function Kpi({ label, value, href }: { label: string; value: number; href?: string }) {
  const body = (
    <>
      <p className="text-sm text-zinc-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-zinc-900">{value.toLocaleString('en')}</p>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded-lg border border-zinc-200 bg-white p-4 hover:border-indigo-300">
      {body}
    </Link>
  ) : (
    <div className="rounded-lg border border-zinc-200 bg-white p-4">{body}</div>
  );
}

/** The org's figures; the recent activity (from the audit log) only for those who may read the audit log. */
export function DashboardView({ stats, base, showActivity }: { stats: OrgStats; base: string; showActivity: boolean }) {
  return (
    <div className="space-y-6">
      <section aria-label="Key figures" className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Kpi label="Active members" value={stats.members.active} href={`${base}/team?status=active`} />
        <Kpi label="Deactivated" value={stats.members.deactivated} href={`${base}/team?status=deactivated`} />
        <Kpi label="Pending invitations" value={stats.pendingInvitations} href={`${base}/invitations`} />
        <Kpi label="Departments" value={stats.departments} href={`${base}/departments`} />
        <Kpi label="Roles" value={stats.roles} />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="per-dept" className="rounded-lg border border-zinc-200 bg-white p-4">
          <h2 id="per-dept" className="mb-3 text-base font-semibold">
            Active members per department
          </h2>
          {stats.members.active === 0 ? (
            <EmptyState title="No active members yet" />
          ) : (
            <BarList items={stats.membersPerDepartment.map((d) => ({ label: d.name, value: d.count }))} />
          )}
        </section>
        <section aria-labelledby="joins" className="rounded-lg border border-zinc-200 bg-white p-4">
          <h2 id="joins" className="mb-3 text-base font-semibold">
            Joins per week
          </h2>
          <WeekChart weeks={stats.joinsPerWeek} />
        </section>
      </div>
      {showActivity ? (
        <section aria-labelledby="recent" className="rounded-lg border border-zinc-200 bg-white p-4">
          <h2 id="recent" className="mb-3 text-base font-semibold">
            Recent activity
          </h2>
          {stats.recentActivity.length === 0 ? (
            <EmptyState title="Nothing has happened yet" />
          ) : (
            <ul className="divide-y divide-zinc-100">
              {stats.recentActivity.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id in the stats shape
                <li key={i} className="flex justify-between gap-3 py-2 text-sm">
                  <span>
                    <span className="font-medium">{a.action}</span> by {a.actorLabel}
                  </span>
                  <span className="text-zinc-500">
                    <DateTime value={a.createdAt} format="full" />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
