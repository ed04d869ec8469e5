'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendTestEventAction, updateWebhookAction } from '@/app/o/[orgSlug]/settings/webhooks/actions';
import type { Webhook } from '@/lib/schemas/webhook';

/** Enable/disable and "send test event", shared by the list and the endpoint's page; `notice` says how it went. */
export function useWebhookActions(orgSlug: string) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  async function act(key: string, run: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) {
    setBusy(key);
    setNotice(null);
    const result = await run();
    setBusy(null);
    setNotice(result.ok ? { tone: 'info', text: done } : { tone: 'error', text: result.error!.message });
    if (result.ok) router.refresh();
  }

  return {
    busy,
    notice,
    onToggle: (w: Webhook) =>
      act(
        `toggle:${w.id}`,
        () => updateWebhookAction(orgSlug, w.id, { enabled: !w.enabled }),
        w.enabled ? `${w.url} is disabled: no events are sent to it.` : `${w.url} is enabled again.`,
      ),
    onTest: (w: Webhook) =>
      act(`test:${w.id}`, () => sendTestEventAction(orgSlug, w.id), `A test event is on its way to ${w.url}.`),
  };
}
