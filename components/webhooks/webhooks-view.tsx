'use client';

import { useMemo, useState } from 'react';
import { deleteWebhookAction } from '@/app/o/[orgSlug]/settings/webhooks/actions';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import type { ListResult } from '@/lib/schemas/list';
import type { CreatedWebhook, Webhook } from '@/lib/schemas/webhook';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { useWebhookActions } from './use-webhook-actions';
import { webhookColumns } from './webhook-columns';
import { WebhookFormDialog } from './webhook-form-dialog';
import { WebhookSecretDialog } from './webhook-secret-dialog';

const urlDefaults = { page: 1 };
const itemName = { one: 'endpoint', other: 'endpoints' };
const getRowId = (w: Webhook) => w.id;

interface Props {
  orgSlug: string;
  list: ListResult<Webhook>;
  query: { q: string; sort: string };
}

export function WebhooksView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Webhooks {...props} />
    </ListUrlStateProvider>
  );
}

function Webhooks({ orgSlug, list, query }: Props) {
  const { update } = useListUrlState();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const { busy, notice, onToggle, onTest } = useWebhookActions(orgSlug);
  const base = `/o/${orgSlug}/settings/webhooks`;
  const columns = useMemo(
    () => webhookColumns({ detailHref: (w) => `${base}/${w.id}`, onToggle, onTest, onDelete: setDeleting, busy }),
    [base, onToggle, onTest, busy],
  );
  const none = list.total === 0 && !query.q;
  const createButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New endpoint
    </Button>
  );

  return (
    <section aria-labelledby="webhooks-title" className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1">
          <h2 id="webhooks-title" className="text-base font-semibold text-zinc-900">
            Webhooks
          </h2>
          <p className="text-zinc-600">
            Tell other systems when members, invitations, roles, departments or imports change: signed HTTP requests
            (Standard Webhooks), retried for three days.
          </p>
        </div>
        {none ? null : createButton}
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No endpoints yet"
            description="An endpoint is a URL of your HR, billing or identity system. The portal POSTs each event you choose to it, signed with a secret only you and the portal know, and retries when it fails."
            action={createButton}
          />
        </div>
      ) : (
        <>
          <SearchInput label="Search endpoints" placeholder="Search by URL or description" value={query.q} />
          <DataTable
            label="Webhook endpoints"
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
                title={`No endpoints match “${query.q}”`}
                description="Check the spelling or search for another part of the URL."
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
        </>
      )}
      <WebhookFormDialog orgSlug={orgSlug} open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <WebhookSecretDialog created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete endpoint"
        description={
          <p>
            <span className="break-all font-medium">{deleting?.url}</span> stops receiving events, and its delivery log
            is deleted. This cannot be undone.
          </p>
        }
        confirmLabel="Delete endpoint"
        onConfirm={() => deleteWebhookAction(orgSlug, deleting!.id)}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
