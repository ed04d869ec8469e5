'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { z } from 'zod';
import { createWebhookAction, updateWebhookAction } from '@/app/o/[orgSlug]/settings/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/text-field';
import { type CreatedWebhook, CreateWebhookInput, type Webhook } from '@/lib/schemas/webhook';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { EventPicker } from './event-picker';

/** The server's own schema; the description is a plain field here (empty = none). */
const WebhookForm = CreateWebhookInput.extend({ description: z.string().trim().max(200, 'At most 200 characters') });
type WebhookForm = z.input<typeof WebhookForm>;
const fieldNames = ['url', 'events', 'description'] as const;

/** `events.3` -> events: the picker shows one message for the whole list. */
function formFields(fields: Record<string, string[]> | undefined) {
  if (!fields) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = key.startsWith('events.') ? 'events' : key;
    out[name] = [...(out[name] ?? []), ...messages];
  }
  return out;
}

/** Creates an endpoint (then `onCreated` gets its secret) or, with `webhook`, edits one. */
export function WebhookFormDialog({
  orgSlug,
  open,
  webhook,
  onClose,
  onCreated,
}: {
  orgSlug: string;
  open: boolean;
  webhook?: Webhook;
  onClose: () => void;
  onCreated?: (created: CreatedWebhook) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={webhook ? 'Edit endpoint' : 'New endpoint'} className="max-w-2xl">
      <Form orgSlug={orgSlug} webhook={webhook} onDone={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function Form({
  orgSlug,
  webhook,
  onDone,
  onCreated,
}: {
  orgSlug: string;
  webhook?: Webhook;
  onDone: () => void;
  onCreated?: (created: CreatedWebhook) => void;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const { register, control, handleSubmit, setError, formState } = useForm<WebhookForm, unknown, WebhookForm>({
    resolver: zodResolver(WebhookForm),
    defaultValues: {
      url: webhook?.url ?? '',
      events: (webhook?.events ?? []) as never,
      description: webhook?.description ?? '',
    },
  });
  const { field: events, fieldState: eventsState } = useController({ control, name: 'events' });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = webhook
      ? await updateWebhookAction(orgSlug, webhook.id, values)
      : await createWebhookAction(orgSlug, values);
    if (result.ok) {
      if (!webhook) onCreated?.(result.data as CreatedWebhook);
      return onDone();
    }
    setFormError(applyServerErrors({ ...result.error, fields: formFields(result.error.fields) }, fieldNames, setError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField
        id={`${id}-url`}
        label="Endpoint URL"
        hint="Where the portal POSTs the events: an https:// URL of a public host."
        inputMode="text"
        registration={register('url')}
        error={errors.url?.message}
      />
      <TextField
        id={`${id}-description`}
        label="Description"
        hint="Optional: what receives the events, e.g. HR system."
        registration={register('description')}
        error={errors.description?.message}
      />
      <EventPicker
        value={events.value as string[]}
        onChange={events.onChange}
        error={eventsState.error?.message}
        errorId={`${id}-events-error`}
      />
      <DialogActions>
        <Button onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={isSubmitting}>
          {webhook ? 'Save changes' : 'Create endpoint'}
        </Button>
      </DialogActions>
    </form>
  );
}
