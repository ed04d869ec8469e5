'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteWebhookAction, rotateWebhookSecretAction } from '@/app/o/[orgSlug]/settings/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DateTime } from '@/components/ui/date-time';
import type { ListResult } from '@/lib/schemas/list';
import type {
  CreatedWebhook,
  DeliveryStatus,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
} from '@/lib/schemas/webhook';
import { ListUrlStateProvider } from '@/lib/ui/list-url-state';
import { DeliveryLog } from './delivery-log';
import { useWebhookActions } from './use-webhook-actions';
import { WebhookFormDialog } from './webhook-form-dialog';
import { WebhookSecretDialog } from './webhook-secret-dialog';
import { WebhookStatus } from './webhook-status';

interface Props {
  orgSlug: string;
  webhook: Webhook;
  list: ListResult<WebhookDelivery>;
  query: { event: string; status: DeliveryStatus | ''; sort: string };
  detail: WebhookDeliveryDetail | null;
}

/** One endpoint: what it receives, its actions (test, edit, rotate, enable/disable, delete) and its delivery log. */
export function WebhookDetailView({ orgSlug, webhook, list, query, detail }: Props) {
  const router = useRouter();
  const base = `/o/${orgSlug}/settings/webhooks`;
  const { busy, notice, onToggle, onTest } = useWebhookActions(orgSlug);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'rotate' | 'delete' | null>(null);
  const [rotated, setRotated] = useState<CreatedWebhook | null>(null);

  return (
    <div className="space-y-6">
      <Link href={base} className="text-sm text-zinc-600 hover:text-zinc-900">
        ← All endpoints
      </Link>
      <section
        aria-labelledby="endpoint-title"
        className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h2 id="endpoint-title" className="text-base font-semibold break-all text-zinc-900">
              {webhook.url}
            </h2>
            {webhook.description ? <p className="text-zinc-600">{webhook.description}</p> : null}
            <WebhookStatus webhook={webhook} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => onTest(webhook)} disabled={!webhook.enabled} pending={busy === `test:${webhook.id}`}>
              Send test event
            </Button>
            <Button onClick={() => setEditing(true)}>Edit</Button>
            <Button onClick={() => setConfirm('rotate')}>Rotate secret</Button>
            <Button onClick={() => onToggle(webhook)} pending={busy === `toggle:${webhook.id}`}>
              {webhook.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button variant="danger" onClick={() => setConfirm('delete')}>
              Delete
            </Button>
          </div>
        </div>
        {!webhook.enabled && webhook.disabledReason ? (
          <Alert title="The portal disabled this endpoint">
            It was disabled because {webhook.disabledReason} Fix the receiver, enable the endpoint, then retry the
            failed deliveries below.
          </Alert>
        ) : null}
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-zinc-500">Events</dt>
          <dd className="flex flex-wrap gap-1">
            {webhook.events.map((e) => (
              <code key={e} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
                {e}
              </code>
            ))}
          </dd>
          <dt className="text-zinc-500">Signing</dt>
          <dd className="text-zinc-700">
            {webhook.previousSecretExpiresAt ? (
              <>
                Signed with the new and the previous secret until{' '}
                <DateTime value={webhook.previousSecretExpiresAt} format="full" />.
              </>
            ) : (
              'Signed with one secret (shown when it was made).'
            )}
          </dd>
          <dt className="text-zinc-500">Created</dt>
          <dd className="text-zinc-700">
            <DateTime value={webhook.createdAt} format="full" />
          </dd>
        </dl>
      </section>
      <ListUrlStateProvider defaults={{ page: 1 }}>
        <DeliveryLog
          orgSlug={orgSlug}
          webhookId={webhook.id}
          enabled={webhook.enabled}
          events={webhook.events}
          list={list}
          query={query}
          detail={detail}
        />
      </ListUrlStateProvider>
      <WebhookFormDialog orgSlug={orgSlug} open={editing} webhook={webhook} onClose={() => setEditing(false)} />
      <WebhookSecretDialog created={rotated} rotated onClose={() => setRotated(null)} />
      <ConfirmDialog
        open={confirm === 'rotate'}
        title="Rotate the signing secret"
        description={
          <p>
            A new secret is made and shown once. The current one keeps signing alongside it for 24 hours, so that your
            receiver can switch without missing an event.
          </p>
        }
        confirmLabel="Rotate secret"
        onConfirm={async () => {
          const result = await rotateWebhookSecretAction(orgSlug, webhook.id);
          if (result.ok) setRotated(result.data);
          return result;
        }}
        onClose={() => setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'delete'}
        title="Delete endpoint"
        description={
          <p>The endpoint stops receiving events, and its delivery log is deleted. This cannot be undone.</p>
        }
        confirmLabel="Delete endpoint"
        onConfirm={() => deleteWebhookAction(orgSlug, webhook.id)}
        onClose={() => setConfirm(null)}
        onDone={() => router.push(base)}
      />
    </div>
  );
}
