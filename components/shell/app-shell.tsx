import Link from 'next/link';
import type { ReactNode } from 'react';
import { CollapsibleSidebar } from './collapsible-sidebar';
import { type NavItem, NavLink } from './nav-link';
import { type OrgRef, OrgSwitcher } from './org-switcher';
import { UserMenu } from './user-menu';

/** The frame of every org page: org switcher, navigation and account on the side, the page in the middle. */
export function AppShell({
  org,
  orgs,
  isSuperadmin,
  user,
  nav,
  supportOf,
  children,
}: {
  org: OrgRef;
  orgs: OrgRef[];
  isSuperadmin: boolean;
  user: { name: string; email: string };
  nav: NavItem[];
  /** Set (to the org's id) when a superadmin is here as support, not as a member. */
  supportOf?: string;
  children: ReactNode;
}) {
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <aside className="flex flex-col border-b border-zinc-200 bg-white md:sticky md:top-0 md:h-dvh md:w-60 md:shrink-0 md:border-r md:border-b-0">
        <CollapsibleSidebar header={<OrgSwitcher current={org} orgs={orgs} isSuperadmin={isSuperadmin} />}>
          <nav aria-label="Main" className="flex-1 px-3 pb-3">
            <ul className="flex flex-col gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <NavLink {...item} />
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu name={user.name} email={user.email} />
        </CollapsibleSidebar>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
        <div className="mx-auto max-w-6xl">
          {supportOf ? (
            <section
              aria-label="Support access"
              className="mb-6 flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between"
            >
              <p>
                You are acting as <strong>support</strong> in {org.name}, with owner rights. Your changes are logged
                under your name.
              </p>
              <Link
                href={`/admin/organizations/${supportOf}`}
                className="font-medium whitespace-nowrap text-amber-950 underline"
              >
                Leave support mode
              </Link>
            </section>
          ) : null}
          {children}
        </div>
      </main>
    </div>
  );
}
