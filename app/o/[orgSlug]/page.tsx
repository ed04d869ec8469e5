import type { Metadata } from 'next';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/server/guard';
import { getOrgStats } from '@/lib/services/stats/get-org-stats';
import { orgContext } from './org-context';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function OrgDashboard({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug);
  if (!can(ctx, 'org.read')) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <NoAccess what="see the organization's dashboard" permission="org.read" />
      </>
    );
  }
  const stats = await getOrgStats(ctx);
  return (
    <>
      <PageHeader title={ctx.org.name} description="Your organization at a glance." />
      <DashboardView stats={stats} base={`/o/${ctx.org.slug}`} />
    </>
  );
}
