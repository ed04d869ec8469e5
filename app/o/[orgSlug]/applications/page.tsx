import type { Metadata } from 'next';
import { ApplicationsView } from '@/components/applications/applications-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { createApplicationOp, listApplicationsOp } from '@/lib/api/operations/applications';
import { ListApplicationsQuery } from '@/lib/schemas/application';
import { can } from '@/lib/server/guard';
import { listApplications } from '@/lib/services/applications/list-applications';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Applications' };

export default async function ApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'applications', raw);

  if (!can(ctx, listApplicationsOp)) {
    return (
      <>
        <PageHeader title="Applications" />
        <NoAccess what="see applications" permission={listApplicationsOp.access.permission} />
      </>
    );
  }

  const query = parseSearchParams(ListApplicationsQuery, raw);
  const list = await listApplications(ctx, query);
  keepPageInRange(path, raw, list, query.page);

  return (
    <ApplicationsView
      orgSlug={ctx.org.slug}
      canWrite={can(ctx, createApplicationOp)}
      list={list}
      query={{ q: query.q ?? '', sort: query.sort }}
    />
  );
}
