'use client';

import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { cn } from '@/lib/ui/cn';

/**
 * The sidebar's navigation and account block: always shown from 768 px up; below that,
 * folded behind a "Menu" button so the page starts at the top of a phone's screen.
 */
export function CollapsibleSidebar({ header, children }: { header: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const pathname = usePathname();
  // Following a link folds the menu again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <div className="flex items-center gap-2 p-3">
        <div className="min-w-0 flex-1">{header}</div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-zinc-900 md:hidden"
        >
          {open ? 'Close menu' : 'Menu'}
        </button>
      </div>
      <div id={panelId} className={cn('flex-1 flex-col md:flex', open ? 'flex' : 'hidden')}>
        {children}
      </div>
    </>
  );
}
