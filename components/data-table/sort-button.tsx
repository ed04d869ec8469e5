import type { ReactNode } from 'react';
import { cn } from '@/lib/ui/cn';

/** A column header that sorts the table; its accessible name is the column's name. */
export function SortButton({
  direction,
  onClick,
  align = 'start',
  children,
}: {
  direction: false | 'asc' | 'desc';
  onClick: () => void;
  align?: 'start' | 'end';
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={cn(
        '-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium hover:bg-zinc-100 hover:text-zinc-900',
        direction ? 'text-zinc-900' : 'text-zinc-600',
        align === 'end' && 'flex-row-reverse',
      )}
    >
      {children}
      <SortIcon direction={direction} />
    </button>
  );
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5 shrink-0" fill="none" aria-hidden="true">
      <path
        d="M5 6.5 8 3.5l3 3"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        opacity={direction === 'asc' ? 1 : 0.3}
      />
      <path
        d="M5 9.5 8 12.5l3-3"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        opacity={direction === 'desc' ? 1 : 0.3}
      />
    </svg>
  );
}
