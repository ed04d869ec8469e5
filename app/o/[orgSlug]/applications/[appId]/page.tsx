import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApplicationDetail } from '@/components/applications/application-detail';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { grantMemberApplicationsOp, listApplicationHoldersOp } from '@/lib/api/operations/applications';
import { listMembersOp } from '@/lib/api/operations/members';
import { ListHoldersQuery } from '@/lib/schemas/application';
import { AppError } from '@/lib/server/errors';
import { can } from '@/lib/server/guard';
import { getApplication } from '@/lib/services/applications/get-application';
import { listHolders } from '@/lib/services/applications/list-holders';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../../list-page';

export const metadata: Metadata = { title: 'Application' };

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string; appId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug, appId } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, `applications/${appId}`, raw);
  // Who holds an application is a list of people: it needs the member directory's permission too.
  for (const op of [listApplicationHoldersOp, listMembersOp]) {
    if (!can(ctx, op)) {
      return (
        <>
          <PageHeader title="Application" />
          <NoAccess what="see who holds applications" permission={op.access.permission} />
        </>
      );
    }
  }
  const query = parseSearchParams(ListHoldersQuery, raw);
  const [app, holders] = await Promise.all([getApplication(ctx, appId), listHolders(ctx, appId, query)]).catch(
    (error) => {
      if (error instanceof AppError && error.code === 'not_found') notFound();
      throw error;
    },
  );
  keepPageInRange(path, raw, holders, query.page);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${ctx.org.slug}/applications`} className="text-indigo-700 hover:underline">
          ← Applications
        </Link>
      </p>
      <ApplicationDetail
        orgSlug={ctx.org.slug}
        app={app}
        canGrant={can(ctx, grantMemberApplicationsOp)}
        holders={holders}
        query={{ q: query.q ?? '', sort: query.sort }}
      />
    </>
  );
}
