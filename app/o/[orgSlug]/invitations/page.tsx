import type { Metadata } from 'next';
import { InvitationsView } from '@/components/invitations/invitations-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { createImportOp } from '@/lib/api/operations/imports';
import { createInvitationOp, listInvitationsOp, revokeInvitationOp } from '@/lib/api/operations/invitations';
import { ListInvitationsQuery } from '@/lib/schemas/invitation';
import { can } from '@/lib/server/guard';
import { listInvitations } from '@/lib/services/invitations/list-invitations';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Invitations' };

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'invitations', raw);

  if (!can(ctx, listInvitationsOp)) {
    return (
      <>
        <PageHeader title="Invitations" />
        <NoAccess what="see invitations" permission={listInvitationsOp.access.permission} />
      </>
    );
  }

  const query = parseSearchParams(ListInvitationsQuery, raw);
  const list = await listInvitations(ctx, query);
  keepPageInRange(path, raw, list, query.page);

  return (
    <InvitationsView
      orgSlug={ctx.org.slug}
      permissions={{
        create: can(ctx, createInvitationOp),
        revoke: can(ctx, revokeInvitationOp),
        import: can(ctx, createImportOp),
      }}
      list={list}
      query={{ q: query.q ?? '', sort: query.sort, status: query.status ?? '' }}
    />
  );
}
