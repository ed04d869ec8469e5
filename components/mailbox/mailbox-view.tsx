'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { ListResult } from '@/lib/schemas/list';
import type { MailboxMessage } from '@/lib/schemas/mailbox';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { mailboxColumns } from './mailbox-columns';
import { MessageView } from './message-view';

const urlDefaults = { page: 1 };
const itemName = { one: 'message', other: 'messages' };
const getRowId = (m: MailboxMessage) => m.id;

interface Props {
  list: ListResult<MailboxMessage>;
  q: string;
  selectedId: string | null;
}

export function MailboxView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Mailbox {...props} />
    </ListUrlStateProvider>
  );
}

function Mailbox({ list, q, selectedId }: Props) {
  const { update } = useListUrlState();
  const searchParams = useSearchParams();
  const columns = useMemo(() => {
    const hrefFor = (id: string) => {
      const params = new URLSearchParams(searchParams.toString());
      params.set('message', id);
      return `?${params}`;
    };
    return mailboxColumns({ hrefFor, selectedId });
  }, [searchParams, selectedId]);
  const closeHref = useMemo(() => {
    const params = new URLSearchParams(searchParams.toString());
    params.delete('message');
    const query = params.toString();
    return query ? `?${query}` : '/dev/mailbox';
  }, [searchParams]);
  const selected = list.data.find((m) => m.id === selectedId);
  const none = list.total === 0 && !q;

  return (
    <div className="space-y-6">
      <PageHeader title="Dev mailbox" description="Every e-mail the app has sent, newest first." />
      <Alert tone="info" title="E-mail is not being delivered">
        <code className="font-mono text-xs">SMTP_URL</code> is not set, so the app keeps each message here instead of
        sending it. Links in these messages open in this tab, so activation, invitation and reset links work from here.
        Set <code className="font-mono text-xs">SMTP_URL</code> to send real e-mail; this page then disappears.
      </Alert>
      {selected ? <MessageView message={selected} closeHref={closeHref} /> : null}
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No e-mail yet"
            description="Messages appear here as soon as the app sends one, e.g. after a sign-up or a password reset request."
          />
        </div>
      ) : (
        <div className="space-y-4">
          <SearchInput label="Search by recipient" placeholder="Recipient's e-mail" value={q} />
          <DataTable
            label="Messages"
            columns={columns}
            data={list.data}
            getRowId={getRowId}
            sort="-createdAt"
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            itemName={itemName}
            empty={
              <EmptyState
                title={`No messages to “${q}”`}
                description="Check the address or search for part of it."
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </div>
      )}
    </div>
  );
}
