import type { Metadata } from 'next';
import { DomainJoinSection } from '@/components/domains/domain-join-section';
import { DomainsView } from '@/components/domains/domains-view';
import { NoAccess } from '@/components/ui/no-access';
import { listDomainsOp } from '@/lib/api/operations/domains';
import { ListDomainsQuery } from '@/lib/schemas/domain';
import { PAGE_SIZE_MAX } from '@/lib/schemas/list';
import { can, holds } from '@/lib/server/guard';
import { getDomainJoinSettings } from '@/lib/services/domains/domain-join-settings';
import { listDomains } from '@/lib/services/domains/list-domains';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Domains' };

export default async function DomainsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/domains`);
  if (!can(ctx, listDomainsOp)) return <NoAccess what="manage domains" permission={listDomainsOp.access.permission} />;
  // An org claims a handful of domains: one page of the largest size holds them.
  const [list, settings] = await Promise.all([
    listDomains(ctx, ListDomainsQuery.parse({ pageSize: PAGE_SIZE_MAX })),
    getDomainJoinSettings(ctx),
  ]);
  return (
    <div className="space-y-8">
      <DomainsView orgSlug={ctx.org.slug} domains={list.data} />
      <DomainJoinSection
        orgSlug={ctx.org.slug}
        settings={settings}
        hasVerifiedDomain={list.data.some((d) => d.status === 'verified')}
        canManageSso={holds(ctx, 'sso.manage')}
      />
    </div>
  );
}
