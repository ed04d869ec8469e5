import Link from 'next/link';
import { SignOutButton } from './sign-out-button';

/** The signed-in person and the way out, at the foot of the sidebar. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials =
    (name || email)
      .split(/[\s@.]+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('') || '?';
  return (
    <section aria-label="Account" className="space-y-2 border-t border-zinc-200 p-3">
      <div className="flex items-center gap-2.5">
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-200 text-xs font-semibold text-zinc-700"
        >
          {initials}
        </span>
        <div className="min-w-0 flex-1">
          {name ? <p className="truncate font-medium text-zinc-900">{name}</p> : null}
          <p className="truncate text-xs text-zinc-500" data-testid="user-email" title={email}>
            {email}
          </p>
        </div>
      </div>
      <Link
        href="/account"
        className="block rounded-md px-2 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2"
      >
        Your account
      </Link>
      <SignOutButton className="w-full justify-start" />
    </section>
  );
}
