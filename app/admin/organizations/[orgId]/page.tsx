import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddOrgAdminCard } from '@/components/admin/add-org-admin-card';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { OrgDangerZone } from '@/components/admin/org-danger-zone';
import { LogoForm } from '@/components/organizations/logo-form';
import { ActiveBadge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { PageHeader } from '@/components/ui/page-header';
import { Facts, Panel } from '@/components/ui/panel';
import { db } from '@/lib/server/db';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { organizationSelect, toOrganization } from '@/lib/services/organizations/get-organization';
import { logoPathOf } from '@/lib/services/organizations/logo-path';

export const metadata: Metadata = { title: 'Organization' };

async function memberSummary(orgId: string) {
  const [byRole, byStatus, pendingInvites] = await Promise.all([
    db.role.findMany({
      where: { organizationId: orgId },
      orderBy: [{ builtIn: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true, _count: { select: { memberships: true } } },
    }),
    db.membership.groupBy({ by: ['status'], where: { organizationId: orgId }, _count: { _all: true } }),
    db.invitation.count({ where: { organizationId: orgId, status: 'pending', expiresAt: { gt: new Date() } } }),
  ]);
  const status = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]));
  return { byRole, active: status.active ?? 0, deactivated: status.deactivated ?? 0, pendingInvites };
}

export default async function OrganizationDetailPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const principal = await requireSuperadminPage(`/admin/organizations/${encodeURIComponent(orgId)}`);
  const row = await db.organization.findUnique({ where: { id: orgId }, select: organizationSelect });
  if (!row) notFound();
  const org = toOrganization(row);
  const summary = await memberSummary(org.id);
  const profile: [string, string][] = [
    ['Slug', org.slug],
    ['Domain', org.domain ?? '—'],
    ['Industry', org.industry ?? '—'],
    ['Location', org.location ?? '—'],
    ['Website', org.website ?? '—'],
    ['Invitation expiry', `${org.invitationExpiryDays} days`],
  ];
  return (
    <>
      <AdminTopBar email={principal.email} current="/admin/organizations" />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8 md:px-8">
        <PageHeader
          title={org.name}
          description={
            <span className="flex items-center gap-2">
              <ActiveBadge status={org.status} /> Created <DateTime value={org.createdAt} />
            </span>
          }
          actions={
            org.status === 'active' ? (
              <Link href={`/o/${org.slug}`} className="text-sm font-medium text-indigo-700 hover:underline">
                Open as support
              </Link>
            ) : null
          }
        />
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="profile-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
            <h2 id="profile-title" className="mb-3 font-semibold text-zinc-900">
              Profile
            </h2>
            <Facts facts={profile} />
            {org.status === 'active' ? (
              <Link
                href={`/o/${org.slug}/settings`}
                className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline"
              >
                Edit the profile in its settings
              </Link>
            ) : null}
          </section>
          <section aria-labelledby="members-title" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
            <h2 id="members-title" className="mb-3 font-semibold text-zinc-900">
              Members
            </h2>
            <dl className="grid grid-cols-[9rem_1fr] gap-y-2 text-sm" data-testid="member-summary">
              <dt className="text-zinc-600">Active</dt>
              <dd className="font-medium tabular-nums">{summary.active}</dd>
              <dt className="text-zinc-600">Deactivated</dt>
              <dd className="font-medium tabular-nums">{summary.deactivated}</dd>
              <dt className="text-zinc-600">Pending invitations</dt>
              <dd className="font-medium tabular-nums">{summary.pendingInvites}</dd>
              {summary.byRole.map((role) => (
                <div key={role.id} className="contents">
                  <dt className="text-zinc-600">{role.name}</dt>
                  <dd className="font-medium tabular-nums">{role._count.memberships}</dd>
                </div>
              ))}
            </dl>
            <Link
              href={`/admin/users?organizationId=${org.id}`}
              className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline"
            >
              See its users
            </Link>
          </section>
          <Panel id="logo" title="Logo">
            <LogoForm org={org} logoUrl={logoPathOf(row.id, row.logoKey)} />
          </Panel>
          {org.status === 'active' ? <AddOrgAdminCard orgId={org.id} /> : null}
          <OrgDangerZone org={org} />
        </div>
      </main>
    </>
  );
}
