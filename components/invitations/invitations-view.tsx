'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { resendInvitationAction } from '@/app/o/[orgSlug]/invitations/actions';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { StatusChips } from '@/components/data-table/status-chips';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { type Invitation, type InvitationStatus, invitationStatuses } from '@/lib/schemas/invitation';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { invitationColumns } from './columns';
import { InviteDialog } from './invite-dialog';
import { RevokeInvitationDialog } from './revoke-invitation-dialog';
import { statusLabels } from './status-badge';

const urlDefaults = { page: 1, sort: '-createdAt' };
const itemName = { one: 'invitation', other: 'invitations' };
const getRowId = (invitation: Invitation) => invitation.id;

interface Props {
  orgSlug: string;
  permissions: { create: boolean; revoke: boolean; import: boolean };
  list: ListResult<Invitation>;
  query: { q: string; sort: string; status: InvitationStatus | '' };
}

type Notice = { tone: 'info' | 'error'; text: string } | null;

export function InvitationsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Invitations {...props} />
    </ListUrlStateProvider>
  );
}

function Invitations({ orgSlug, permissions, list, query }: Props) {
  const { update } = useListUrlState();
  const [inviting, setInviting] = useState(false);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const columns = useMemo(
    () =>
      invitationColumns({
        canResend: permissions.create,
        canRevoke: permissions.revoke,
        resending,
        onResend: async (invitation) => {
          setResending(invitation.id);
          setNotice(null);
          const result = await resendInvitationAction(orgSlug, invitation.id);
          setResending(null);
          setNotice(
            result.ok
              ? {
                  tone: 'info',
                  text: `Invitation sent again to ${invitation.email}. The previous link no longer works.`,
                }
              : { tone: 'error', text: result.error.message },
          );
        },
        onRevoke: (invitation) => {
          setNotice(null);
          setRevoking(invitation);
        },
      }),
    [orgSlug, permissions.create, permissions.revoke, resending],
  );

  const filtered = Boolean(query.q || query.status);
  const none = list.total === 0 && !filtered;
  const actions = (
    <>
      {permissions.import ? (
        <Link href={`/o/${orgSlug}/invitations/import`} className={buttonClasses('secondary')}>
          Bulk import
        </Link>
      ) : null}
      {permissions.create ? (
        <Button variant="primary" onClick={() => setInviting(true)}>
          Invite
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title="Invitations"
        description="Invite people to join, and follow up on the invitations you sent."
        actions={none ? null : actions}
      />
      {notice ? (
        <Alert tone={notice.tone} className="mb-4">
          <span data-testid="invitations-notice">{notice.text}</span>
        </Alert>
      ) : null}
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No invitations yet"
            description={
              permissions.create
                ? 'Invite the first person: they get an e-mail with a link to join.'
                : 'An administrator of this organization can invite people.'
            }
            action={permissions.create || permissions.import ? <div className="flex gap-2">{actions}</div> : null}
          />
        </div>
      ) : (
        <div className="space-y-4">
          <StatusChips statuses={invitationStatuses} labels={statusLabels} value={query.status} />
          <SearchInput label="Search invitations" placeholder="Search by e-mail" value={query.q} />
          <DataTable
            label="Invitations"
            columns={columns}
            data={list.data}
            getRowId={getRowId}
            sort={query.sort}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            itemName={itemName}
            empty={
              <EmptyState
                title={emptyTitle(query)}
                description="Try another status or search."
                action={
                  <Button onClick={() => update({ q: '', status: '' }, { resetPage: true })}>Clear filters</Button>
                }
              />
            }
          />
        </div>
      )}
      {permissions.create ? (
        <InviteDialog
          orgSlug={orgSlug}
          open={inviting}
          onClose={() => setInviting(false)}
          onInvited={(email) => {
            setInviting(false);
            setNotice({ tone: 'info', text: `Invitation sent to ${email}.` });
          }}
        />
      ) : null}
      {permissions.revoke ? (
        <RevokeInvitationDialog
          orgSlug={orgSlug}
          invitation={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(invitation) => {
            setRevoking(null);
            setNotice({ tone: 'info', text: `The invitation to ${invitation.email} was revoked.` });
          }}
        />
      ) : null}
    </>
  );
}

function emptyTitle(query: Props['query']): string {
  const status = query.status ? statusLabels[query.status].toLowerCase() : '';
  if (query.q) return `No ${status ? `${status} ` : ''}invitations match “${query.q}”`;
  return `No ${status} invitations`;
}
