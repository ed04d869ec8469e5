import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from './sign-out-button';

/** The header of pages outside an organization (the platform console). */
export function TopBar({ title, email, children }: { title: string; email: string; children?: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 md:px-8">
        <Link href="/" className="flex items-center gap-2 font-semibold text-zinc-900">
          <span
            aria-hidden="true"
            className="flex size-7 items-center justify-center rounded-md bg-zinc-900 text-xs font-bold text-white"
          >
            O
          </span>
          {title}
        </Link>
        <div className="flex-1">{children}</div>
        <span className="hidden text-xs text-zinc-500 sm:inline" data-testid="user-email">
          {email}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
