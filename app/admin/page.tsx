import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { SignupsChart } from '@/components/admin/signups-chart';
import { PageHeader } from '@/components/ui/page-header';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { mailboxEnabled } from '@/lib/services/mailbox/list-mailbox';
import { platformOverview } from '@/lib/services/organizations/platform-overview';

export const metadata: Metadata = { title: 'Platform admin' };

function Stat({ label, value, href, testId }: { label: string; value: number; href: string; testId: string }) {
  return (
    <Link
      href={href}
      className="flex flex-col rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm hover:bg-zinc-50"
    >
      <span className="text-xs font-medium text-zinc-600">{label}</span>
      <span className="text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </span>
    </Link>
  );
}

export default async function AdminPage() {
  const principal = await requireSuperadminPage('/admin');
  const overview = await platformOverview();
  return (
    <>
      <AdminTopBar email={principal.email} current="/admin" />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8 md:px-8">
        <PageHeader
          title="Overview"
          description="The platform at a glance."
          actions={
            mailboxEnabled() ? (
              <Link href="/dev/mailbox" className="text-sm font-medium text-zinc-600 hover:text-zinc-900">
                Dev mailbox
              </Link>
            ) : null
          }
        />
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat
            label="Active organizations"
            value={overview.organizations.active}
            href="/admin/organizations?status=active"
            testId="orgs-active"
          />
          <Stat
            label="Deactivated organizations"
            value={overview.organizations.deactivated}
            href="/admin/organizations?status=deactivated"
            testId="orgs-deactivated"
          />
          <Stat label="Users" value={overview.users} href="/admin/users" testId="users-total" />
          <Stat
            label="Open demo requests"
            value={overview.openDemoRequests}
            href="/admin/demo-requests"
            testId="open-demo-requests"
          />
        </div>
        <section aria-labelledby="signups-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
          <h2 id="signups-title" className="mb-3 font-semibold text-zinc-900">
            Sign-ups per week
          </h2>
          <SignupsChart weeks={overview.signUpsPerWeek} />
        </section>
      </main>
    </>
  );
}
