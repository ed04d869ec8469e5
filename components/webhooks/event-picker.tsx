'use client';

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
  prefix,
  label,
  events: webhookEventTypes.filter((type) => type.startsWith(`${prefix}.`)),
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
      <div className="mt-2 grid max-h-72 gap-3 overflow-y-auto rounded-md border border-zinc-200 p-3 sm:grid-cols-2">
        {groups.map((group) => (
          <fieldset key={group.prefix}>
            <legend className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{group.label}</legend>
            <ul className="mt-1.5 space-y-1.5">
              {group.events.map((type) => {
                const id = `event-${type}`;
                return (
                  <li key={type} className="flex items-start gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      className="mt-0.5 size-4 rounded border-zinc-300 accent-zinc-900"
                      checked={chosen.has(type)}
                      aria-describedby={`${id}-description`}
                      onChange={(event) => set([type], event.target.checked)}
                    />
                    <div className="min-w-0">
                      <label htmlFor={id} className="text-zinc-900">
                        <code className="font-mono text-xs">{type}</code>
                      </label>
                      <p id={`${id}-description`} className="text-xs text-zinc-500">
                        {webhookEvents[type]}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
