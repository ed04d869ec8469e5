'use client';

import { useEffect, useId, useState } from 'react';
import { Input } from '@/components/ui/input';
import { useListUrlState } from '@/lib/ui/list-url-state';

const DEBOUNCE_MS = 300;

/** A server-side search box: writes `q` to the URL 300 ms after typing stops (Enter: at once). */
export function SearchInput({ label, value, placeholder }: { label: string; value: string; placeholder?: string }) {
  const id = useId();
  const { update } = useListUrlState();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);

  // The URL changed under us (back button, "clear search"): show its value.
  if (value !== seen) {
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    const q = text.trim();
    if (q === value) return;
    const timer = setTimeout(() => update({ q }, { resetPage: true }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, update]);

  return (
    <search className="relative block w-full sm:max-w-xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim() }, { resetPage: true });
        }}
      >
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <svg
          viewBox="0 0 16 16"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-500"
          fill="none"
          aria-hidden="true"
        >
          <circle cx="7" cy="7" r="4.5" stroke="currentColor" strokeWidth="1.5" />
          <path d="m10.5 10.5 3 3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <Input
          id={id}
          type="search"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          className="pl-8"
          onChange={(event) => setText(event.target.value)}
        />
      </form>
    </search>
  );
}
