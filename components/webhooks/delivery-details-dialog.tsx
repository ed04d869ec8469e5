'use client';

import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { WebhookDeliveryDetail } from '@/lib/schemas/webhook';
import { DeliveryStatusBadge } from './delivery-columns';

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** One delivery: every attempt (code, duration, error, the start of the answer) and the payload sent. */
export function DeliveryDetailsDialog({
  delivery,
  onClose,
}: {
  delivery: WebhookDeliveryDetail | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={delivery !== null} onClose={onClose} title="Delivery" className="max-w-3xl">
      {delivery ? (
        <div className="space-y-5">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-zinc-500">Event</dt>
            <dd>
              <code className="font-mono text-xs">{delivery.event}</code>
            </dd>
            <dt className="text-zinc-500">Message id</dt>
            <dd>
              <code className="font-mono text-xs break-all">{delivery.eventId}</code>
            </dd>
            <dt className="text-zinc-500">Status</dt>
            <dd>
              <DeliveryStatusBadge status={delivery.status} />
            </dd>
          </dl>
          <section aria-labelledby="attempts-title" className="space-y-2">
            <h3 id="attempts-title" className="text-sm font-semibold text-zinc-900">
              Attempts
            </h3>
            {delivery.attemptLog.length === 0 ? (
              <p className="text-sm text-zinc-600">No attempt yet: the first one is on its way.</p>
            ) : (
              <ol className="space-y-2">
                {delivery.attemptLog.map((a) => (
                  <li key={a.number} className="rounded-md border border-zinc-200 p-3 text-sm">
                    <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <span className="font-medium">Attempt {a.number}</span>
                      <span className={a.succeeded ? 'text-emerald-700' : 'text-red-700'}>
                        {a.responseCode ?? 'no answer'}
                      </span>
                      <span className="tabular-nums text-zinc-600">{a.durationMs} ms</span>
                      <span className="text-zinc-600">
                        <DateTime value={a.createdAt} format="full" />
                      </span>
                      {a.manual ? <span className="text-xs text-zinc-500">retried by hand</span> : null}
                    </p>
                    {a.error ? <p className="mt-1 text-red-700">{a.error}</p> : null}
                    {a.responseBody ? (
                      <pre className="mt-2 max-h-40 overflow-auto rounded bg-zinc-50 p-2 text-xs whitespace-pre-wrap break-all">
                        {a.responseBody}
                      </pre>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="payload-title" className="space-y-2">
            <h3 id="payload-title" className="text-sm font-semibold text-zinc-900">
              Payload
            </h3>
            <pre className="max-h-72 overflow-auto rounded bg-zinc-50 p-2 text-xs">{pretty(delivery.payload)}</pre>
          </section>
          <DialogActions>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </div>
      ) : null}
    </Dialog>
  );
}
