'use client';

import { GroupedCheckboxes } from '@/components/ui/grouped-checkboxes';
import { type WebhookEventType, webhookEvents, webhookEventTypes } from '@/lib/schemas/webhook';

const groupLabels: Record<string, string> = {
  organization: 'Organization',
  member: 'Members',
  invitation: 'Invitations',
  role: 'Roles',
  department: 'Departments',
  import: 'Bulk imports',
};

const groups = Object.entries(groupLabels).map(([prefix, label]) => ({
  key: prefix,
  label,
  items: webhookEventTypes
    .filter((type) => type.startsWith(`${prefix}.`))
    .map((type) => ({ key: type, description: webhookEvents[type] })),
}));

/** The event catalog as checkboxes, grouped by resource, with "all events" at the top. */
export function EventPicker({
  value,
  onChange,
  error,
  errorId,
}: {
  value: string[];
  onChange: (next: WebhookEventType[]) => void;
  error?: string;
  errorId: string;
}) {
  const chosen = new Set(value);
  const all = webhookEventTypes.every((t) => chosen.has(t));
  const set = (types: readonly WebhookEventType[], on: boolean) => {
    const next = new Set(chosen as Set<WebhookEventType>);
    for (const t of types) {
      if (on) next.add(t);
      else next.delete(t);
    }
    onChange(webhookEventTypes.filter((t) => next.has(t)));
  };
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-zinc-800">Events</legend>
      <p className="mt-1 text-xs text-zinc-500">The endpoint receives only the events you choose.</p>
      {error ? (
        <p id={errorId} className="mt-1.5 text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
      <label className="mt-2 flex items-center gap-2 text-sm text-zinc-900">
        <input
          type="checkbox"
          className="size-4 rounded border-zinc-300 accent-zinc-900"
          checked={all}
          onChange={(event) => set(webhookEventTypes, event.target.checked)}
        />
        All events
      </label>
      <GroupedCheckboxes
        idPrefix="event"
        className="mt-2 grid gap-3 sm:grid-cols-2"
        chosen={chosen}
        onToggle={(type, on) => set([type as WebhookEventType], on)}
        groups={groups}
      />
    </fieldset>
  );
}
