import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ApiKeysView } from '@/components/settings/api-keys-view';
import { NoAccess } from '@/components/ui/no-access';
import { createApiKeyOp } from '@/lib/api/operations/api-keys';
import { ListApiKeysQuery } from '@/lib/schemas/api-key';
import { config } from '@/lib/server/config';
import { can } from '@/lib/server/guard';
import { listApiKeys } from '@/lib/services/api-keys/list-api-keys';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const path = `/o/${orgSlug}/settings/api-keys`;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const ctx = await orgContext(orgSlug, search ? `${path}?${search}` : path);
  if (!can(ctx, createApiKeyOp))
    return <NoAccess what="manage API keys" permission={createApiKeyOp.access.permission} />;

  const query = parseSearchParams(ListApiKeysQuery, raw);
  const list = await listApiKeys(ctx, query);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(firstValues(raw));
    next.set('page', String(list.totalPages));
    redirect(`${path}?${next}`);
  }

  const appUrl = (config.appUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  return (
    <ApiKeysView
      orgSlug={ctx.org.slug}
      apiUrl={`${appUrl}/api/v1/organizations/${ctx.org.id}`}
      held={[...ctx.permissions]}
      now={new Date().toISOString()}
      list={list}
      query={{ q: query.q ?? '', sort: query.sort }}
    />
  );
}
