'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { cn } from '@/lib/ui/cn';

export interface OrgRef {
  id: string;
  slug: string;
  name: string;
  /** The org's public logo URL, or null: its initial is shown instead. */
  logoUrl?: string | null;
}

function OrgBadge({ name, logoUrl }: { name: string; logoUrl?: string | null }) {
  if (logoUrl) {
    // biome-ignore lint/performance/noImgElement: our own small, versioned PNG
    return <img src={logoUrl} alt="" data-testid="org-logo" className="size-7 shrink-0 rounded-md object-contain" />;
  }
  return (
    <span
      aria-hidden="true"
      className="flex size-7 shrink-0 items-center justify-center rounded-md bg-indigo-600 text-xs font-semibold text-white"
    >
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}

/**
 * The current org, and a disclosure listing the user's other orgs (and the
 * platform console for superadmins) when there is somewhere else to go.
 */
export function OrgSwitcher({
  current,
  orgs,
  isSuperadmin,
}: {
  current: OrgRef;
  orgs: OrgRef[];
  isSuperadmin: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const others = orgs.filter((org) => org.id !== current.id);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const title = (
    <>
      <OrgBadge name={current.name} logoUrl={current.logoUrl} />
      <span className="min-w-0 flex-1 truncate text-left font-semibold text-zinc-900">{current.name}</span>
    </>
  );

  if (others.length === 0 && !isSuperadmin) {
    return (
      <div className="flex items-center gap-2 px-1.5 py-1" data-testid="current-org">
        {title}
      </div>
    );
  }

  const itemClass =
    'flex items-center gap-2 rounded-md px-2 py-1.5 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900';

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Switch organization (current: ${current.name})`}
        data-testid="current-org"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center gap-2 rounded-md px-1.5 py-1 hover:bg-zinc-100"
      >
        {title}
        <svg viewBox="0 0 16 16" className="size-4 shrink-0 text-zinc-500" fill="none" aria-hidden="true">
          <path
            d="m5 6.5 3-3 3 3M5 9.5l3 3 3-3"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-1 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg"
      >
        <nav aria-label="Organizations">
          <ul className="space-y-0.5">
            {orgs.map((org) => (
              <li key={org.id}>
                <Link
                  href={`/o/${org.slug}`}
                  aria-current={org.id === current.id ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                  className={cn(itemClass, org.id === current.id && 'bg-zinc-50 font-medium text-zinc-900')}
                >
                  <OrgBadge name={org.name} logoUrl={org.logoUrl} />
                  <span className="truncate">{org.name}</span>
                </Link>
              </li>
            ))}
            {isSuperadmin ? (
              <li className={cn(orgs.length > 0 && 'mt-1 border-t border-zinc-100 pt-1')}>
                <Link href="/admin" onClick={() => setOpen(false)} className={itemClass}>
                  Platform admin
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </div>
  );
}
