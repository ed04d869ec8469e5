'use client';

import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { ApiKey } from '@/lib/schemas/api-key';
import type { ListResult } from '@/lib/schemas/list';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { apiKeyColumns } from './api-key-columns';
import { CreateApiKeyDialog, type CreatedKey } from './create-api-key-dialog';
import { CurlExample } from './curl-example';
import { RevokeApiKeyDialog } from './revoke-api-key-dialog';
import { SecretDialog } from './secret-dialog';

const urlDefaults = { page: 1 };
const itemName = { one: 'API key', other: 'API keys' };
const getRowId = (key: ApiKey) => key.id;

interface Props {
  orgSlug: string;
  /** This org's API base, e.g. https://portal.example.com/api/v1/organizations/<id>. */
  apiUrl: string;
  /** The permissions the current user holds: a key can only get these. */
  held: string[];
  now: string;
  list: ListResult<ApiKey>;
  query: { q: string; sort: string };
}

export function ApiKeysView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <ApiKeys {...props} />
    </ListUrlStateProvider>
  );
}

function ApiKeys({ orgSlug, apiUrl, held, now, list, query }: Props) {
  const { update } = useListUrlState();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // Keys revoked here show as revoked at once, before the server's next render.
  const [revoked, setRevoked] = useState<Record<string, string>>({});
  const data = useMemo(
    () => list.data.map((k) => (revoked[k.id] && !k.revokedAt ? { ...k, revokedAt: revoked[k.id]! } : k)),
    [list.data, revoked],
  );
  const columns = useMemo(() => apiKeyColumns({ now, onRevoke: setRevoking }), [now]);
  const none = list.total === 0 && !query.q;
  const createButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New API key
    </Button>
  );

  return (
    <section aria-labelledby="api-keys-title" className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1">
          <h2 id="api-keys-title" className="text-base font-semibold text-zinc-900">
            API keys
          </h2>
          <p className="text-zinc-600">Let scripts and other systems use this organization&apos;s API.</p>
        </div>
        {none ? null : createButton}
      </div>
      {none ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No API keys yet"
            description="An API key lets a script or another system (an HR tool, a nightly sync) call this organization's REST API without anyone's password. It holds only the permissions you choose, can expire, and can be revoked at any time."
            action={createButton}
          />
          <div className="mx-auto max-w-2xl space-y-2 px-6 pb-10">
            <p className="text-zinc-600">Send the key as a bearer token, for example to list the departments:</p>
            <CurlExample apiUrl={apiUrl} />
          </div>
        </div>
      ) : (
        <>
          <SearchInput label="Search API keys" placeholder="Search by name" value={query.q} />
          <DataTable
            label="API keys"
            columns={columns}
            data={data}
            getRowId={getRowId}
            sort={query.sort}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            itemName={itemName}
            empty={
              <EmptyState
                title={`No API keys match “${query.q}”`}
                description="Check the spelling or try another name."
                action={<Button onClick={() => update({ q: '' }, { resetPage: true })}>Clear search</Button>}
              />
            }
          />
          <details className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm">
            <summary className="cursor-pointer font-medium text-zinc-800">How to use a key</summary>
            <div className="mt-3 space-y-2 text-zinc-600">
              <p>Send it as a bearer token. A key works for this organization only, within its permissions.</p>
              <CurlExample apiUrl={apiUrl} />
            </div>
          </details>
        </>
      )}
      <CreateApiKeyDialog
        orgSlug={orgSlug}
        held={held}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      <SecretDialog apiKey={created} apiUrl={apiUrl} onClose={() => setCreated(null)} />
      <RevokeApiKeyDialog
        orgSlug={orgSlug}
        apiKey={revoking}
        onClose={(id) => {
          setRevoking(null);
          if (id) setRevoked((r) => ({ ...r, [id]: new Date().toISOString() }));
        }}
      />
    </section>
  );
}
