import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditLogOp } from '@/lib/api/operations/audit';
import { getOrgStatsOp } from '@/lib/api/operations/stats';
import { can } from '@/lib/server/guard';
import { getOrgStats } from '@/lib/services/stats/get-org-stats';
import { orgNav } from './nav';
import { orgContext } from './org-context';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function OrgDashboard({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug);
  // A role without org.read lands on the first page it may open (there is always one: requests).
  if (!can(ctx, getOrgStatsOp)) redirect(orgNav(ctx)[0]!.href);
  const stats = await getOrgStats(ctx);
  return (
    <>
      <PageHeader title={ctx.org.name} description="Your organization at a glance." />
      <DashboardView stats={stats} base={`/o/${ctx.org.slug}`} showActivity={can(ctx, listAuditLogOp)} />
    </>
  );
}
