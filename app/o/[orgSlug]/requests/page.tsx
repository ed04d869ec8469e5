import type { Metadata } from 'next';
import { RequestsView } from '@/components/requests/requests-view';
import { ListRoleRequestsQuery } from '@/lib/schemas/role-request';
import { holds } from '@/lib/server/guard';
import { countPendingRoleRequests, listRoleRequests } from '@/lib/services/role-requests/list-role-requests';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Role requests' };

/** Reviewers see every request of the org; anyone else sees their own (the service decides). */
export default async function RequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'requests', raw);
  const query = parseSearchParams(ListRoleRequestsQuery, raw);
  const [list, pending] = await Promise.all([listRoleRequests(ctx, query), countPendingRoleRequests(ctx)]);
  keepPageInRange(path, raw, list, query.page);

  return (
    <RequestsView
      orgSlug={ctx.org.slug}
      seesAll={holds(ctx, 'role_requests.read')}
      canRequest={ctx.principal.kind === 'user' && ctx.membership !== null}
      pending={pending}
      list={list}
      query={{ q: query.q ?? '', sort: query.sort, status: query.status ?? '' }}
    />
  );
}
