'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

const formats = {
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  full: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date in the reader's time zone. The server does not know it, so the first
 * render (server and hydration) uses UTC and the browser then switches to local
 * time; this avoids a hydration mismatch.
 */
export function DateTime({ value, format = 'date' }: { value: string; format?: keyof typeof formats }) {
  const local = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(value);
  const timeZone = local ? undefined : 'UTC';
  const text = new Intl.DateTimeFormat('en', { ...formats[format], timeZone }).format(date);
  const title = new Intl.DateTimeFormat('en', { ...formats.full, timeZone, timeZoneName: 'short' }).format(date);
  return (
    <time dateTime={value} title={title}>
      {text}
    </time>
  );
}
